import { engineClient, type EngineClient } from "./engine-client";
import type { MessageEndpoint } from "./rpc/message-endpoint";
import { RemoteFailure } from "./rpc/procedure";

/** What the page needs of a Worker: the channel, its error event, and a way to stop it. */
export interface WorkerLike extends MessageEndpoint {
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error", listener: (event: { preventDefault(): void }) => void): void;
  terminate(): void;
}

/** The engine's worker could not be started (its code did not load): said as the views' "could not load" sentences. */
export class WorkerUnavailable extends Error {}

/**
 * One engine worker for the page, started on first use (never at start-up: the pane must open fast,
 * DESIGN §4.1) and shared by every view. If it cannot start, the run fails with WorkerUnavailable and
 * the next run tries a fresh worker; if it dies later, the runs under way fail as unexpected problems.
 */
export const createEngineWorker = (spawn: () => WorkerLike): (() => Promise<EngineClient>) => {
  let current: { client: EngineClient; ready: Promise<void> } | null = null;

  const start = () => {
    const worker = spawn();
    const client = engineClient(worker);
    let started = false;
    worker.addEventListener("error", (event) => {
      // The browser would log it as uncaught; it is handled here.
      event.preventDefault();
      console.error("Plan Tracker: the engine's worker failed", event);
      client.close(started ? new RemoteFailure("worker") : new WorkerUnavailable("The engine's worker did not start."));
      worker.terminate();
      if (current?.client === client) current = null;
    });
    const ready = client.ready().then(() => {
      started = true;
    });
    return { client, ready };
  };

  return async () => {
    if (current === null) {
      try {
        current = start();
      } catch (error: unknown) {
        // A host that refuses to create the worker at all (a policy, a missing file).
        throw new WorkerUnavailable(String(error));
      }
    }
    const { client, ready } = current;
    await ready;
    return client;
  };
};
