import type { CellValue } from "../model/cell-value";
import type { SnapshotStamp } from "../snapshot/workbook-snapshot";

/**
 * What the core asks a gateway to change, as data. Called WritePlan, never "plan": in this product
 * "plan" is the council's improvement plan.
 */
export type CfRule =
  /** Fill the cell when the formula (written for the range's top-left cell) is true. */
  | { kind: "formula"; formula: string; fill: string; fontColour?: string; priority?: number };

export type WriteOp =
  | { kind: "ensureSheet"; sheet: string }
  | { kind: "clearSheet"; sheet: string }
  | { kind: "numberFormats"; sheet: string; topLeft: string; formats: string[][] }
  /**
   * `expected` holds what the cells held when they were read: the executor re-reads them first and
   * writes nothing if a co-author changed them since (DESIGN §4.6).
   */
  | { kind: "values"; sheet: string; topLeft: string; values: CellValue[][]; expected?: CellValue[][] }
  | { kind: "fills"; sheet: string; topLeft: string; colours: (string | null)[][] }
  | { kind: "conditionalFormat"; sheet: string; range: string; rule: CfRule }
  | { kind: "listValidation"; sheet: string; range: string; source: string };

export interface WritePlan {
  /** The snapshot the plan was computed from; the executor re-reads and refuses if the cells moved. */
  basedOn: SnapshotStamp;
  ops: WriteOp[];
}
