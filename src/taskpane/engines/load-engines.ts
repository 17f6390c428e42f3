import { canUseWorker } from "./can-use-worker";

/**
 * A view's engine, fetched on first use: answered by the engine's worker where the host has Worker
 * (the pane keeps answering while it runs), else the same module loaded into the pane's thread (jest).
 * A failed download or a worker that will not start becomes the view's own `unavailable` error, so
 * the person is told to reconnect rather than to report a bug.
 */
export const loadEngine = async <T>(inWorker: () => Promise<T>, inThread: () => Promise<T>, unavailable: (reason: string) => Error): Promise<T> => {
  try {
    return canUseWorker() ? await inWorker() : await inThread();
  } catch (error: unknown) {
    throw unavailable(String(error));
  }
};
