import type { CellValue } from "../../../src/core/model/cell-value";
import {
  isGuarded,
  movedCells,
  planFault,
  sheetFault,
  type SheetsNow,
} from "../../../src/core/write-plan/check-write-plan";
import type { WriteOp } from "../../../src/core/write-plan/write-plan";
import { changedSinceRead } from "../../../src/core/write-plan/write-refusals";

describe("planFault: a plan Excel could only half-apply", () => {
  it.each<[string, WriteOp]>([
    [
      "the values for Actions!C2 are not a rectangle of cells",
      { kind: "values", sheet: "Actions", topLeft: "C2", values: [[1, 2], [3]] },
    ],
    [
      '"C0" is not a cell address',
      { kind: "values", sheet: "Actions", topLeft: "C0", values: [[1]] },
    ],
    [
      "the values for Actions!XFD1 run past the edge of the sheet",
      { kind: "values", sheet: "Actions", topLeft: "XFD1", values: [[1, 2]] },
    ],
    [
      "the values read earlier for Actions!A1 are not the same size as the values to write",
      { kind: "values", sheet: "Actions", topLeft: "A1", values: [[1]], expected: [] },
    ],
    [
      "a fill for Actions!A1 is not a colour like #D4351C",
      { kind: "fills", sheet: "Actions", topLeft: "A1", colours: [["red"]] },
    ],
    [
      '"C:C" is not a bounded range on "Actions"',
      { kind: "listValidation", sheet: "Actions", range: "C:C", source: "=L!A1:A3" },
    ],
    [
      '"Board/report" is not a name Excel allows for a sheet',
      { kind: "ensureSheet", sheet: "Board/report" },
    ],
    [`"'Quoted" is not a name Excel allows for a sheet`, { kind: "ensureSheet", sheet: "'Quoted" }],
    [
      "the value for Actions!B3 is longer than Excel's 32,767 characters",
      {
        kind: "values",
        sheet: "Actions",
        topLeft: "A2",
        values: [
          ["ok", "ok"],
          ["ok", "z".repeat(32_768)],
        ],
      },
    ],
  ])("explains: %s", (problem, op) => {
    expect(planFault([op])).toEqual({
      kind: "host-error",
      sheet: op.sheet,
      message: `Plan Tracker prepared a change it cannot write (${problem}), so nothing was written; please report this.`,
    });
  });

  it("accepts a sound plan, and text of exactly 32,767 characters", () => {
    expect(
      planFault([
        {
          kind: "values",
          sheet: "My sheet",
          topLeft: "$B$2",
          values: [["a", null]],
          expected: [[null, "b"]],
        },
      ])
    ).toBeNull();
    expect(
      planFault([
        { kind: "values", sheet: "My sheet", topLeft: "A1", values: [["y".repeat(32_767)]] },
      ])
    ).toBeNull();
  });
});

describe("sheetFault: sheets missing or protected", () => {
  const sheets = (
    names: string[],
    locked: string[] = [],
    highlighted: string[] = []
  ): SheetsNow => ({
    nameOf: (sheet) => names.find((name) => name.toLowerCase() === sheet.toLowerCase()),
    isProtected: (name) => locked.includes(name),
    hasOwnHighlighting: (name) => highlighted.includes(name),
  });
  const write = (sheet: string): WriteOp => ({
    kind: "values",
    sheet,
    topLeft: "A1",
    values: [["x"]],
  });

  it("finds sheets as Excel does, ignoring case, and accepts the sheets the plan creates wherever it creates them", () => {
    expect(
      sheetFault(
        [write("actions"), write("Report"), { kind: "ensureSheet", sheet: "report" }],
        sheets(["Actions"])
      )
    ).toBeNull();
  });

  it("refuses a sheet that has gone as changed since the read, naming it as the plan did", () => {
    expect(sheetFault([write("Old actions")], sheets(["Actions"]))).toMatchObject({
      kind: "changed-since-read",
      sheet: "Old actions",
    });
  });

  it("refuses a protected sheet by the workbook's own name, unless the plan only takes nothing off it", () => {
    expect(sheetFault([write("lists")], sheets(["Lists"], ["Lists"]))).toEqual({
      kind: "protected-sheet",
      sheet: "Lists",
      message:
        'The sheet "Lists" is protected, so Plan Tracker wrote nothing; unprotect it (Review > Unprotect Sheet) and try again.',
    });
    expect(
      sheetFault([{ kind: "clearHighlighting", sheet: "Lists" }], sheets(["Lists"], ["Lists"]))
    ).toBeNull();
    expect(
      sheetFault(
        [{ kind: "clearHighlighting", sheet: "Lists" }],
        sheets(["Lists"], ["Lists"], ["Lists"])
      )
    ).toMatchObject({ kind: "protected-sheet" });
    expect(
      sheetFault([{ kind: "ensureSheet", sheet: "Lists" }], sheets(["Lists"], ["Lists"]))
    ).toBeNull();
  });
});

describe("movedCells and changedSinceRead: how changed cells are listed", () => {
  const expected: CellValue[][] = [
    ["On track", null],
    ["At risk", 3],
  ];
  const values: WriteOp = {
    kind: "values",
    sheet: "Action plan",
    topLeft: "C2",
    values: [
      ["a", "b"],
      ["c", "d"],
    ],
    expected,
  };
  const now =
    (grid: (CellValue | undefined)[][], formulas: boolean[][] = []) =>
    (r: number, c: number) =>
      grid[r] === undefined
        ? null
        : { value: grid[r][c] ?? null, formula: formulas[r]?.[c] ?? false };

  it("names each changed cell with its sheet, row by row; empty and null are the same", () => {
    if (!isGuarded(values)) throw new Error("guarded");
    expect(
      movedCells(
        values,
        now([
          ["On track", ""],
          ["Off track", 4],
        ])
      )
    ).toEqual(["'Action plan'!C3", "'Action plan'!D3"]);
    expect(
      movedCells(
        values,
        now([
          ["On track", null],
          ["At risk", 3],
        ])
      )
    ).toEqual([]);
  });

  it("counts a cell it could not read as changed, and a formula where undo puts a cell back", () => {
    if (!isGuarded(values)) throw new Error("guarded");
    expect(movedCells(values, now([["On track", null]]))).toEqual([
      "'Action plan'!C3",
      "'Action plan'!D3",
    ]);
    const restore: WriteOp = {
      kind: "restoreCells",
      sheet: "P",
      topLeft: "A1",
      cells: [[{ value: 1, formula: null, numberFormat: "General" }]],
      expected: [[2]],
    };
    if (!isGuarded(restore)) throw new Error("guarded");
    expect(movedCells(restore, now([[2]], [[true]]))).toEqual(["P!A1"]);
    expect(movedCells(restore, now([[2]]))).toEqual([]);
  });

  it("says how many changed and names the first five", () => {
    const cells = Array.from({ length: 7 }, (_, i) => `Plan!E${i + 2}`);
    expect(changedSinceRead(cells)).toEqual({
      kind: "changed-since-read",
      cells,
      message:
        "7 cells have changed since Plan Tracker read the workbook (Plan!E2, Plan!E3, Plan!E4, Plan!E5, Plan!E6 and 2 more), so nothing was written; run the check again to work from the latest values.",
    });
    expect(changedSinceRead(["Actions!C3"]).message).toBe(
      "1 cell has changed since Plan Tracker read the workbook (Actions!C3), so nothing was written; run the check again to work from the latest values."
    );
  });
});
