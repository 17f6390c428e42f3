import type { WorkbookGateway } from "../../core/gateway";
import type { OnRunProgress } from "../progress/run-progress";

/**
 * One engine operation: a use case over the workbook, run in the engine's worker (or the pane's own
 * thread where there is no Worker). Its request and its answer cross between threads, so both are plain
 * data (no functions, no classes): the structured clone algorithm copies nothing else.
 */
export type Operation<Request, Answer> = (
  gateway: WorkbookGateway,
  request: Request,
  onProgress?: OnRunProgress
) => Promise<Answer>;

/** A table of operations by name: the one place each is listed (operations.ts). */
export type OperationTable = Record<string, Operation<never, unknown>>;

/** What an operation is asked, derived from its own signature. */
export type RequestOf<T extends OperationTable, K extends keyof T> = Parameters<T[K]>[1];

/** What an operation answers, derived from its own signature. */
export type AnswerOf<T extends OperationTable, K extends keyof T> = Awaited<ReturnType<T[K]>>;

/** A table's operations as a caller sees them: the same functions, wherever they run. */
export type Engines<T extends OperationTable> = {
  [K in keyof T]: Operation<RequestOf<T, K>, AnswerOf<T, K>>;
};
