import type { GatewayError } from "../core/gateway";
import { refusedWriteSentence, writeOpProblem } from "../core/write-plan/write-op-problem";
import type { WriteOp } from "../core/write-plan/write-plan";

/** Refuse, before touching Excel, a WritePlan Excel could only half-apply. A failure here is a Plan Tracker bug. */
export const checkWritePlan = (ops: readonly WriteOp[]): GatewayError | null => {
  for (const op of ops) {
    const problem = writeOpProblem(op);
    if (problem !== null) {
      return { kind: "host-error", message: refusedWriteSentence(problem), sheet: op.sheet };
    }
  }
  return null;
};

