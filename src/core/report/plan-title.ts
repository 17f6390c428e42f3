import { parseRangeAddress } from "../model/address";
import { isBlank, cellText } from "../model/cell-value";
import type { DetectedTable, PlanModel } from "../parse/plan-model";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { isPageFurniture } from "../text/page-furniture";

// How far down a plan's title may sit: a banner, a subtitle, "Last updated", a spacer, then the table.
const TITLE_ROWS = 6;

// Lines above a table that are not its title: dates, versions, instructions, keys and labelled notes
// ("Last updated: 14 February 2025", "Key: Red = off track", "Owner: …", "Please update…").
const NOT_A_TITLE: readonly RegExp[] = [
  /^(?:last )?(?:updated|revised|reviewed|amended)\b/i,
  /^(?:version|v\d|draft\b|date\b|as at\b|as of\b)/i,
  /^(?:please|guidance|note|notes|key|owner|lead|author|prepared by|contact|see|click|select|instructions?|status|rag)\b/i,
  /^[\d\s/.\-:]+$/,
];

const MIN_LENGTH = 4;

/** The sheet the plan lives on: the first actions table's, else the first measures table's. */
const planTable = (model: PlanModel): DetectedTable | undefined => {
  const tables = model.sheets.flatMap((s) => s.tables);
  return tables.find((t) => t.kind === "actions") ?? tables.find((t) => t.kind === "measures");
};

const headerRowsOf = (model: PlanModel, sheet: string): Set<number> =>
  new Set(
    model.sheets
      .filter((s) => s.name === sheet)
      .flatMap((s) => s.tables.flatMap((t) => t.headerRows))
  );

/** The one text a row holds and its column, when it holds exactly one (a merged banner holds one); else null. */
const onlyText = (sheet: SheetSnapshot, row: number): { text: string; column: number } | null => {
  const values = sheet.values[row - sheet.firstRow] ?? [];
  const filled = values.flatMap((value, index) =>
    isBlank(value) ? [] : [{ value, column: index + sheet.firstColumn }]
  );
  if (filled.length !== 1 || typeof filled[0].value !== "string") return null;
  return { text: cellText(filled[0].value).replace(/\s+/g, " ").trim(), column: filled[0].column };
};

/**
 * A heading over some of the table's columns ("Accountability" over Owner and Due, "Timescales"):
 * text directly above the header that starts past the table's first column or is merged across only
 * part of it. A plan's title starts at the table's edge, alone or merged across the whole width.
 */
const isBannerOver = (
  sheet: SheetSnapshot,
  table: DetectedTable,
  row: number,
  column: number
): boolean => {
  if (row !== Math.min(...table.headerRows) - 1) return false;
  const first = Math.min(...table.columns.map((c) => c.column));
  const last = Math.max(...table.columns.map((c) => c.column));
  if (column > first) return true;
  const merge = sheet.merges
    .map(parseRangeAddress)
    .find((area) => area !== null && area.top <= row && area.bottom >= row && area.left === column);
  return merge !== undefined && merge !== null && merge.right < last;
};

const isTitle = (text: string): boolean =>
  text.length >= MIN_LENGTH &&
  /[A-Za-z]{3}/.test(text) &&
  !isPageFurniture(text) &&
  !NOT_A_TITLE.some((p) => p.test(text));

/**
 * The board report's title: the plan's own title — a single text cell in the first rows of the plan
 * sheet, above its first table, that is neither a table heading nor page furniture — else "<sheet> —
 * <file>". Never a column heading: "planning_ref" or "% complete" tell a board nothing.
 */
export const planTitle = (snapshot: WorkbookSnapshot, model: PlanModel): string => {
  const table = planTable(model);
  const sheet = snapshot.sheets.find((s) => s.name === table?.sheet) ?? snapshot.sheets[0];
  if (!sheet) return snapshot.name;
  const headings = headerRowsOf(model, sheet.name);
  const firstHeading =
    table && table.sheet === sheet.name
      ? Math.min(...table.headerRows)
      : sheet.firstRow + TITLE_ROWS;
  const last = Math.min(firstHeading - 1, sheet.firstRow + TITLE_ROWS - 1);
  for (let row = sheet.firstRow; row <= last; row += 1) {
    if (headings.has(row)) continue;
    const found = onlyText(sheet, row);
    if (found === null || !isTitle(found.text)) continue;
    if (table && table.sheet === sheet.name && isBannerOver(sheet, table, row, found.column))
      continue;
    return found.text;
  }
  return `${sheet.name} — ${snapshot.name}`;
};
