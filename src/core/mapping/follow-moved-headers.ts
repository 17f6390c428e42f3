import { cellText } from "../model/cell-value";
import { columnNumber } from "../model/address";
import { headerKey } from "../parse/detect/sheet-grid";
import { cellAt, lastRow } from "../snapshot/sheet-access";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { MappedTable, Mapping } from "./mapping";

/** A table whose header row the mapping stores at one row and the workbook now has at another. */
export interface HeaderMove {
  sheet: string;
  from: number;
  to: number;
}

/** The mapping with each moved table's header rows where they are now, and what moved. */
export interface FollowedMapping {
  mapping: Mapping;
  moves: HeaderMove[];
}

interface TitledColumn {
  column: number;
  /** The saved heading, as header wording. */
  key: string;
  /** Under a two-row header ("March 22 / Target"), the lower row's own wording ("target"). */
  lower: string | null;
}

// The headings a table's fields were saved with, by column: what identifies its header row.
export const titledColumns = (table: MappedTable): TitledColumn[] =>
  table.fields.flatMap((field) => {
    const title = field.title ?? "";
    const key = headerKey(title);
    const parts = title.split(" / ");
    const lower =
      table.headerRows.length > 1 && parts.length > 1 ? headerKey(parts[parts.length - 1]) : null;
    return key === "" ? [] : [{ column: columnNumber(field.column), key, lower }];
  });

/**
 * Whether the table's headings sit `offset` rows from where the mapping saved them: at least half of
 * its titled columns read as saved (one renamed heading of six still finds the table).
 */
export const headingsAt = (
  sheet: SheetSnapshot,
  table: MappedTable,
  titled: TitledColumn[],
  offset: number
): boolean => {
  const wordingAt = (row: number, column: number) =>
    headerKey(cellText(cellAt(sheet, row + offset, column)));
  const lowest = table.headerRows[table.headerRows.length - 1];
  let matches = 0;
  for (const { column, key, lower } of titled)
    if (
      table.headerRows.some((row) => wordingAt(row, column) === key) ||
      (lower !== null && wordingAt(lowest, column) === lower)
    )
      matches += 1;
  return matches * 2 >= titled.length;
};

/**
 * Rows added or removed above a table move its header, but a mapping stores header rows as numbers:
 * without this, a saved mapping would read the wrong rows from the day someone inserts a line. Each
 * table whose headings are no longer at its saved row is looked for nearby (first by how far the
 * sheet's earlier tables moved, since an insertion moves everything below it), and followed. A table
 * whose headings are found nowhere, or that has no saved headings, is left where it was saved for
 * checkMappingAgainst to judge.
 */
export const followMovedHeaders = (
  mapping: Mapping,
  snapshot: WorkbookSnapshot
): FollowedMapping => {
  const moves: HeaderMove[] = [];
  const sheets = mapping.sheets.map((mapped) => {
    const sheet = snapshot.sheets.find((s) => s.name === mapped.name);
    if (!sheet) return mapped;
    const last = lastRow(sheet);
    const claimed = new Set<number>();
    let lastOffset = 0;
    const tables = mapped.tables.map((table) => {
      const titled = titledColumns(table);
      const first = table.headerRows[0];
      const free = (offset: number) =>
        !claimed.has(first + offset) && first + offset >= sheet.firstRow && first + offset <= last;
      const fits = (offset: number) => free(offset) && headingsAt(sheet, table, titled, offset);
      let offset: number | null = null;
      if (titled.length === 0 || fits(0)) offset = 0;
      else if (lastOffset !== 0 && fits(lastOffset)) offset = lastOffset;
      else
        for (
          let distance = 1;
          offset === null && (first - distance >= sheet.firstRow || first + distance <= last);
          distance += 1
        ) {
          if (fits(distance)) offset = distance;
          else if (fits(-distance)) offset = -distance;
        }
      if (offset === null) return table;
      claimed.add(first + offset);
      lastOffset = offset;
      if (offset === 0) return table;
      moves.push({ sheet: mapped.name, from: first, to: first + offset });
      return { ...table, headerRows: table.headerRows.map((row) => row + offset) };
    });
    return { ...mapped, tables };
  });
  return { mapping: moves.length === 0 ? mapping : { ...mapping, sheets }, moves };
};

/**
 * One sentence for people: which tables were followed, and that saving the mapping records it (or,
 * `beingSaved`, that the mapping being saved does).
 */
export const headerMovesSentence = (moves: readonly HeaderMove[], beingSaved = false): string => {
  const one = moves.length === 1;
  const each = moves.map((m) => `"${m.sheet}" row ${m.from} → ${m.to}`);
  const shown = each.length > 3 ? [...each.slice(0, 3), `${each.length - 3} more`] : each;
  const then = beingSaved
    ? `the mapping is saved with ${one ? "it" : "them"} there`
    : `save the mapping again to record ${one ? "it" : "them"}`;
  return `Rows were added or removed above ${one ? "a table" : `${moves.length} tables`} since the mapping was saved, so ${one ? "its header was" : "their headers were"} followed to where ${one ? "it is" : "they are"} now (${shown.join("; ")}); ${then}.`;
};
