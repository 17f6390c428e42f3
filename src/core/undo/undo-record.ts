import type { CfRule } from "../write-plan/write-plan";
import type { KeptCell } from "./kept-cell";
import type { ValidationBefore } from "./kept-validation";

/** A conditional format rule a run added to a sheet Plan Tracker does not own (Actual-cell highlighting). */
export interface AddedRule {
  sheet: string;
  /** As the run gave it, possibly several areas ("C37,E37,G37"). */
  range: string;
  rule: CfRule;
}

/** A dropdown a run laid over a range, and the validation it replaced there. */
export interface ReplacedValidation {
  sheet: string;
  range: string;
  before: ValidationBefore;
}

/** A range of the council's own sheets the run wrote (cells, highlighting or a dropdown). */
export interface WrittenRange {
  sheet: string;
  /** One rectangle ("E9:E120"), or the several areas of a highlighting rule. */
  range: string;
}

/**
 * One run's record for "Undo last run" (docs/HISTORY.md#issue-6-3): what it is called, when it ran, and everything
 * it changed in the council's own sheets, as it was before. Only cells that changed are kept.
 */
export interface UndoRecord {
  label: string;
  /** ISO timestamp from the gateway's clock (the core never reads it). */
  takenAt: string;
  cells: KeptCell[];
  rules: AddedRule[];
  /**
   * Plan Tracker's highlighting from earlier refreshes that this run took off to put its own on
   * (clearHighlighting), as they were, for undo to lay back.
   */
  removedRules: AddedRule[];
  validations: ReplacedValidation[];
  /**
   * Every range the run wrote in the council's sheets (format 3 on): undo puts back nothing outside
   * them (vet-undo-record.ts). Absent in records written before.
   */
  written?: WrittenRange[];
}
