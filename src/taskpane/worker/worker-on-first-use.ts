import type { MessageEndpoint } from "./rpc/message-endpoint";
import { RemoteFailure } from "./rpc/procedure";

/** What the page needs of a Worker: the channel, its error event, and a way to stop it. */
export interface WorkerLike extends MessageEndpoint {
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  addEventListener(type: "error", listener: (event: { preventDefault(): void }) => void): void;
  terminate(): void;
}

/** A worker could not be started (its code did not load): said as the caller's "could not load" sentences. */
export class WorkerUnavailable extends Error {}

/** The page's side of a worker's channel: answers once the worker's code has loaded, and can be failed when it goes. */
export interface WorkerClient {
  ready(): Promise<void>;
  close(reason: Error): void;
}

/**
 * One worker for the page, started on first use (never at start-up: the pane must open fast,
 * docs/EXCEL.md#limits) and shared by every caller. If it cannot start, the call fails with WorkerUnavailable
 * and the next one tries a fresh worker; if it dies later, the calls under way fail as unexpected
 * problems. `what` names it in the console ("the engine's worker").
 */
export const workerOnFirstUse = <C extends WorkerClient>(
  spawn: () => WorkerLike,
  clientOf: (port: MessageEndpoint) => C,
  what: string
): (() => Promise<C>) => {
  let current: { client: C; ready: Promise<void> } | null = null;

  const start = () => {
    const worker = spawn();
    const client = clientOf(worker);
    let started = false;
    worker.addEventListener("error", (event) => {
      // The browser would log it as uncaught; it is handled here.
      event.preventDefault();
      console.error(`Plan Tracker: ${what} failed`, event);
      client.close(
        started ? new RemoteFailure("worker") : new WorkerUnavailable(`${what} did not start.`)
      );
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
        // A browser or Office that refuses to create the worker at all (a policy, a missing file).
        throw new WorkerUnavailable(String(error));
      }
    }
    const { client, ready } = current;
    await ready;
    return client;
  };
};
