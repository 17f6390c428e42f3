/** @jest-environment node */
import type { ReadRequest } from "../../../src/core/gateway";
import { notifyingApply, readGridSnapshot } from "../../../src/taskpane/preview/grid-snapshot";
import { fakeGateway, sheet, snapshot } from "../helpers/workbook";

describe("readGridSnapshot", () => {
  it("asks again for fills over each sheet's used range when the first read had none", async () => {
    const plain = snapshot([
      sheet(
        "Plan",
        [
          ["a", "b"],
          ["c", "d"],
        ],
        { firstRow: 3, firstColumn: 2 }
      ),
      sheet("Empty", []),
    ]);
    const filled = snapshot([
      sheet(
        "Plan",
        [
          ["a", "b"],
          ["c", "d"],
        ],
        { firstRow: 3, firstColumn: 2, fills: { C4: "#00703C" } }
      ),
    ]);
    const requests: (ReadRequest | undefined)[] = [];
    const gateway = fakeGateway(plain);
    gateway.read = async (request?: ReadRequest) => {
      requests.push(request);
      return { ok: true, value: request?.fills ? filled : plain };
    };
    const result = await readGridSnapshot(gateway);
    expect(requests).toEqual([undefined, { fills: [{ sheet: "Plan", ranges: ["B3:C4"] }] }]);
    expect(result.ok && result.value.sheets[0].fills).toEqual({ C4: "#00703C" });
  });

  it("reads once when fills came back the first time", async () => {
    const gateway = fakeGateway(snapshot([sheet("Plan", [["a"]], { fills: { A1: "#FFBF47" } })]));
    await readGridSnapshot(gateway);
    expect(gateway.reads).toBe(1);
  });

  it("passes a read failure through", async () => {
    const error = { kind: "unreadable" as const, message: "plan.xlsx is not a workbook." };
    await expect(
      readGridSnapshot(fakeGateway(snapshot([]), { readError: error }))
    ).resolves.toEqual({ ok: false, error });
  });
});

describe("notifyingApply", () => {
  it("tells the preview after a successful apply, and delegates everything else", async () => {
    const inner = fakeGateway(snapshot([sheet("Plan", [["a"]])]));
    const after = jest.fn();
    const gateway = notifyingApply(inner, after);
    await gateway.select("Plan", "A1");
    expect(inner.selections).toEqual([["Plan", "A1"]]);
    expect(after).not.toHaveBeenCalled();
    await gateway.apply({ basedOn: { takenAt: "t", fingerprint: "f" }, ops: [] });
    expect(after).toHaveBeenCalledTimes(1);
    expect(gateway.kind).toBe("xlsx");
  });

  it("passes storeMapping through when the workbook can keep a mapping, and leaves it out when it cannot", async () => {
    const stored: string[] = [];
    const inner = {
      ...fakeGateway(snapshot([sheet("Plan", [["a"]])])),
      storeMapping: async (xml: string) => {
        stored.push(xml);
        return { ok: true as const, value: undefined };
      },
    };
    const gateway = notifyingApply(inner, jest.fn());
    await expect(gateway.storeMapping?.("<planTrackerMapping/>")).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    expect(stored).toEqual(["<planTrackerMapping/>"]);
    expect(notifyingApply(fakeGateway(snapshot([])), jest.fn()).storeMapping).toBeUndefined();
  });

  it("passes close through, so the preview can let go of a workbook held in its worker", () => {
    const close = jest.fn();
    notifyingApply({ ...fakeGateway(snapshot([])), close }, jest.fn()).close?.();
    expect(close).toHaveBeenCalledTimes(1);
    expect(notifyingApply(fakeGateway(snapshot([])), jest.fn()).close).toBeUndefined();
  });
});
