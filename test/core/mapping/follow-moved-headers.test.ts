/** @jest-environment node */
import { mappingInForce, settingsFor } from "../../../src/app/plan-settings";
import {
  cellAddress,
  parseCellAddress,
  parseRangeAddress,
  rangeAddress,
} from "../../../src/core/model/address";
import {
  followMovedHeaders,
  headerMovesSentence,
} from "../../../src/core/mapping/follow-moved-headers";
import type { Mapping } from "../../../src/core/mapping/mapping";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import { loadFixture, type FixtureId } from "../../support/snapshot-builder";

// What a colleague does in Excel: insert `count` blank rows above `before` on one sheet.
const insertRows = (
  book: WorkbookSnapshot,
  sheetName: string,
  before: number,
  count: number
): WorkbookSnapshot => {
  const move = (address: string): string => {
    const at = parseCellAddress(address);
    return at && at.row >= before ? cellAddress(at.row + count, at.column) : address;
  };
  const moveKeys = (cells: Record<string, string>) =>
    Object.fromEntries(Object.entries(cells).map(([address, v]) => [move(address), v]));
  const moved = (sheet: SheetSnapshot): SheetSnapshot => {
    const index = before - sheet.firstRow;
    const values = [
      ...sheet.values.slice(0, index),
      ...Array.from({ length: count }, () => []),
      ...sheet.values.slice(index),
    ];
    const merges = sheet.merges.map((merge) => {
      const area = parseRangeAddress(merge);
      return area && area.top >= before
        ? rangeAddress({ ...area, top: area.top + count, bottom: area.bottom + count })
        : merge;
    });
    return {
      ...sheet,
      values,
      merges,
      numberFormats: moveKeys(sheet.numberFormats),
      fills: moveKeys(sheet.fills),
    };
  };
  return {
    ...book,
    sheets: book.sheets.map((sheet) => (sheet.name === sheetName ? moved(sheet) : sheet)),
  };
};

const savedMapping = (id: FixtureId): { book: WorkbookSnapshot; mapping: Mapping } => {
  const book = loadFixture(id);
  const settings = settingsFor(book);
  if (!settings.ok) throw new Error(settings.error);
  return { book, mapping: mappingInForce(settings.value, detectPlan(book)) };
};

const issuesWith = (book: WorkbookSnapshot, mapping: Mapping) => {
  const settings = settingsFor(book, mapping);
  if (!settings.ok) throw new Error(settings.error);
  return {
    settings: settings.value,
    issues: validatePlan(book, detectPlan(book, settings.value.options?.detect)),
  };
};

describe("a saved mapping follows tables that rows were inserted above", () => {
  it("BCP: three rows above the plan move every table down three, and the same issues come back three rows lower", () => {
    const { book, mapping } = savedMapping("bcp");
    const sheet = mapping.sheets.find((s) => s.tables.some((t) => t.kind === "actions"));
    if (!sheet) throw new Error("no action table");
    const before = issuesWith(book, mapping);
    const moved = insertRows(book, sheet.name, 2, 3);
    const after = issuesWith(moved, mapping);
    expect(after.settings.headerMoves?.length).toBe(sheet.tables.length);
    expect(after.settings.headerMoves?.every((m) => m.to === m.from + 3)).toBe(true);
    const onSheet = (issues: typeof before.issues) =>
      issues.filter((i) => i.sheet === sheet.name && i.row >= 2);
    expect(onSheet(after.issues).map((i) => [i.code, i.row - 3])).toEqual(
      onSheet(before.issues).map((i) => [i.code, i.row])
    );
    expect(after.issues.length).toBe(before.issues.length);
  });

  it("GCC: identical block headings are each followed to their own block, not to a neighbour's", () => {
    const { book, mapping } = savedMapping("gcc");
    const sheet = mapping.sheets.filter(
      (s) => s.tables.filter((t) => t.kind === "actions").length > 1
    )[0];
    if (!sheet) throw new Error("no sheet with several action blocks");
    const moved = insertRows(book, sheet.name, 1, 5);
    const followed = followMovedHeaders(mapping, moved);
    const rowsOf = (m: Mapping) =>
      m.sheets.find((s) => s.name === sheet.name)?.tables.map((t) => t.headerRows[0]) ?? [];
    expect(rowsOf(followed.mapping)).toEqual(rowsOf(mapping).map((row) => row + 5));
    expect(settingsFor(moved, mapping).ok).toBe(true);
  });

  it("leaves a mapping that still fits exactly as it was, with no moves", () => {
    const { book, mapping } = savedMapping("thurrock");
    const followed = followMovedHeaders(mapping, book);
    expect(followed.moves).toEqual([]);
    expect(followed.mapping).toBe(mapping);
  });

  it("still finds a table one of whose headings was renamed", () => {
    const { book, mapping } = savedMapping("bcp");
    const sheet = mapping.sheets.find((s) => s.tables.some((t) => t.kind === "actions"));
    const table = sheet?.tables.find((t) => t.kind === "actions");
    if (!sheet || !table) throw new Error("no action table");
    const moved = insertRows(book, sheet.name, 2, 1);
    const renamed = {
      ...moved,
      sheets: moved.sheets.map((s) =>
        s.name === sheet.name
          ? {
              ...s,
              values: s.values.map((row, i) =>
                i === table.headerRows[0] ? ["Reference", ...row.slice(1)] : row
              ),
            }
          : s
      ),
    };
    expect(followMovedHeaders(mapping, renamed).moves).toContainEqual({
      sheet: sheet.name,
      from: table.headerRows[0],
      to: table.headerRows[0] + 1,
    });
  });

  it("refuses, in one sentence naming the sheet and row, a mapping whose headings are nowhere on the sheet", () => {
    const { book, mapping } = savedMapping("bcp");
    const sheet = mapping.sheets.find((s) => s.tables.some((t) => t.kind === "actions"));
    const table = sheet?.tables.find((t) => t.kind === "actions");
    if (!sheet || !table) throw new Error("no action table");
    const wrong: Mapping = {
      ...mapping,
      sheets: mapping.sheets.map((s) =>
        s === sheet
          ? {
              ...s,
              tables: s.tables.map((t) =>
                t === table
                  ? { ...t, fields: t.fields.map((f) => ({ ...f, title: `Not ${f.title ?? ""}` })) }
                  : t
              ),
            }
          : s
      ),
    };
    const settings = settingsFor(book, wrong);
    expect(settings.ok).toBe(false);
    if (settings.ok) return;
    expect(settings.error).toMatch(
      new RegExp(
        `^The mapping does not fit this workbook: Row ${table.headerRows[0]} of "${sheet.name}" no longer holds the headings`
      )
    );
    expect(settings.error.split(". ").length).toBe(1);
  });

  it("says what moved in one sentence", () => {
    expect(headerMovesSentence([{ sheet: "Improvement Plan", from: 12, to: 15 }])).toBe(
      'Rows were added or removed above a table since the mapping was saved, so its header was followed to where it is now ("Improvement Plan" row 12 → 15); save the mapping again to record it.'
    );
  });
});
