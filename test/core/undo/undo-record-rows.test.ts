/** @jest-environment node */
import type { CellValue } from "../../../src/core/model/cell-value";
import { decodeUndoRecord, peekUndoRecord } from "../../../src/core/undo/decode-undo-record";
import { encodeUndoRecord, undoRecordOps } from "../../../src/core/undo/encode-undo-record";
import { MIXED_VALIDATION } from "../../../src/core/undo/kept-validation";
import type { UndoRecord } from "../../../src/core/undo/undo-record";
import { legacyCheckOf } from "../../../src/core/undo/undo-check";

const RECORD: UndoRecord = {
  label: "Refresh RAG as of 31 Jan 2023",
  takenAt: "2023-01-31T10:00:00.000Z",
  cells: [
    {
      sheet: "Action Plan",
      row: 2,
      column: 5,
      value: "On track",
      formula: null,
      numberFormat: "General",
      fill: null,
      fontColour: "#1F4E79",
      bold: true,
      written: "■ Green",
    },
    {
      sheet: "Action Plan",
      row: 3,
      column: 5,
      value: 0.45,
      formula: "=C3/D3",
      numberFormat: "0%",
      fill: "#FFC000",
      fontColour: null,
      bold: false,
      written: "▲ Red",
    },
    {
      sheet: "Action Plan",
      row: 4,
      column: 5,
      value: true,
      formula: null,
      numberFormat: "General",
      written: "● Complete",
    },
    {
      sheet: "Action Plan",
      row: 5,
      column: 5,
      value: null,
      formula: null,
      numberFormat: "@",
      fill: null,
      fontColour: null,
      bold: false,
      style: '{"fill":{"type":"pattern","pattern":"solid","fgColor":{"theme":9,"tint":0.6}}}',
      written: null,
    },
    {
      sheet: "Action Plan",
      row: 6,
      column: 5,
      value: "=not a formula",
      formula: null,
      numberFormat: "General",
      fill: null,
      fontColour: null,
      bold: false,
      written: "1.10",
    },
  ],
  rules: [
    {
      sheet: "KPIs",
      range: "C37,E37,G37",
      rule: {
        kind: "formula",
        formula: "=AND(ISNUMBER(C37),C37<D37)",
        fill: "#D4351C",
        fontColour: "#FFFFFF",
        priority: 0,
      },
    },
  ],
  removedRules: [
    {
      sheet: "KPIs",
      range: "C37,E37",
      rule: {
        kind: "formula",
        formula: "=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B37,10)<=0)",
        fill: "#00703C",
        priority: 2,
      },
    },
  ],
  validations: [
    {
      sheet: "Action Plan",
      range: "E2:E6",
      before: {
        type: "list",
        formulae: ['"On track,At risk"'],
        allowBlank: true,
        showErrorMessage: true,
        errorStyle: "warning",
        error: "Pick one.",
      },
    },
    { sheet: "Action Plan", range: "G2:G6", before: null },
    { sheet: "Action Plan", range: "H2:H6", before: MIXED_VALIDATION },
  ],
};

const sheetOf = (rows: CellValue[][]) => ({ firstRow: 1, firstColumn: 1, values: rows });

describe("the undo record as rows of the undo sheet", () => {
  it("reads back exactly what was written", () => {
    expect(decodeUndoRecord(sheetOf(encodeUndoRecord(RECORD)))).toEqual({
      ok: true,
      value: RECORD,
    });
  });

  it("reads back from a used range that does not start at A1, with trailing blank rows", () => {
    const rows = encodeUndoRecord(RECORD);
    const shifted = {
      firstRow: 1,
      firstColumn: 1,
      values: [...rows, rows[0].map(() => null), rows[0].map(() => null)],
    };
    expect(decodeUndoRecord(shifted)).toEqual({ ok: true, value: RECORD });
  });

  it("is plain rows a person can read: the run's name and time on top, then one row per entry", () => {
    const rows = encodeUndoRecord(RECORD);
    expect(rows.slice(0, 3).map((row) => row.slice(0, 2))).toEqual([
      ["Plan Tracker undo record", 4],
      ["Run", "Refresh RAG as of 31 Jan 2023"],
      ["Taken at", "2023-01-31T10:00:00.000Z"],
    ]);
    expect(rows[6]).toEqual([
      "Entry",
      "Sheet",
      "Where",
      "Was",
      "Formula",
      "Number format",
      "Fill",
      "Font colour",
      "Bold",
      "Written",
      "Detail",
    ]);
    expect(rows[7]).toEqual([
      "cell",
      "Action Plan",
      "E2",
      "On track",
      null,
      "General",
      "none",
      "#1F4E79",
      true,
      "■ Green",
      null,
    ]);
    expect(rows[13].slice(0, 3)).toEqual(["removed highlighting", "KPIs", "C37,E37"]);
    expect(rows).toHaveLength(
      7 +
        RECORD.cells.length +
        RECORD.rules.length +
        RECORD.removedRules.length +
        RECORD.validations.length
    );
  });

  it("replaces the last record: ensure, clear, then write from A1", () => {
    expect(undoRecordOps(RECORD).map((op) => op.kind)).toEqual([
      "ensureSheet",
      "clearSheet",
      "values",
    ]);
    expect(new Set(undoRecordOps(RECORD).map((op) => op.sheet))).toEqual(
      new Set(["Plan Tracker Undo"])
    );
  });

  it("an empty sheet means there is nothing to undo", () => {
    expect(decodeUndoRecord(sheetOf([]))).toEqual({ ok: true, value: null });
    expect(decodeUndoRecord(sheetOf([[null, null], [null]]))).toEqual({ ok: true, value: null });
  });

  const edited = (row: number, column: number, value: CellValue): CellValue[][] => {
    const rows = encodeUndoRecord(RECORD).map((r) => [...r]);
    rows[row - 1][column - 1] = value;
    return rows;
  };

  it.each<[string, CellValue[][], string]>([
    ["its title", edited(1, 1, "My notes"), 'A1 no longer reads "Plan Tracker undo record"'],
    ["its format number", edited(1, 2, "one"), "B1 no longer holds the record's format number"],
    ["the run's name", edited(2, 2, null), "the run's name in B2 is missing"],
    ["the headings", edited(7, 4, "Before"), "the headings in row 7 have changed"],
    [
      "a kept value",
      edited(8, 4, "Off track"),
      "its entries no longer match the check value in B4",
    ],
    ["a colour", edited(9, 7, "orange"), 'row 9 has a colour that is not #RRGGBB or "none"'],
    ["an entry's kind", edited(10, 1, "note"), "row 10 is not an entry Plan Tracker wrote"],
    ["a rule's detail", edited(13, 11, "{"), "row 13 has detail that is not JSON"],
    ["a formula", edited(9, 5, "C3/D3"), "row 9 has a formula that does not start with ="],
  ])("refuses a record whose %s was changed by hand, saying where", (_what, rows, where) => {
    expect(decodeUndoRecord(sheetOf(rows))).toEqual({
      ok: false,
      error: `The sheet 'Plan Tracker Undo' has been changed since Plan Tracker wrote it (${where}), so Undo last run cannot put cells back exactly and changed nothing.`,
    });
  });

  it("refuses a record from a newer Plan Tracker rather than misread it", () => {
    const result = decodeUndoRecord(sheetOf(edited(1, 2, 5)));
    expect(!result.ok && result.error).toBe(
      "The undo record in this workbook was written by a newer version of Plan Tracker; update Plan Tracker to undo that run."
    );
  });

  it("still reads a record written before removed highlighting was kept (format 1), and refuses such a row in one", () => {
    const older = { ...RECORD, removedRules: [] };
    // Before format 4 a cell's Detail held its style alone.
    const styleAlone = (row: CellValue[]): CellValue[] =>
      row[0] === "cell" && typeof row[10] === "string"
        ? [...row.slice(0, 10), (JSON.parse(row[10]) as { style?: string }).style ?? null]
        : [...row];
    const rows = encodeUndoRecord(older).map(styleAlone);
    rows[0][1] = 1;
    // Older records carry the 32-bit check they were written with.
    rows[3][1] = legacyCheckOf(older.label, older.takenAt, rows.slice(7));
    expect(decodeUndoRecord(sheetOf(rows))).toEqual({ ok: true, value: older });
    const withRemoved = encodeUndoRecord(RECORD).map(styleAlone);
    withRemoved[0][1] = 1;
    withRemoved[3][1] = legacyCheckOf(RECORD.label, RECORD.takenAt, withRemoved.slice(7));
    expect(decodeUndoRecord(sheetOf(withRemoved))).toEqual({
      ok: false,
      error:
        "The sheet 'Plan Tracker Undo' has been changed since Plan Tracker wrote it (row 14 is not an entry Plan Tracker wrote), so Undo last run cannot put cells back exactly and changed nothing.",
    });
  });

  it("peeks at the run's name and time from the first rows alone", () => {
    expect(peekUndoRecord(sheetOf(encodeUndoRecord(RECORD).slice(0, 3)))).toEqual({
      label: RECORD.label,
      takenAt: RECORD.takenAt,
    });
    expect(peekUndoRecord(sheetOf([["Something else"]]))).toBeNull();
  });

  it("goes on in 'continued' rows where a text is longer than a cell takes, and reads back whole (docs/HISTORY.md#issue-12-5)", () => {
    // 24,000 Actual cells in one highlighting rule: about 130,000 characters of range.
    const areas = Array.from(
      { length: 24_000 },
      (_, i) => `${String.fromCharCode(67 + (i % 20))}${5 + Math.floor(i / 20)}`
    ).join(",");
    const big: UndoRecord = {
      ...RECORD,
      rules: [{ ...RECORD.rules[0], range: areas }],
      written: [
        { sheet: "Action Plan", range: "E2:E6" },
        { sheet: "KPIs", range: areas },
      ],
    };
    const rows = encodeUndoRecord(big);
    expect(areas.length).toBeGreaterThan(100_000);
    expect(
      Math.max(...rows.flat().map((cell) => (typeof cell === "string" ? cell.length : 0)))
    ).toBeLessThanOrEqual(30_000);
    expect(rows.filter((row) => row[0] === "continued").length).toBe(
      2 * Math.ceil(areas.length / 30_000) - 2
    );
    expect(rows[7].slice(0, 3)).toEqual(["wrote", "Action Plan", "E2:E6"]);
    expect(decodeUndoRecord(sheetOf(rows))).toEqual({ ok: true, value: big });
  });

  it("refuses a 'continued' row with nothing above it to continue", () => {
    const rows = encodeUndoRecord(RECORD).map((row) => [...row]);
    rows.splice(7, 0, ["continued", null, "A1"]);
    expect(decodeUndoRecord(sheetOf(rows))).toEqual({
      ok: false,
      error:
        "The sheet 'Plan Tracker Undo' has been changed since Plan Tracker wrote it (row 8 continues no entry), so Undo last run cannot put cells back exactly and changed nothing.",
    });
  });

  it("checks the record with SHA-256, so one changed character anywhere is caught", () => {
    const rows = encodeUndoRecord(RECORD).map((row) => [...row]);
    expect(rows[3][1]).toMatch(/^sha256:[0-9a-f]{64}$/);
    rows[8][9] = "▲ Red ";
    const result = decodeUndoRecord(sheetOf(rows));
    expect(!result.ok && result.error).toMatch(/its entries no longer match the check value in B4/);
  });
});
