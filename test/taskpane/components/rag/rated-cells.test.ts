/** @jest-environment node */
import { parseCellAddress } from "../../../../src/core/model/address";
import type { Action, CellRef } from "../../../../src/core/model/action";
import type { Measure, MeasurePeriod } from "../../../../src/core/model/measure";
import type { RatedMeasure } from "../../../../src/core/rag/rate-plan";
import { actionCell, measureCell } from "../../../../src/taskpane/components/rag/rated-cells";
import { anAction } from "../../../support/model-builder";

// The cell at an A1 address ("B7"): row and column, as detection makes them.
const ref = (address: string, sheet = "Plan"): CellRef => {
  const at = parseCellAddress(address);
  if (!at) throw new Error(`not an address: ${address}`);
  return { sheet, row: at.row, column: at.column, value: "x" };
};

const action = (cells: Action["cells"]): Action => anAction({ row: 7, title: "Recruit", cells });

describe("actionCell", () => {
  it.each([
    [{ title: ref("B7"), ref: ref("A7") }, "B7"],
    [{ ref: ref("A7"), owner: ref("C7") }, "A7"],
    [{ owner: ref("C7") }, "C7"],
    [{}, "A7"],
  ])("%j → %s", (cells, expected) => {
    expect(actionCell(action(cells))).toEqual({ sheet: "Plan", address: expected });
  });
});

const measure: Measure = {
  key: "m",
  sheet: "Scorecard",
  row: 6,
  name: "% audits good",
  group: "QA",
  polarity: "higher_is_better",
  polarityText: "Bigger is Better",
  basis: "",
  periods: [],
  comparators: [],
  placeholder: false,
  notes: "",
  cells: { name: ref("B6", "Scorecard") },
};

const period = (actualCell: CellRef | null): MeasurePeriod => ({
  label: "Jun 22",
  start: "2022-06-01",
  target: null,
  actual: null,
  targetCell: null,
  actualCell,
  unreadable: [],
});

const rated = (p: MeasurePeriod | null, m: Measure = measure): RatedMeasure => ({
  measure: m,
  polarity: "higher_is_better",
  period: p,
  previous: null,
  rating: { level: "unrated", state: "no-value", reason: "no value" },
  direction: { direction: "n/a", raw: null, change: null },
  periods: [],
});

describe("measureCell", () => {
  it("selects the Actual cell the measure was rated on", () => {
    expect(measureCell(rated(period(ref("H6", "Scorecard"))))).toEqual({
      sheet: "Scorecard",
      address: "H6",
    });
  });
  it("falls back to the name cell, then column A of the row", () => {
    expect(measureCell(rated(period(null)))).toEqual({ sheet: "Scorecard", address: "B6" });
    expect(measureCell(rated(null, { ...measure, cells: {} }))).toEqual({
      sheet: "Scorecard",
      address: "A6",
    });
  });
});
