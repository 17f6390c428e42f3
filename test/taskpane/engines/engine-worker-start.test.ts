import { serveEngines } from "../../../src/taskpane/engines/serve-engines";
import { engineClient } from "../../../src/taskpane/engines/engine-client";
import { ENGINE_OPERATIONS, type EngineOperations } from "../../../src/taskpane/engines/operations";
import {
  workerOnFirstUse,
  WorkerUnavailable,
  type WorkerLike,
} from "../../../src/taskpane/worker/worker-on-first-use";
import { RemoteFailure } from "../../../src/taskpane/worker/rpc/procedure";
import { loadFixture } from "../../support/snapshot-builder";
import { fakeGateway } from "../helpers/workbook";
import { channel, type Channel } from "../worker/channel";

interface FakeWorker extends WorkerLike {
  /** Fire the Worker's error event, as a browser does when the script fails to load or throws. */
  fail(): void;
  terminated: boolean;
}

let open: Channel[] = [];
afterEach(() => {
  open.forEach((ports) => ports.close());
  open = [];
  jest.restoreAllMocks();
});

/** A stand-in for `new Worker(...)`: a real channel, with the engine host on the far end when `loads`. */
const fakeWorker = (loads: boolean): FakeWorker => {
  const ports = channel();
  open.push(ports);
  if (loads) serveEngines(ports.worker, ENGINE_OPERATIONS);
  const failures: Array<(event: { preventDefault(): void }) => void> = [];
  const worker: FakeWorker = {
    terminated: false,
    postMessage: (message, options) => ports.page.postMessage(message, options),
    addEventListener: (type: "message" | "error", listener: never) => {
      if (type === "error") failures.push(listener);
      else ports.page.addEventListener("message", listener);
    },
    removeEventListener: (_type, listener) => ports.page.removeEventListener("message", listener),
    terminate: () => {
      worker.terminated = true;
    },
    fail: () => failures.forEach((listener) => listener({ preventDefault: () => undefined })),
  };
  return worker;
};

/** As start-engine-worker.ts starts the page's one engine worker, with a stand-in for `new Worker(...)`. */
const createEngineWorker = (spawn: () => WorkerLike) =>
  workerOnFirstUse(spawn, (port) => engineClient<EngineOperations>(port), "the engine's worker");

describe("the page's engine worker", () => {
  it("is started on first use and shared by later runs", async () => {
    const spawned: FakeWorker[] = [];
    const engineWorker = createEngineWorker(() => {
      spawned.push(fakeWorker(true));
      return spawned[spawned.length - 1];
    });
    expect(spawned).toHaveLength(0);
    const client = await engineWorker();
    await expect(
      client.engines().analysePane(fakeGateway(loadFixture("gcc")), undefined)
    ).resolves.toMatchObject({ ok: true });
    expect(await engineWorker()).toBe(client);
    expect(spawned).toHaveLength(1);
  });

  it("fails with WorkerUnavailable when the worker's code does not load, and tries a fresh worker next time", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const spawned: FakeWorker[] = [];
    const engineWorker = createEngineWorker(() => {
      spawned.push(fakeWorker(spawned.length > 0));
      return spawned[spawned.length - 1];
    });
    const first = engineWorker();
    spawned[0].fail();
    await expect(first).rejects.toBeInstanceOf(WorkerUnavailable);
    expect(spawned[0].terminated).toBe(true);
    const client = await engineWorker();
    await expect(
      client.engines().analysePane(fakeGateway(loadFixture("gcc")), undefined)
    ).resolves.toMatchObject({ ok: true });
    expect(spawned).toHaveLength(2);
  });

  it("fails with WorkerUnavailable when the host refuses to create a worker at all", async () => {
    const engineWorker = createEngineWorker(() => {
      throw new DOMException("Failed to construct 'Worker'", "SecurityError");
    });
    await expect(engineWorker()).rejects.toBeInstanceOf(WorkerUnavailable);
  });

  it("fails the runs under way as unexpected problems when a started worker dies", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const spawned: FakeWorker[] = [];
    const engineWorker = createEngineWorker(() => {
      spawned.push(fakeWorker(true));
      return spawned[spawned.length - 1];
    });
    const client = await engineWorker();
    let release: () => void = () => undefined;
    const gateway = fakeGateway(loadFixture("gcc"));
    const read = gateway.read;
    gateway.read = async () => {
      await new Promise<void>((resolve) => (release = resolve));
      return read();
    };
    const run = client.engines().analysePane(gateway, undefined);
    await new Promise((resolve) => setTimeout(resolve, 10));
    spawned[0].fail();
    await expect(run).rejects.toBeInstanceOf(RemoteFailure);
    release();
    expect(await engineWorker()).not.toBe(client);
  });
});
