/** @jest-environment node */
import fc from "fast-check";
import type { CellValue } from "../../../../src/core/model/cell-value";
import { BLOCK_TITLE_PATTERNS, blockTitle } from "../../../../src/core/parse/detect/block-titles";
import { headerKey, SheetGrid } from "../../../../src/core/parse/detect/sheet-grid";
import type { SheetSnapshot } from "../../../../src/core/snapshot/workbook-snapshot";

// Detection passes most rows over by their first character before working out header wording
// (SheetGrid.headerKeyIs, blockTitle): these tests hold the shortcut to the full comparison.

const gridOf = (row: CellValue[]): SheetGrid => {
  const sheet: SheetSnapshot = {
    name: "Plan",
    firstRow: 1,
    firstColumn: 1,
    values: [row],
    numberFormats: {},
    fills: {},
    merges: [],
    protected: false,
    visibility: "visible",
  };
  return new SheetGrid(sheet);
};

// Pieces of titles, data and the characters at the shortcut's edges (case, digits, spaces, quotes).
const PIECES = [
  "Key Milestones",
  "key milestones",
  "KEY MILESTONES",
  "Metrics including savings",
  "Dashboard",
  "dashboard:",
  "Objectives",
  "Reporting period",
  "Ref",
  "Action",
  "1.2",
  "12",
  "Improve",
  " ",
  "\u00a0",
  "\t",
  '"',
  "'",
  "@",
  "[",
  "`",
  "{",
  "é",
  "İ",
  ":",
  "a",
  "K",
  "z",
  "Z",
];
const text = fc
  .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 4 })
  .map((p) => p.join(""));

describe("detection's first-character shortcuts", () => {
  it("headerKeyIs answers exactly as comparing the cell's header wording", () => {
    fc.assert(
      fc.property(
        text,
        fc.oneof(text.map(headerKey), fc.constantFrom("", "ref", "1.2")),
        (cell, key) =>
          expect(gridOf([cell]).headerKeyIs(1, 1, key)).toBe(headerKey(cell.trim()) === key)
      ),
      { numRuns: 5_000 }
    );
  });

  it("blockTitle finds every title its patterns name", () => {
    fc.assert(
      fc.property(text, (cell) => {
        const named = BLOCK_TITLE_PATTERNS.some((pattern) => pattern.test(headerKey(cell)));
        if (named) expect(blockTitle(gridOf([cell, "beside it"]), 1)).not.toBeNull();
      }),
      { numRuns: 5_000 }
    );
  });

  it("every block title pattern starts with ^ and a lower-case letter, as the shortcut assumes", () => {
    for (const pattern of BLOCK_TITLE_PATTERNS) expect(pattern.source).toMatch(/^\^[a-z]/);
  });
});
