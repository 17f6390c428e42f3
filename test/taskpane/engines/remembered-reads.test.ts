/** @jest-environment node */
import type { WorkbookGateway } from "../../../src/core/gateway";
import { rememberReads } from "../../../src/taskpane/engines/remembered-reads";
import { fakeGateway, sheet, snapshot } from "../helpers/workbook";

const workbook = snapshot([
  sheet("Plan", [
    ["Ref", "Action"],
    ["1.1", "Strengthen the Early Help offer"],
  ]),
]);

describe("rememberReads", () => {
  it("has nothing to replay before a read, then answers with what was read without reading again", async () => {
    const fake = fakeGateway(workbook);
    const reads = rememberReads(fake);
    expect(reads.replay()).toBeNull();
    const first = await reads.gateway.read();
    expect(first).toEqual({ ok: true, value: workbook });
    const replay = reads.replay();
    expect(await replay?.read()).toEqual({ ok: true, value: workbook });
    expect(await replay?.read()).toEqual({ ok: true, value: workbook });
    expect(fake.reads).toBe(1);
  });

  it("keeps a gateway without readFills without it (read() already returns every fill), and one with it with it", async () => {
    const plain = rememberReads(fakeGateway(workbook));
    expect(plain.gateway.readFills).toBeUndefined();
    await plain.gateway.read();
    expect(plain.replay()?.readFills).toBeUndefined();

    const fills = { Plan: { A2: "#D4351C" } };
    let asked = 0;
    const withFills: WorkbookGateway = {
      ...fakeGateway(workbook),
      readFills: async () => {
        asked += 1;
        return { ok: true, value: fills };
      },
    };
    const coloured = rememberReads(withFills);
    await coloured.gateway.read();
    expect(await coloured.gateway.readFills?.([{ sheet: "Plan", ranges: ["A2"] }])).toEqual({
      ok: true,
      value: fills,
    });
    expect(await coloured.replay()?.readFills?.([{ sheet: "Plan", ranges: ["A2"] }])).toEqual({
      ok: true,
      value: fills,
    });
    expect(asked).toBe(1);
  });

  it("sends writes and selection to the workbook itself, from both gateways", async () => {
    const fake = fakeGateway(workbook);
    const reads = rememberReads(fake);
    await reads.gateway.read();
    const plan = { basedOn: workbook.stamp, ops: [] };
    await reads.gateway.apply(plan);
    await reads.replay()?.select("Board report", "A1");
    expect(fake.applied).toEqual([plan]);
    expect(fake.selections).toEqual([["Board report", "A1"]]);
  });

  it("does not remember a failed read", async () => {
    const reads = rememberReads(
      fakeGateway(workbook, {
        readError: { kind: "unreadable", message: "This file is not a workbook." },
      })
    );
    expect((await reads.gateway.read()).ok).toBe(false);
    expect(reads.replay()).toBeNull();
  });
});
