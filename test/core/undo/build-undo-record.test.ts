/** @jest-environment node */
import { buildUndoRecord, type BeforeRun } from "../../../src/core/undo/build-undo-record";
import type { KeptCellState } from "../../../src/core/undo/kept-cell";
import { MIXED_VALIDATION } from "../../../src/core/undo/kept-validation";
import { undoTargets } from "../../../src/core/undo/undo-targets";
import type { WriteOp, WritePlan } from "../../../src/core/write-plan/write-plan";

const plan = (ops: WriteOp[], label?: string): WritePlan => ({
  basedOn: { takenAt: "t", fingerprint: "f" },
  ops,
  ...(label ? { label } : {}),
});

/** Status cells E2:E4 as the council left them. */
const CELLS: Record<string, KeptCellState> = {
  E2: {
    value: "On track",
    formula: null,
    numberFormat: "General",
    fill: null,
    fontColour: "#1F4E79",
    bold: false,
  },
  E3: {
    value: "■ Green",
    formula: null,
    numberFormat: "General",
    fill: "#00703C",
    fontColour: "#FFFFFF",
    bold: false,
  },
  E4: {
    value: "Late",
    formula: '=IF(D4<TODAY(),"Late","")',
    numberFormat: "@",
    fill: null,
    fontColour: "#000000",
    bold: true,
  },
};
const before = (validations: BeforeRun["validations"] = []): BeforeRun => ({
  cell: (_sheet, row, column) =>
    CELLS[`${String.fromCharCode(64 + column)}${row}`] ?? {
      value: null,
      formula: null,
      numberFormat: "General",
      fill: null,
      fontColour: null,
      bold: false,
    },
  validations,
});

const statusWrite: WriteOp[] = [
  {
    kind: "values",
    sheet: "Plan",
    topLeft: "E2",
    values: [["■ Green"], ["■ Green"], ["▲ Red"]],
    expected: [["On track"], ["■ Green"], ["Late"]],
  },
  { kind: "fills", sheet: "Plan", topLeft: "E2", colours: [["#00703C"], ["#00703C"], ["#D4351C"]] },
  {
    kind: "cellFormats",
    sheet: "Plan",
    topLeft: "E2",
    formats: [
      [{ fontColour: "#FFFFFF" }],
      [{ fontColour: "#ffffff" }],
      [{ fontColour: "#FFFFFF" }],
    ],
  },
];

describe("buildUndoRecord", () => {
  it("keeps each changed cell as it was, with what the run wrote, and leaves out a cell the run leaves as it was", () => {
    const writePlan = plan(statusWrite, "Refresh RAG as of 31 Jan 2023");
    const record = buildUndoRecord(
      writePlan,
      undoTargets(writePlan),
      before(),
      "2023-01-31T10:00:00Z"
    );
    expect(record).toEqual({
      label: "Refresh RAG as of 31 Jan 2023",
      takenAt: "2023-01-31T10:00:00Z",
      cells: [
        { ...CELLS.E2, sheet: "Plan", row: 2, column: 5, written: "■ Green" },
        { ...CELLS.E4, sheet: "Plan", row: 4, column: 5, written: "▲ Red" },
      ],
      rules: [],
      removedRules: [],
      validations: [],
      // Every range the run writes, whether or not a cell in it changed: undo stays inside these (docs/HISTORY.md#issue-12-5).
      written: [{ sheet: "Plan", range: "E2:E4" }],
    });
  });

  it("keeps the earlier highlighting the run takes off (as the executor found it), even when no cell changes", () => {
    const found = [
      {
        sheet: "Metrics",
        range: "C5,E5",
        rule: {
          kind: "formula" as const,
          formula: "=AND(ISNUMBER(C5),ISNUMBER(B5),ROUND(C5-B5,10)<=0)",
          fill: "#00703C",
          priority: 2,
        },
      },
    ];
    const writePlan = plan([{ kind: "clearHighlighting", sheet: "Metrics" }]);
    const targets = undoTargets(writePlan);
    expect(targets.clears).toEqual(["Metrics"]);
    expect(
      buildUndoRecord(writePlan, targets, { ...before(), removedRules: found }, "t")?.removedRules
    ).toEqual(found);
    // Nothing found to take off: nothing to keep.
    expect(buildUndoRecord(writePlan, targets, before(), "t")).toBeNull();
  });

  it("keeps the dropdowns' earlier rules in plan order, and the rules the run adds", () => {
    const rule = { kind: "formula" as const, formula: "=C5>D5", fill: "#D4351C" };
    const writePlan = plan([
      { kind: "listValidation", sheet: "Plan", range: "E2:E4", source: "=L!$A$2:$A$6" },
      { kind: "listValidation", sheet: "Plan", range: "G2:G4", source: "=L!$A$2:$A$6" },
      { kind: "conditionalFormat", sheet: "Metrics", range: "C5", rule },
    ]);
    const kept = { type: "list" as const, formulae: ['"Yes,No"'] };
    const record = buildUndoRecord(
      writePlan,
      undoTargets(writePlan),
      before([kept, MIXED_VALIDATION]),
      "t"
    );
    expect(record?.label).toBe("Plan Tracker's last run");
    expect(record?.validations).toEqual([
      { sheet: "Plan", range: "E2:E4", before: kept },
      { sheet: "Plan", range: "G2:G4", before: MIXED_VALIDATION },
    ]);
    expect(record?.rules).toEqual([{ sheet: "Metrics", range: "C5", rule }]);
    expect(record?.written).toEqual([
      { sheet: "Metrics", range: "C5" },
      { sheet: "Plan", range: "E2:E4" },
      { sheet: "Plan", range: "G2:G4" },
    ]);
  });

  it("is null when the run changes nothing of the council's (the earlier record then stays)", () => {
    const same = plan([
      { kind: "values", sheet: "Plan", topLeft: "E3", values: [["■ Green"]] },
      { kind: "ensureSheet", sheet: "Plan Tracker RAG", mark: "ratings" },
      { kind: "values", sheet: "Plan Tracker RAG", topLeft: "A1", values: [["x"]] },
    ]);
    expect(buildUndoRecord(same, undoTargets(same), before(), "t")).toBeNull();
  });

  it("follows the executor: null empties a cell where it clears, and is no change where it leaves", () => {
    const ops: WriteOp[] = [{ kind: "values", sheet: "Plan", topLeft: "E2", values: [[null]] }];
    const clears = { values: "clear", fills: "clear" } as const;
    expect(
      buildUndoRecord(plan(ops), undoTargets(plan(ops), clears), before(), "t", clears)?.cells
    ).toEqual([{ ...CELLS.E2, sheet: "Plan", row: 2, column: 5, written: null }]);
    expect(buildUndoRecord(plan(ops), undoTargets(plan(ops)), before(), "t")).toBeNull();
  });

  it("a fill it could not read (Excel before ExcelApi 1.9) counts as changed when the run paints it", () => {
    const ops: WriteOp[] = [
      { kind: "fills", sheet: "Plan", topLeft: "E9", colours: [["#D4351C"]] },
    ];
    const unread: BeforeRun = {
      cell: () => ({ value: "x", formula: null, numberFormat: "General" }),
      validations: [],
    };
    expect(buildUndoRecord(plan(ops), undoTargets(plan(ops)), unread, "t")?.cells).toEqual([
      {
        value: "x",
        formula: null,
        numberFormat: "General",
        sheet: "Plan",
        row: 9,
        column: 5,
        written: "x",
      },
    ]);
  });
});
