import type { GatewayError } from "../core/gateway";
import type { WorkbookKindReading } from "../core/parse/workbook-kind";

/**
 * Whether a run goes on when the workbook holds nothing to rate. Validate, Rate, Refresh RAG and the
 * board report refuse, so no surface ever shows an empty success or writes a report of zeros; the
 * Mapping view's preview reads on, because mapping the columns is how a person makes such a
 * workbook readable.
 */
export type NotAPlanPolicy = "refuse" | "read-anyway";

/**
 * The refusal every surface shows: the workbook kind's one sentence, as a "not-a-plan" error so the
 * CLI exits 2 (as for a file it cannot use) and the pane shows it as information, not as a fault.
 */
export const notAPlanRefusal = (
  reading: WorkbookKindReading,
  policy: NotAPlanPolicy = "refuse"
): GatewayError | null =>
  policy === "refuse" && reading.nothingToRate !== undefined
    ? { kind: "not-a-plan", message: reading.nothingToRate }
    : null;
