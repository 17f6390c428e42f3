/** @jest-environment node */
import { readFileSync } from "node:fs";
import { MessagePort as NodeMessagePort } from "node:worker_threads";
import { join } from "node:path";
import { engineClient } from "../../../src/taskpane/engines/engine-client";
import { ENGINE_OPERATIONS, type EngineOperations } from "../../../src/taskpane/engines/operations";
import { serveEngines } from "../../../src/taskpane/engines/serve-engines";
import { notifyingApply } from "../../../src/taskpane/preview/grid-snapshot";
import type { PreviewGateway } from "../../../src/taskpane/preview/preview-gateway";
import { serveWorkbooks } from "../../../src/taskpane/preview/worker/serve-workbooks";
import { workbookClient } from "../../../src/taskpane/preview/worker/workbook-client";
import type { MessageEndpoint } from "../../../src/taskpane/worker/rpc/message-endpoint";
import { openXlsxWorkbook } from "../../../src/xlsx/xlsx-gateway";
import { channel, type Channel } from "../worker/channel";

const CLOCK = () => "2023-02-01T09:00:00.000Z";
const bcpBytes = () =>
  new Uint8Array(readFileSync(join(__dirname, "..", "..", "fixtures", "generated", "bcp.xlsx")));
const CHOICES = { asOf: "2023-02-01", highlight: true, dropdowns: true };

/** The calls one end sends (replies and progress not counted: each call is one round trip). */
const counting = (end: MessageEndpoint, calls: string[]): MessageEndpoint => ({
  ...end,
  postMessage: (message, options) => {
    const envelope = message as { rpc?: string; kind?: string };
    if (envelope.rpc === "call" && envelope.kind !== undefined) calls.push(envelope.kind);
    end.postMessage(message, options);
  },
  addEventListener: (type, listener) => end.addEventListener(type, listener),
  removeEventListener: (type, listener) => end.removeEventListener(type, listener),
});

let open: Channel[] = [];
// The direct line between the workers is a MessageChannel the page makes (workbook-client.ts), and
// its ports are handed on to the workers. In Node a port with a listener keeps the process alive
// (a browser's does not outlive its page), so every port given one here is closed after each test.
const listened = new Set<NodeMessagePort>();
const { addEventListener, on } = NodeMessagePort.prototype;
beforeAll(() => {
  NodeMessagePort.prototype.addEventListener = function (
    this: NodeMessagePort,
    ...args: Parameters<typeof addEventListener>
  ) {
    listened.add(this);
    return addEventListener.apply(this, args);
  };
  NodeMessagePort.prototype.on = function (this: NodeMessagePort, ...args: Parameters<typeof on>) {
    listened.add(this);
    return on.apply(this, args);
  };
});
afterAll(() => {
  NodeMessagePort.prototype.addEventListener = addEventListener;
  NodeMessagePort.prototype.on = on;
});
afterEach(() => {
  open.forEach((ports) => ports.close());
  open = [];
  listened.forEach((port) => port.close());
  listened.clear();
});

/** The preview's three threads in one process: the page, the engine's worker and the workbook worker, each pair on a real MessageChannel. */
const preview = async () => {
  const toEngines = channel();
  const toWorkbooks = channel();
  open.push(toEngines, toWorkbooks);
  const calls = {
    pageToEngines: [] as string[],
    enginesToPage: [] as string[],
    pageToWorkbooks: [] as string[],
  };
  serveEngines(counting(toEngines.worker, calls.enginesToPage), ENGINE_OPERATIONS);
  serveWorkbooks(toWorkbooks.worker, (bytes, name) =>
    openXlsxWorkbook(bytes, name, { clock: CLOCK })
  );
  const engines = engineClient<EngineOperations>(counting(toEngines.page, calls.pageToEngines));
  await engines.ready();
  const opened = await workbookClient(counting(toWorkbooks.page, calls.pageToWorkbooks)).open(
    bcpBytes(),
    "bcp.xlsx"
  );
  if (!opened.ok) throw new Error(opened.error.message);
  calls.pageToEngines.length = 0;
  calls.pageToWorkbooks.length = 0;
  return { engines: engines.engines(), workbook: opened.value, calls };
};

/** The same workbook as the page saw it before the direct line: every call goes through the page. */
const throughThePage = ({ heldIn: _heldIn, ...gateway }: PreviewGateway): PreviewGateway => gateway;

describe("one Refresh RAG in the preview (docs/ARCHITECTURE.md#threads)", () => {
  it("reaches the workbook worker directly: one round trip from the page to each worker, none through the page", async () => {
    const { engines, workbook, calls } = await preview();
    let redrawn = 0;
    const shown = notifyingApply(workbook, () => (redrawn += 1));
    const direct = await engines.refresh(shown, CHOICES);
    expect(direct.ok && direct.value.applied).toBeTruthy();
    expect(calls.pageToEngines).toEqual(["link", "run"]);
    expect(calls.enginesToPage).toEqual([]);
    expect(calls.pageToWorkbooks).toEqual(["link"]);
    // The write went over the line, unseen by the page: the grid is told all the same.
    expect(redrawn).toBe(1);

    // A second run reuses the line.
    calls.pageToEngines.length = 0;
    calls.pageToWorkbooks.length = 0;
    await engines.rate(shown, { asOf: CHOICES.asOf });
    expect(calls.pageToEngines).toEqual(["run"]);
    expect(calls.pageToWorkbooks).toEqual([]);
  });

  it("gives the same answer, and writes the same cells, as through the page", async () => {
    const first = await preview();
    const direct = await first.engines.refresh(first.workbook, CHOICES);
    const second = await preview();
    const relayed = await second.engines.refresh(throughThePage(second.workbook), CHOICES);
    expect(direct).toStrictEqual(relayed);
    // Through the page, every read and write is a call from the engine's worker to the page, and from the page to the workbook worker.
    expect(second.calls.pageToEngines).toEqual(["run"]);
    expect(second.calls.enginesToPage).toEqual(["read", "apply"]);
    expect(second.calls.pageToWorkbooks).toEqual(["read", "apply"]);
    expect(await first.workbook.read()).toStrictEqual(await second.workbook.read());
  });
});
