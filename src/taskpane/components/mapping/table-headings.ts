import { columnLetter } from "../../../core/model/address";
import { cellText } from "../../../core/model/cell-value";
import type { Mapping } from "../../../core/mapping/mapping";
import { cellAt, lastColumn } from "../../../core/snapshot/sheet-access";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";

/** One heading cell of a table's header row(s), as the sheet writes it. */
export interface ColumnHeading {
  column: string;
  heading: string;
}

/** Every mapped table's headings, by tableKey: the choices the Mapping view offers come from the sheet's own headers (docs/HISTORY.md#issue-5-3). */
export type TableHeadings = Record<string, ColumnHeading[]>;

/** A table is known by its sheet and first header row: one header row starts one table (check-mapping.ts). */
export const tableKey = (sheet: string, headerRow: number): string => `${sheet}!${headerRow}`;

const textAt = (values: string[]): string => values.filter((text) => text !== "").join(" / ");

/**
 * The non-empty heading cells of each mapped table, read from the workbook itself, so a column that
 * detection left out (or a stored mapping does not list) can still be given a field. Two header
 * rows are joined "March 22 / Target" as detection joins them.
 */
export const tableHeadings = (snapshot: WorkbookSnapshot, mapping: Mapping): TableHeadings => {
  const headings: TableHeadings = {};
  for (const mapped of mapping.sheets) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === mapped.name);
    if (!sheet) continue;
    const last = lastColumn(sheet);
    for (const table of mapped.tables) {
      const cells: ColumnHeading[] = [];
      for (let column = sheet.firstColumn; column <= last; column += 1) {
        const heading = textAt(
          table.headerRows.map((row) =>
            cellText(cellAt(sheet, row, column))
              .replace(/\s+/g, " ")
              .trim()
          )
        );
        if (heading !== "") cells.push({ column: columnLetter(column), heading });
      }
      headings[tableKey(mapped.name, table.headerRows[0])] = cells;
    }
  }
  return headings;
};
