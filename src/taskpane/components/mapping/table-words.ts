import type { MappedTable } from "../../../core/mapping/mapping";
import { kindWords } from "./field-words";

/** "header row 13", "header rows 35 and 36". */
export const headerRowWords = (rows: readonly number[]): string =>
  rows.length === 1 ? `header row ${rows[0]}` : `header rows ${rows.join(" and ")}`;

/** A table as its accordion heading says it: "Actions · header row 13 · 1.1 Recruitment and Retention · 3 columns read". */
export const tableSummary = (table: MappedTable): string => {
  const read = table.fields.filter((field) => field.name !== null).length;
  return [
    kindWords(table.kind),
    headerRowWords(table.headerRows),
    ...(table.group ? [table.group] : []),
    ...(table.completed ? ["completed actions"] : []),
    `${read} ${read === 1 ? "column" : "columns"} read`,
  ].join(" · ");
};
