import { engineClient, type EngineClient } from "./engine-client";
import { workerOnFirstUse, type WorkerLike } from "./worker-on-first-use";

export { WorkerUnavailable, type WorkerLike } from "./worker-on-first-use";

/**
 * One engine worker for the page, started on first use and shared by every view. If it cannot
 * start, the run fails with WorkerUnavailable and the next run tries a fresh worker; if it dies
 * later, the runs under way fail as unexpected problems.
 */
export const createEngineWorker = (spawn: () => WorkerLike): (() => Promise<EngineClient>) => workerOnFirstUse(spawn, engineClient, "the engine's worker");
