/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MAPPING_NAMESPACE } from "../../../../src/core/mapping/mapping";
import { refresh } from "../../../../src/taskpane/engines/rag";
import {
  workbookClient,
  type RemoteWorkbook,
  type WorkbookClient,
} from "../../../../src/taskpane/preview/worker/workbook-client";
import { serveWorkbooks } from "../../../../src/taskpane/preview/worker/serve-workbooks";
import { RemoteFailure } from "../../../../src/taskpane/worker/rpc/procedure";
import { openXlsxWorkbook, type XlsxGateway } from "../../../../src/xlsx/xlsx-gateway";
import type { FixtureId } from "../../../support/snapshot-builder";
import { channel, type Channel } from "../../worker/channel";

const CLOCK = () => "2023-02-01T09:00:00.000Z";
const FIXTURES: FixtureId[] = ["gcc", "bcp", "thurrock", "scorecard"];
const fixtureBytes = (id: FixtureId) =>
  new Uint8Array(
    readFileSync(join(__dirname, "..", "..", "..", "fixtures", "generated", `${id}.xlsx`))
  );

/** The page's client on one end of a real MessageChannel, the workbook worker's host (what workbook.worker.ts runs) on the other. */
let ports: Channel;
let client: WorkbookClient;
beforeEach(() => {
  ports = channel();
  serveWorkbooks(ports.worker, (bytes, name) => openXlsxWorkbook(bytes, name, { clock: CLOCK }));
  client = workbookClient(ports.page);
});
afterEach(() => {
  ports.close();
  jest.restoreAllMocks();
});

const inWorker = async (id: FixtureId): Promise<RemoteWorkbook> => {
  const opened = await client.open(fixtureBytes(id), `${id}.xlsx`);
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const inPage = async (id: FixtureId): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(fixtureBytes(id), `${id}.xlsx`, { clock: CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

/**
 * The workbook held in the preview's workbook worker answers every gateway call exactly as the .xlsx
 * gateway does in the page: each answer crosses by the structured clone algorithm, and toStrictEqual
 * tells a class instance from a plain object and a missing key from an undefined one.
 */
describe("a workbook opened in the workbook worker", () => {
  it("answers ready once the worker runs", async () => {
    await expect(client.ready()).resolves.toBeUndefined();
  });

  it.each(FIXTURES)(
    "%s: reads the same snapshot as in the page, with the .xlsx gateway's parts and no others",
    async (id) => {
      const remote = await inWorker(id);
      const local = await inPage(id);
      expect(await remote.read()).toStrictEqual(await local.read());
      expect(remote.kind).toBe("xlsx");
      // No readFills: read() returns every fill, and the core reads fills that way (as on the .xlsx gateway).
      expect(remote.readFills).toBeUndefined();
      expect([
        typeof remote.storeMapping,
        typeof remote.undoLastRun,
        typeof remote.undoableRun,
      ]).toEqual(["function", "function", "function"]);
    }
  );

  it("BCP: Refresh RAG writes the same plan, Undo last run puts it back with the same steps, and save gives the same workbook", async () => {
    const remote = await inWorker("bcp");
    const local = await inPage("bcp");
    const choices = { asOf: "2023-02-01", highlight: true, dropdowns: true };
    const written = await refresh(remote, choices);
    expect(written.ok).toBe(true);
    expect(written).toStrictEqual(await refresh(local, choices));
    expect(await remote.read()).toStrictEqual(await local.read());
    expect(await remote.undoableRun?.()).toStrictEqual(await local.undoableRun());

    const reopen = async (bytes: Uint8Array) => {
      const again = await openXlsxWorkbook(bytes, "bcp copy.xlsx", { clock: CLOCK });
      if (!again.ok) throw new Error(again.error.message);
      return again.value.read();
    };
    const saved = await remote.save();
    expect(saved).toBeInstanceOf(Uint8Array);
    expect(await reopen(saved)).toStrictEqual(await reopen(await local.save()));

    const remoteSteps: Array<[number, number]> = [];
    const localSteps: Array<[number, number]> = [];
    const undone = await remote.undoLastRun?.((done, total) => remoteSteps.push([done, total]));
    expect(undone?.ok && undone.value.restored).toBeGreaterThan(0);
    expect(undone).toStrictEqual(
      await local.undoLastRun((done, total) => localSteps.push([done, total]))
    );
    expect(remoteSteps).toEqual(localSteps);
    expect(remoteSteps.length).toBeGreaterThan(0);
    expect(await remote.read()).toStrictEqual(await local.read());
  });

  it("keeps a stored mapping for later reads, and refuses one not in the mapping format with the gateway's sentence", async () => {
    const remote = await inWorker("gcc");
    const local = await inPage("gcc");
    expect(await remote.storeMapping?.("<notAMapping/>")).toStrictEqual(
      await local.storeMapping("<notAMapping/>")
    );
    const xml = `<planTrackerMapping xmlns="${MAPPING_NAMESPACE}"/>`;
    await expect(remote.storeMapping?.(xml)).resolves.toEqual({ ok: true, value: undefined });
    const read = await remote.read();
    expect(read.ok && read.value.mappingXml).toBe(xml);
  });

  it("selects a cell for the grid listening on the page, and refuses a sheet the workbook lacks with the gateway's sentence", async () => {
    const remote = await inWorker("gcc");
    const local = await inPage("gcc");
    expect(remote.capabilities().selection).toBe(false);
    const seen: string[] = [];
    const stop = remote.onSelect((sheet, address) => seen.push(`${sheet}!${address}`));
    expect(remote.capabilities()).toStrictEqual({ ...local.capabilities(), selection: true });
    await expect(remote.select("Version control", "B4")).resolves.toEqual({
      ok: true,
      value: undefined,
    });
    const missing = await remote.select("No such sheet", "A1");
    expect(missing).toStrictEqual(await local.select("No such sheet", "A1"));
    expect(missing.ok).toBe(false);
    stop();
    await remote.select("Version control", "B5");
    expect(seen).toEqual(["Version control!B4"]);
    expect(remote.capabilities().selection).toBe(false);
  });

  it("answers bytes that are not a workbook with the .xlsx gateway's one sentence", async () => {
    const bytes = new TextEncoder().encode("not a workbook");
    const opened = await client.open(bytes, "notes.xlsx");
    expect(opened).toStrictEqual(await openXlsxWorkbook(bytes, "notes.xlsx"));
    expect(opened.ok).toBe(false);
  });

  it("holds each open workbook apart, and forgets one let go of", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const gcc = await inWorker("gcc");
    const bcp = await inWorker("bcp");
    gcc.close?.();
    await expect(gcc.read()).rejects.toBeInstanceOf(RemoteFailure);
    const read = await bcp.read();
    expect(read.ok && read.value.name).toBe("bcp.xlsx");
  });
});
