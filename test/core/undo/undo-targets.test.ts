/** @jest-environment node */
import { undoTargets, type BlockNulls } from "../../../src/core/undo/undo-targets";
import type { WriteOp } from "../../../src/core/write-plan/write-plan";

const plan = (...ops: WriteOp[]) => ({ basedOn: { takenAt: "t", fingerprint: "f" }, ops });
const LEAVE: BlockNulls = { values: "leave", fills: "leave" };
const CLEAR: BlockNulls = { values: "clear", fills: "clear" };
const areas = (ops: WriteOp[], nulls: BlockNulls) =>
  undoTargets(plan(...ops), nulls).cells.map(({ sheet, area }) => [
    sheet,
    area.top,
    area.left,
    area.bottom,
    area.right,
  ]);

describe("undoTargets: the council's cells a WritePlan changes", () => {
  it.each<[string, WriteOp[], BlockNulls, (string | number)[][]]>([
    [
      "a column of values",
      [{ kind: "values", sheet: "Plan", topLeft: "E2", values: [["a"], ["b"], ["c"]] }],
      LEAVE,
      [["Plan", 2, 5, 4, 5]],
    ],
    [
      "null left alone splits the column",
      [{ kind: "values", sheet: "Plan", topLeft: "E2", values: [["a"], [null], ["c"]] }],
      LEAVE,
      [
        ["Plan", 2, 5, 2, 5],
        ["Plan", 4, 5, 4, 5],
      ],
    ],
    [
      "null that clears counts",
      [{ kind: "values", sheet: "Plan", topLeft: "E2", values: [["a"], [null], ["c"]] }],
      CLEAR,
      [["Plan", 2, 5, 4, 5]],
    ],
    [
      "a fill null clears only where the executor clears",
      [{ kind: "fills", sheet: "Plan", topLeft: "E2", colours: [[null], ["#FF0000"]] }],
      LEAVE,
      [["Plan", 3, 5, 3, 5]],
    ],
    [
      "fills that clear",
      [{ kind: "fills", sheet: "Plan", topLeft: "E2", colours: [[null], ["#FF0000"]] }],
      CLEAR,
      [["Plan", 2, 5, 3, 5]],
    ],
    [
      "empty cell formats change nothing",
      [
        {
          kind: "cellFormats",
          sheet: "Plan",
          topLeft: "E2",
          formats: [[null], [{}], [{ bold: true }]],
        },
      ],
      CLEAR,
      [["Plan", 4, 5, 4, 5]],
    ],
    [
      "number formats",
      [{ kind: "numberFormats", sheet: "Plan", topLeft: "B2", formats: [["0%"]] }],
      LEAVE,
      [["Plan", 2, 2, 2, 2]],
    ],
    [
      "side-by-side columns over the same rows join; overlapping ops count once",
      [
        {
          kind: "values",
          sheet: "Plan",
          topLeft: "B2",
          values: [
            ["a", "b"],
            ["c", "d"],
          ],
        },
        { kind: "fills", sheet: "Plan", topLeft: "C2", colours: [["#FF0000"], ["#FF0000"]] },
      ],
      LEAVE,
      [["Plan", 2, 2, 3, 3]],
    ],
    [
      "Plan Tracker's own sheets (the ones the plan marks) are never kept",
      [
        { kind: "ensureSheet", sheet: "Plan Tracker RAG", mark: "ratings" },
        { kind: "ensureSheet", sheet: "Board report (Plan Tracker)", mark: "report" },
        { kind: "values", sheet: "Plan Tracker RAG", topLeft: "A1", values: [["x"]] },
        { kind: "values", sheet: "board report (plan tracker)", topLeft: "A1", values: [["x"]] },
      ],
      LEAVE,
      [],
    ],
  ])("%s", (_name, ops, nulls, expected) => {
    expect(areas(ops, nulls)).toEqual(expected);
  });

  it("keeps a council sheet whatever it is called: a sheet named 'Board report' that the plan does not mark is the council's", () => {
    const targets = undoTargets(
      plan(
        { kind: "values", sheet: "Board report", topLeft: "B2", values: [["x"]] },
        { kind: "ensureSheet", sheet: "Board report (Plan Tracker)", mark: "report" }
      )
    );
    expect(targets.cells).toEqual([
      { sheet: "Board report", area: { top: 2, left: 2, bottom: 2, right: 2 } },
    ]);
  });

  it("lists the highlighting rules and dropdowns laid on the council's sheets, not on Plan Tracker's", () => {
    const rule = { kind: "formula" as const, formula: "=C5>D5", fill: "#D4351C" };
    const targets = undoTargets(
      plan(
        { kind: "conditionalFormat", sheet: "Metrics", range: "C5,E5", rule },
        {
          kind: "listValidation",
          sheet: "Plan",
          range: "F2:F9",
          source: "='Plan Tracker Lists'!$A$2:$A$6",
        },
        { kind: "listValidation", sheet: "Plan Tracker Lists", range: "A1:A2", source: "=X" },
        { kind: "ensureSheet", sheet: "Plan Tracker Lists", mark: "lists" },
        { kind: "ensureSheet", sheet: "Plan" }
      )
    );
    expect(targets.rules).toEqual([{ sheet: "Metrics", range: "C5,E5", rule }]);
    expect(targets.validations).toEqual([{ sheet: "Plan", range: "F2:F9" }]);
    expect(targets.cells).toEqual([]);
  });
});
