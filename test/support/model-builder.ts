import type { Action } from "../../src/core/model/action";
import type { PlanModel } from "../../src/core/parse/plan-model";

/**
 * An action as detection makes one, with nothing recorded: tests say only the fields they are about.
 * Row 2 of "Plan", no owner, no date, no status, no cells.
 */
export const anAction = (fields: Partial<Action> = {}): Action => ({
  key: "1.1",
  ref: "1.1",
  sheet: "Plan",
  row: 2,
  title: "An action",
  group: "1",
  owners: [],
  ownerText: "",
  timescale: { kind: "MISSING", start: null, due: null, approx: false, revisions: [], flags: [] },
  status: null,
  ratings: [],
  progress: "",
  completedTable: false,
  placeholder: false,
  cells: {},
  ...fields,
});

/** A model with nothing read (what detection hands over for a workbook it did not understand), plus the fields given. */
export const aModel = (fields: Partial<PlanModel> = {}): PlanModel => ({
  layout: "generic",
  sheets: [],
  actions: [],
  strayRows: [],
  measures: [],
  groups: [],
  unmapped: [],
  rowNotes: [],
  groupStatuses: [],
  colourKey: [],
  typedTotals: [],
  placeholderTexts: [],
  ...fields,
});
