import { cellAddress } from "../../model/address";
import type { DetectedTable, LayoutId, PlanModel, SheetRole, UnmappedNote } from "../plan-model";
import { FIELDS_BY_KIND, matchFields } from "./header-vocabulary";
import { headerKey, type SheetGrid } from "./sheet-grid";

/** Which seed layout the workbook resembles: it picks the built-in preset (levels, wording). */
export const chooseLayout = (model: PlanModel): LayoutId => {
  if (model.colourKey.length > 0) return "bcp";
  if (model.actions.some((a) => a.ratings.some((r) => r.source === "number"))) return "thurrock";
  if (model.groupStatuses.length > 0 || model.groups.some((g) => g.kind === "workstream"))
    return "gcc";
  const tables = model.sheets.flatMap((s) => s.tables);
  if (
    tables.some(
      (t) =>
        t.kind === "measures" &&
        t.columns.some((c) => c.field === "polarity") &&
        t.columns.some((c) => c.field === "basis")
    )
  )
    return "scorecard";
  return "generic";
};

export const sheetRoles = (grid: SheetGrid, tables: DetectedTable[]): SheetRole[] => {
  const roles = new Set<SheetRole>();
  if (
    /dashboard/i.test(grid.name) ||
    /^dashboard$/i.test(grid.text(grid.firstRow, grid.firstColumn))
  )
    roles.add("dashboard");
  for (const table of tables) {
    if (table.kind === "actions") roles.add("plan");
    if (table.kind === "measures")
      roles.add(
        table.columns.some((c) => c.field === "polarity") &&
          table.columns.some((c) => c.field === "basis")
          ? "scorecard"
          : "measures"
      );
    if (table.kind === "rag-key" || table.kind === "rating-scale") roles.add("legend");
    if (table.kind === "version-log") roles.add("version-log");
  }
  if (roles.size === 0) roles.add("other");
  return [...roles];
};

/**
 * Why a heading's column is not read, in the words that are true of it: a heading that names a field
 * another column of the table already gives ("Completion date" beside "Due date"), one whose cells do
 * not hold what it names (a Priority of High/Medium/Low), or one no wording knows.
 */
/** A heading that is mostly the field's wording: the wording covers it, or starts it and half of it. */
const PLAIN_SCORE = 1;

const whyNotRead = (text: string, table: DetectedTable): string => {
  const fields = FIELDS_BY_KIND[table.kind];
  const best = fields ? matchFields(text, headerKey(text), fields)[0] : undefined;
  // Only a heading that plainly says the field (not one that mentions it: "RAG Guidance") is told so.
  const named = best !== undefined && best.score >= PLAIN_SCORE ? best.field : null;
  if (named) {
    const holder = table.columns.find((c) => c.field === named);
    return holder
      ? `The column heading "${text}" is not read: "${holder.header}" (column ${holder.letter}) is read for the same thing.`
      : `The column heading "${text}" is not read: its cells do not hold what the heading names.`;
  }
  return `The column heading "${text}" is not one Plan Tracker recognises, so its values are not read.`;
};

/** Header cells of plan tables that matched no field: said plainly, their columns are not read. */
export const unmappedHeaders = (grid: SheetGrid, tables: DetectedTable[]): UnmappedNote[] => {
  const notes: UnmappedNote[] = [];
  for (const table of tables) {
    if (table.kind !== "actions" && table.kind !== "measures") continue;
    const mapped = new Set(table.columns.map((c) => c.column));
    for (const row of table.headerRows)
      for (const column of grid.filledColumns(row)) {
        if (mapped.has(column)) continue;
        const text = grid.text(row, column);
        // The lower row of a two-row header (Target/Actual) is mapped through its periods.
        if (table.headerRows.length > 1 && ["target", "actual"].includes(headerKey(text))) continue;
        notes.push({
          sheet: grid.name,
          cell: cellAddress(row, column),
          text,
          reason: whyNotRead(text, table),
        });
      }
  }
  return notes;
};
