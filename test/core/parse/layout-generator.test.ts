/** @jest-environment node */
import type { CellValue } from "../../../src/core/model/cell-value";
import { generateLayout, type GeneratedLayout } from "../../support/layout-generator";
import { mulberry32 } from "../../support/layout-rng";

// The yardstick for docs/HISTORY.md#issue-10 must itself be trustworthy: a seed always brings back the same
// workbook, every variation it claims to draw is drawn, and its truth agrees with the cells it wrote.

const EXPECTED_FEATURES = [
  ...["actions", "actions+measures", "actions-over-measures", "measures"].map(
    (w) => `workbook:${w}`
  ),
  "cover",
  "cover:version-log",
  ...["canonical", "plain", "snake", "upper"].flatMap((r) => [
    `register:${r}`,
    `measure-register:${r}`,
  ]),
  "heading:note",
  "heading:line-break",
  ...["none", "section-merged", "section-single", "column", "column-merged"].map(
    (g) => `groups:${g}`
  ),
  ...[
    "name",
    "numbered",
    "priority-named",
    "priority-only",
    "theme-dash",
    "upper-numbered",
    "department",
  ].map((g) => `group-label:${g}`),
  "section:after-blank",
  "header:one-row",
  "header:two-row",
  "header:two-row-merged-down",
  "header:two-row-lower",
  ...["0", "1", "2", "3"].map((n) => `title-rows:${n}`),
  "title:merged-banner",
  "columns:shuffled",
  "start:column-b",
  ...["words", "words-filled", "numbers", "fills"].map((s) => `status:${s}`),
  ...["rag", "ragLetters", "brag", "progress", "track", "confidence"].map((v) => `vocabulary:${v}`),
  ...["serial", "text", "mixed"].map((d) => `dates:${d}`),
  ...["names", "titles", "initials", "mixed"].map((o) => `owners:${o}`),
  ...["dotted", "prefixed", "number", "none"].map((r) => `ref:${r}`),
  ...[
    "title",
    "ref",
    "group",
    "owner",
    "due",
    "status",
    "progress",
    "percentComplete",
    "nextSteps",
  ].map((f) => `field:${f}`),
  ...["fraction", "integer", "text"].map((p) => `percent:${p}`),
  "extras",
  ...["total", "select", "end", "add-rows"].map((t) => `trailer:${t}`),
  "body:blank-row",
  "body:blank-between-groups",
  "list-object",
  ...["measure-rows", "measure-long", "measure-wide", "measure-wide-pairs"].map(
    (m) => `measures:${m}`
  ),
  "measures:sections",
  ...["month-text", "month-date", "quarter"].map((p) => `periods:${p}`),
  ...["name", "period", "baseline", "target", "actual", "polarity", "comparator"].map(
    (f) => `measure-field:${f}`
  ),
];

const cell = (layout: GeneratedLayout, sheet: string, row: number, column: number): CellValue =>
  layout.snapshot.sheets.find((s) => s.name === sheet)?.values[row - 1]?.[column - 1] ?? null;

describe("the layout generator", () => {
  const layouts = Array.from({ length: 500 }, (_, i) => generateLayout(i + 1));

  it("is deterministic: the same seed gives the same workbook and truth", () => {
    for (const seed of [1, 2, 77, 499]) expect(generateLayout(seed)).toEqual(layouts[seed - 1]);
    expect(generateLayout(3).snapshot).not.toEqual(generateLayout(4).snapshot);
    expect(Array.from({ length: 3 }, mulberry32(42))).toEqual(
      Array.from({ length: 3 }, mulberry32(42))
    );
  });

  it("draws every variation within 500 seeds", () => {
    const seen = new Set(layouts.flatMap((l) => l.features));
    expect(EXPECTED_FEATURES.filter((f) => !seen.has(f))).toEqual([]);
    // …and nothing it draws is left out of the list above.
    expect([...seen].filter((f) => !EXPECTED_FEATURES.includes(f))).toEqual([]);
  });

  it("writes each truth action's title in its table's title column, with more than the title on the row", () => {
    for (const layout of layouts)
      for (const action of layout.truth.actions) {
        const table = layout.truth.tables.find(
          (t) =>
            t.sheet === action.sheet &&
            t.kind === "actions" &&
            t.firstDataRow <= action.row &&
            action.row <= t.lastDataRow
        );
        const titleColumn = table?.columns.find((c) => c.field === "title")?.column ?? 0;
        expect(cell(layout, action.sheet, action.row, titleColumn)).toBe(action.title);
        const sheet = layout.snapshot.sheets.find((s) => s.name === action.sheet);
        const others = (table?.columns ?? []).filter(
          (c) =>
            c.column !== titleColumn &&
            (cell(layout, action.sheet, action.row, c.column) !== null ||
              sheet?.fills[`${c.letter}${action.row}`])
        );
        expect({ seed: layout.seed, row: action.row, others: others.length > 0 }).toEqual({
          seed: layout.seed,
          row: action.row,
          others: true,
        });
      }
  });

  it("gives every truth column a heading a person can see, in its header rows", () => {
    for (const layout of layouts)
      for (const table of layout.truth.tables)
        for (const column of table.columns) {
          // Merged headings sit in their top-left cell; every column still has text in one header row
          // (its own heading, or Target/Actual under a merged period).
          const visible = table.headerRows.some(
            (row) => cell(layout, table.sheet, row, column.column) !== null
          );
          expect({ seed: layout.seed, column: column.letter, visible }).toEqual({
            seed: layout.seed,
            column: column.letter,
            visible: true,
          });
        }
  });

  it("puts an Excel Table only over a one-row header with no merged cells inside it", () => {
    for (const layout of layouts)
      for (const sheet of layout.sheets)
        for (const table of sheet.listObjects) {
          const inside = (sheet.merges ?? []).filter((range) => {
            const rows = [...range.matchAll(/\d+/g)].map((m) => Number(m[0]));
            return rows[1] >= table.headerRow && rows[0] <= table.lastRow;
          });
          expect({ seed: layout.seed, inside }).toEqual({ seed: layout.seed, inside: [] });
        }
  });
});
