import type { GatewayError, WorkbookGateway } from "../../../src/core/gateway";
import { err, ok, type Result } from "../../../src/core/result";
import { engineClient } from "../../../src/taskpane/engines/engine-client";
import { ENGINE_OPERATIONS } from "../../../src/taskpane/engines/operations";
import { serveEngines } from "../../../src/taskpane/engines/serve-engines";
import type { RunProgress } from "../../../src/taskpane/progress/run-progress";
import { loadFixture } from "../../support/snapshot-builder";
import { fakeGateway } from "../helpers/workbook";
import { channel, type Channel } from "../worker/channel";

/**
 * Adding an engine operation is one entry in a table: this file alone adds one (nowhere else knows
 * it), and the page's typed client runs it in the "worker" at the far end of a real MessageChannel.
 */
interface SheetCountRequest {
  /** Count only sheets whose name starts with this. */
  prefix: string;
}

const countSheets = async (
  gateway: WorkbookGateway,
  request: SheetCountRequest,
  onProgress?: (progress: RunProgress) => void
): Promise<Result<number, GatewayError>> => {
  onProgress?.({ phase: "reading" });
  const read = await gateway.read();
  if (!read.ok) return err(read.error);
  return ok(read.value.sheets.filter((sheet) => sheet.name.startsWith(request.prefix)).length);
};

const WITH_MADE_UP = { ...ENGINE_OPERATIONS, countSheets };

let ports: Channel;
afterEach(() => ports.close());

const connected = async () => {
  ports = channel();
  serveEngines(ports.worker, WITH_MADE_UP);
  const client = engineClient<typeof WITH_MADE_UP>(ports.page);
  await client.ready();
  return client.engines();
};

describe("an operation added in one place", () => {
  it("is served by the worker and called through the typed client, its request and answer typed from its own signature", async () => {
    const engines = await connected();
    const workbook = loadFixture("bcp");
    const seen: RunProgress[] = [];
    const counted = await engines.countSheets(fakeGateway(workbook), { prefix: "" }, (progress) =>
      seen.push(progress)
    );
    // The answer's type is countSheets' own: a number, not unknown.
    const sheets: number = counted.ok ? counted.value : -1;
    expect(sheets).toBe(workbook.sheets.length);
    expect(seen).toEqual([{ phase: "reading" }]);
    await expect(
      engines.countSheets(fakeGateway(workbook), { prefix: "no sheet is called this" })
    ).resolves.toStrictEqual({ ok: true, value: 0 });
  });

  it("sits beside the table's own operations, which still answer", async () => {
    const engines = await connected();
    const validated = await engines.analysePane(fakeGateway(loadFixture("gcc")), undefined);
    expect(validated.ok).toBe(true);
  });

  it("is refused by a worker serving a table without it", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    ports = channel();
    serveEngines(ports.worker, ENGINE_OPERATIONS);
    const client = engineClient<typeof WITH_MADE_UP>(ports.page);
    await client.ready();
    // The worker says which operations it serves, so the client offers only those.
    expect(client.engines().countSheets).toBeUndefined();
    expect(Object.keys(client.engines()).sort()).toEqual(Object.keys(ENGINE_OPERATIONS).sort());
  });
});
