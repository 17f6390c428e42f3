import { columnNumber } from "../../../core/model/address";
import type { MappedTable } from "../../../core/mapping/mapping";
import type { PlanField } from "../../../core/model/plan-field";
import type { ColumnHeading } from "./table-headings";

/** One line of a table in the Mapping view: a column of the sheet and how it is read. */
export interface ColumnRow {
  column: string;
  /** The heading as written (the mapping's title, else the sheet's own header cell). */
  heading: string;
  field: PlanField | null;
  period?: string;
  measure?: "target" | "actual" | "value";
}

/**
 * Every column the table describes or the sheet heads, left to right: the mapping's own entries
 * first-hand, and heading cells it does not list as "(not read)", so they can be given a field.
 */
export const columnRows = (table: MappedTable, headings: readonly ColumnHeading[]): ColumnRow[] => {
  const rows = new Map<string, ColumnRow>();
  for (const { column, heading } of headings) rows.set(column, { column, heading, field: null });
  for (const field of table.fields) {
    rows.set(field.column, {
      column: field.column,
      heading: field.title ?? rows.get(field.column)?.heading ?? "",
      field: field.name,
      ...(field.period !== undefined ? { period: field.period } : {}),
      ...(field.measure !== undefined ? { measure: field.measure } : {}),
    });
  }
  return [...rows.values()].sort((a, b) => columnNumber(a.column) - columnNumber(b.column));
};
