/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { parseCellAddress } from "../../../../src/core/model/address";
import type { CellValue } from "../../../../src/core/model/cell-value";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { ratePlan } from "../../../../src/core/rag/rate-plan";
import { ragWritePlan } from "../../../../src/core/rag/write/rag-write-plan";
import type { RatingsSetting } from "../../../../src/core/rag/write/ratings-setting";
import { leftMergedSentence } from "../../../../src/core/rag/write/left-merged-sentence";
import { statusCellsLeftMerged } from "../../../../src/core/rag/write/status-column";
import type { WorkbookSnapshot } from "../../../../src/core/snapshot/workbook-snapshot";
import type { WriteOp } from "../../../../src/core/write-plan/write-plan";
import { snapshotOf } from "../../../support/snapshot-builder";

// docs/HISTORY.md#issue-12-3: a merge across Deadline and RAG (D8:E9) once made Refresh RAG write the
// rating into the merge's first cell, so the deadline became "– Not rated" and was kept nowhere.
const MERGED_ROWS: CellValue[][] = [
  ["Improvement Plan"],
  [],
  [],
  [],
  [],
  [],
  ["Ref", "Action", "Lead", "Deadline", "RAG"],
  ["1.1", "Recruit social workers", "Jo Bloggs", "30/06/2022", null],
  ["1.2", "Revise the sufficiency strategy", "Sam Smith", null, null],
  ["1.3", "Audit case files", "Ali Khan", "31/12/2023", "Green"],
];

const optionsWith = (ratings: RatingsSetting) => ({
  levels: LEVEL_PRESETS.generic,
  ratings,
  highlight: false,
  dropdowns: false,
  toleranceOf: () => DEFAULT_RAG_POLICY.tolerance,
});

const writesOf = (snapshot: WorkbookSnapshot, ratings: RatingsSetting) => {
  const model = detectPlan(snapshot);
  const result = ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY });
  const leftMerged = statusCellsLeftMerged(
    snapshot,
    model,
    result,
    ratings.calculated === "status-column" ? "all" : "empty"
  );
  return { ...ragWritePlan(snapshot, model, result, optionsWith(ratings)), leftMerged };
};

/** Every cell a values, fills or cellFormats op would change on the plan's sheet (null leaves a cell as it is). */
const cellsChanged = (ops: WriteOp[], sheet: string): Set<string> => {
  const cells = new Set<string>();
  for (const op of ops) {
    if (op.sheet !== sheet) continue;
    const rows =
      op.kind === "values"
        ? op.values
        : op.kind === "fills"
          ? op.colours
          : op.kind === "cellFormats"
            ? op.formats
            : null;
    if (!rows || !("topLeft" in op)) continue;
    const origin = parseCellAddress(op.topLeft)!;
    rows.forEach((row, r) =>
      row.forEach(
        (item, c) =>
          item !== null &&
          cells.add(`${String.fromCharCode(64 + origin.column + c)}${origin.row + r}`)
      )
    );
  }
  return cells;
};

describe("Refresh RAG beside merged cells", () => {
  it("never writes into a merge of Deadline and RAG when the RAG column is Plan Tracker's, and says which cells it left", () => {
    const snapshot = snapshotOf({ name: "Improvement Plan", rows: MERGED_ROWS, merges: ["D8:E9"] });
    const plan = writesOf(snapshot, { calculated: "status-column", fillEmptyOwnerCells: false });
    const changed = cellsChanged(plan.ops, "Improvement Plan");
    for (const covered of ["D8", "D9", "E8", "E9"]) expect(changed.has(covered)).toBe(false);
    // The action outside the merge is still rated in its own RAG cell.
    expect(changed.has("E10")).toBe(true);
    expect(plan.leftMerged).toEqual([
      { sheet: "Improvement Plan", address: "E8" },
      { sheet: "Improvement Plan", address: "E9" },
    ]);
    expect(leftMergedSentence(plan.leftMerged)).toBe(
      "2 RAG cells were left as they are because they are merged with another column: Improvement Plan!E8, E9."
    );
  });

  it("leaves the merged cells alone too when only empty owner cells are filled", () => {
    const snapshot = snapshotOf({ name: "Improvement Plan", rows: MERGED_ROWS, merges: ["D8:E9"] });
    const plan = writesOf(snapshot, { calculated: "register", fillEmptyOwnerCells: true });
    const changed = cellsChanged(plan.ops, "Improvement Plan");
    for (const covered of ["D8", "D9", "E8", "E9"]) expect(changed.has(covered)).toBe(false);
  });

  it("still writes a RAG cell merged down its own column only", () => {
    const snapshot = snapshotOf({ name: "Improvement Plan", rows: MERGED_ROWS, merges: ["E8:E9"] });
    const plan = writesOf(snapshot, { calculated: "status-column", fillEmptyOwnerCells: false });
    expect(cellsChanged(plan.ops, "Improvement Plan").has("E8")).toBe(true);
    expect(plan.leftMerged).toEqual([]);
  });

  it("moves the Calculated RAG column past a column with a merge anywhere from its header row to the last action", () => {
    const rows = MERGED_ROWS.map((row, r) => (r === 7 ? [...row, null, "See note"] : row));
    const snapshot = snapshotOf({ name: "Improvement Plan", rows, merges: ["F9:F10", "G8:H8"] });
    const plan = writesOf(snapshot, { calculated: "column", fillEmptyOwnerCells: false });
    const columns = new Set(
      [...cellsChanged(plan.ops, "Improvement Plan")].map((cell) => cell.replace(/\d+$/, ""))
    );
    // F has a merge, G a value merged across into H: I is the first column free of both.
    expect(columns).toEqual(new Set(["I"]));
  });
});
