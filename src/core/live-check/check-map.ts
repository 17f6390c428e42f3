import type { DatePolicy } from "../model/timescale";
import { columnFor, dueColumns } from "../parse/detect/columns";
import type { PlanModel } from "../parse/plan-model";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { parseRangeAddress } from "../model/address";

/** The fields live checking reads a typed or pasted cell as. */
export type CheckedField = "due" | "status" | "owner" | "percentComplete" | "actual";

export interface CheckedColumn {
  column: number;
  field: CheckedField;
  /**
   * For a status column: the words the plan offers there (its dropdown, else the words it already
   * uses), compared case-insensitively; numbers for a column of scores. Absent: not checked by words.
   */
  words?: string[];
  scores?: number[];
}

/** One table's body: the rows and columns whose cells are re-checked when someone types into them. */
export interface CheckedTable {
  sheet: string;
  firstRow: number;
  lastRow: number;
  columns: CheckedColumn[];
}

/**
 * What live checking needs of the plan, as plain data the pane can hold between checks: each
 * table's body and the columns to check, with the status words each accepts and the date policy.
 */
export interface CheckMap {
  tables: CheckedTable[];
  datePolicy: DatePolicy;
}

const listWordsAt = (
  snapshot: WorkbookSnapshot,
  sheet: string,
  row: number,
  column: number
): string[] | undefined => {
  const lists = snapshot.sheets.find((candidate) => candidate.name === sheet)?.lists ?? [];
  const list = lists.find((candidate) =>
    candidate.range.split(/[\s,]+/).some((part) => {
      const area = parseRangeAddress(part);
      return (
        area !== null &&
        area.top <= row &&
        row <= area.bottom &&
        area.left <= column &&
        column <= area.right
      );
    })
  );
  return list?.values;
};

/** The check map of a plan as detected: actions' due, status, owner and % complete; measures' Actual cells. */
export const checkMapOf = (
  snapshot: WorkbookSnapshot,
  model: PlanModel,
  datePolicy: DatePolicy
): CheckMap => {
  const tables: CheckedTable[] = [];
  for (const sheet of model.sheets)
    for (const table of sheet.tables) {
      const columns: CheckedColumn[] = [];
      if (table.kind === "actions") {
        // A revised-date column beside the original is checked as a due date too.
        const dues = dueColumns(table);
        for (const column of [dues.due, dues.revised])
          if (column !== null) columns.push({ column, field: "due" });
        for (const field of ["owner", "percentComplete"] as const) {
          const column = columnFor(table, field);
          if (column !== null) columns.push({ column, field });
        }
        const ratings = table.columns.filter(
          (mapping) => mapping.field === "status" || mapping.field === "rating"
        );
        for (const { column } of ratings) {
          const recorded = model.actions
            .filter(
              (action) =>
                action.sheet === sheet.name &&
                action.row >= table.firstDataRow &&
                action.row <= table.lastDataRow
            )
            .flatMap((action) => [action.status, ...action.ratings])
            .filter((rating) => rating !== null && rating.cell.column === column);
          const dropdown = listWordsAt(snapshot, sheet.name, table.firstDataRow, column);
          const scores = recorded.some((rating) => rating?.source === "number");
          const words = dropdown ?? [
            ...new Set(recorded.flatMap((rating) => (rating?.label ? [rating.label] : []))),
          ];
          // Colour-only columns (a fill is the rating) are not typed into: nothing to check there.
          if (recorded.every((rating) => rating?.source === "fill") && recorded.length > 0)
            continue;
          columns.push(
            scores
              ? { column, field: "status", scores: [0, 1, 2, 3, 4, 5] }
              : { column, field: "status", ...(words.length > 0 ? { words } : {}) }
          );
        }
      } else if (table.kind === "measures") {
        for (const mapping of table.columns)
          if (mapping.measure === "actual" || mapping.field === "actual")
            columns.push({ column: mapping.column, field: "actual" });
      }
      if (columns.length > 0)
        tables.push({
          sheet: sheet.name,
          firstRow: table.firstDataRow,
          lastRow: table.lastDataRow,
          columns,
        });
    }
  return { tables, datePolicy };
};
