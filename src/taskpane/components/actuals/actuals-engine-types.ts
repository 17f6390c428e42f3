import type { PaneEngines } from "../../engines/operations";

/** The Actuals view's seam to the workbook: the operations it runs (engines/operations.ts), or a stand-in in tests. */
export type ActualsEngine = Pick<PaneEngines, "listActuals" | "enterPeriodActuals" | "rate">;

export type LoadActualsEngine = () => Promise<ActualsEngine>;
