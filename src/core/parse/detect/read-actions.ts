import type { Action, CellRef, RecordedRating } from "../../model/action";
import { isBlank } from "../../model/cell-value";
import type { ActionField } from "../../model/plan-field";
import type { DatePolicy, Timescale } from "../../model/timescale";
import type { StatusVocabulary } from "../../model/status-vocabulary";
import type { ColourKeyEntry, DetectedTable, RowNote } from "../plan-model";
import { readOwnerCell, readPlainText, readRatingCell, readTimescaleCell } from "./cell-readers";
import { columnFor, dueColumns } from "./columns";
import { shiftFinder } from "./row-shift";
import type { SheetGrid } from "./sheet-grid";
import { isPageFurniture } from "../../text/page-furniture";
import { isFillerText, isFillerValue, TOTAL_LABEL } from "./filler";
import { groupOf } from "./group-label";

export interface ActionReadContext {
  datePolicy: DatePolicy;
  colourKey: ColourKeyEntry[];
  /** Group labels by id ("1" → "1. The experiences…"), to place completed rows by their Ref. */
  groupById: Map<string, string>;
  /** Actions seen so far per group, so derived keys stay unique when a header repeats mid-table. */
  orderByGroup: Map<string, number>;
  /** The council's own status words (from its mapping), read before the presets. */
  vocabularies: readonly StatusVocabulary[];
}

export interface ActionTableReading {
  actions: Action[];
  /** Rows of a table pasted into the plan, kept apart so they are reported but never counted. */
  strays: Action[];
  notes: RowNote[];
}

// Cells that make a row an action of its own; a row with text but none of these is the tail of the row above.
// (A success measure alone is not enough: BCP continuation rows carry text there too.)
const IDENTITY_FIELDS: ActionField[] = [
  "ref",
  "owner",
  "responsibleOfficer",
  "due",
  "status",
  "rating",
  // Text split off a row is prose; a figure in the % complete or period column, or a group written
  // in the row's own group cell (not merged down from above), belongs to a row of its own.
  "percentComplete",
  "period",
  "group",
];

const REF_NUMBER = /^\d+(\.\d+)*$/;

const mostRefsNumbered = (grid: SheetGrid, table: DetectedTable): boolean => {
  const column = columnFor(table, "ref");
  if (column === null) return false;
  let numbered = 0;
  let filled = 0;
  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const text = grid.text(row, column);
    if (text === "" || isDashes(text)) continue;
    filled += 1;
    if (REF_NUMBER.test(text)) numbered += 1;
  }
  return filled > 0 && numbered * 2 > filled;
};

/** "1.1 Recruitment…" → "1.1", "2. The experiences…" → "2", "Priority 3" → "P3": the prefix of derived keys. */
const keyPrefix = (group: string): string => {
  const priority = /^priority\s+(\d+)$/i.exec(group);
  if (priority) return `P${priority[1]}`;
  return /^(\S+)/.exec(group)?.[1]?.replace(/\.$/, "") ?? "";
};

const PLACEHOLDER = /^(removed|moved|merged|deleted|transferred)\b/i;
const SECTION_ROW = /^\d+\.\s+\S/;

// Kept in a constant: a pattern written inside a function is a new object each call, and this one
// is asked of every cell of every row.
const DASHES = /^[-–—_\s]+$/;
const isDashes = (text: string): boolean => DASHES.test(text);

// Whether every filled cell of the row is dashes; a loop, as every row of the plan asks (a closure
// per row for every() was 100,000 objects on a large plan).
const allDashes = (grid: SheetGrid, row: number, filled: readonly number[]): boolean => {
  for (let i = 0; i < filled.length; i += 1) if (!isDashes(grid.text(row, filled[i]))) return false;
  return true;
};

// The fields an action row is read for, each at the first column the table maps to it.
const READ_FIELDS = [
  "title",
  "ref",
  "owner",
  "responsibleOfficer",
  "due",
  "status",
  "progress",
  "successMeasure",
] as const satisfies readonly ActionField[];
type ReadField = (typeof READ_FIELDS)[number];

/**
 * A timescale read from a revised-date column, with the original column's dates before its own
 * revisions (in the order written). A copy: timescales are shared between rows that read alike.
 */
const withRevision = (revised: Timescale, original: Timescale): Timescale => {
  const earlier = [...original.revisions, ...(original.due !== null ? [original.due] : [])];
  const revisions = [...earlier, ...revised.revisions].filter((date) => date !== revised.due);
  return revisions.length === revised.revisions.length ? revised : { ...revised, revisions };
};

const FIGURES = /^[\d.,%\s]+$/;

/**
 * A row a template or a summary put there: only filler, a totals row ("Total" then figures), or a
 * reference number with nothing beside it but filler (a template's spare numbered rows).
 */
const isTemplateRow = (
  grid: SheetGrid,
  row: number,
  filled: number[],
  titleColumn: number | null,
  refColumn: number | null
): boolean => {
  // Most rows are plain actions: their first cell is neither filler nor "Total", and they fill more than a ref.
  const first = grid.value(row, filled[0]);
  if (
    filled.length > 1 &&
    !isFillerValue(first) &&
    !(typeof first === "string" && TOTAL_LABEL.test(first)) &&
    filled[0] !== refColumn
  )
    return false;
  // The cells that are not filler, counted without a list: a row led by its Ref (most plans) comes
  // here, and a second real cell after a first that is no "Total" already says it is an action.
  let firstReal = -1;
  let real = 0;
  let total = false;
  for (const column of filled) {
    if (isFillerValue(grid.value(row, column))) continue;
    real += 1;
    if (real === 1) {
      firstReal = column;
      total = TOTAL_LABEL.test(grid.text(row, column));
    } else if (!total) return false;
    else if (typeof grid.value(row, column) !== "number" && !FIGURES.test(grid.text(row, column)))
      return false;
  }
  if (real === 0 || total) return true;
  const formulaBlank = titleColumn !== null && grid.text(row, titleColumn) === "";
  return real === 1 && refColumn !== null && firstReal === refColumn && formulaBlank;
};

/** Read every action row of one action table (docs/LAYOUTS.md; rules 7, 13–17 become row notes). */
export const readActionTable = (
  grid: SheetGrid,
  table: DetectedTable,
  context: ActionReadContext
): ActionTableReading => {
  const actions: Action[] = [];
  const strays: Action[] = [];
  const notes: RowNote[] = [];
  const note = (kind: RowNote["kind"], row: number, column: number, text: string, shift?: number) =>
    notes.push({ kind, sheet: grid.name, row, column, tableId: table.id, text, shift });
  // Worked out once per table, not once per row: this loop runs for every row of the plan.
  const columnOf = Object.fromEntries(
    READ_FIELDS.map((field) => [field, columnFor(table, field)])
  ) as Record<ReadField, number | null>;
  const dues = dueColumns(table);
  columnOf.due = dues.due;
  const ratingColumns = table.columns.filter((c) => c.field === "rating");
  const mappedColumns = table.columns.filter((c) => c.field && c.field !== "rating");
  const inheritTitle = columnOf.successMeasure !== null;
  const lastHeaderColumn = Math.max(...table.columns.map((c) => c.column));
  const shiftOf = shiftFinder(table);
  let inheritedTitle = "";
  const numberedRefs = mostRefsNumbered(grid, table);
  const sections = table.sections ?? [];
  const sectionRows = new Set(sections.map((s) => s.row));
  const sectionOf = (at: number): string | null => {
    let label: string | null = null;
    for (const section of sections) if (section.row <= at) label = section.label;
    return label;
  };
  // A per-row group column (Priority, Theme, Department); a blank cell carries the group above it down,
  // as people leave it blank under the first row of each group. A "Priority 1" heading names the
  // table's own group, not a column of groups.
  const groupColumn =
    table.columns.find((c) => c.field === "group" && !/^priority\s+\d+$/i.test(c.header.trim()))
      ?.column ?? null;
  let carriedGroup: string | null = null;
  const groupInColumn = (): string | null => {
    if (groupColumn === null) return null;
    const origin = grid.mergedFrom(row, groupColumn - shift);
    const text = readPlainText(
      origin ? grid.value(origin.row, origin.column) : (at(groupColumn)?.value ?? null)
    );
    if (text !== "" && !isFillerText(text)) carriedGroup = groupOf(text).label;
    return carriedGroup;
  };

  // The last row read as an action or as text continuing one: a continuation must follow it directly.
  let lastActionRow = -1;
  // The row being read and how far it is shifted, shared by the readers below.
  let row = 0;
  let shift = 0;
  // Each cell of the row gets one CellRef, shared by the action's fields, its status and the rules.
  // One list for the whole table, each entry stamped with the row it was made for: a new list per
  // row was a hundred thousand lists for the collector on a large plan.
  const rowRefs: CellRef[] = [];
  const refRows: number[] = [];
  // Read a field at its header column, or k columns left of it when the row is shifted (rule 15).
  const at = (column: number | null): CellRef | null => {
    if (column === null || column - shift < grid.firstColumn) return null;
    const index = column - shift - grid.firstColumn;
    if (refRows[index] !== row) {
      rowRefs[index] = grid.ref(row, column - shift);
      refRows[index] = row;
    }
    return rowRefs[index];
  };
  // Template filler ("< Select >") in a cell is nobody's answer: the cell counts as empty.
  const filledAt = (column: number | null): boolean =>
    column !== null &&
    column - shift >= grid.firstColumn &&
    !grid.blank(row, column - shift) &&
    !isFillerValue(grid.value(row, column - shift));
  const has = (field: ActionField): boolean =>
    field === "rating"
      ? ratingColumns.some((c) => filledAt(c.column))
      : field === "due"
        ? filledAt(columnOf.due) || filledAt(dues.revised)
        : filledAt(field in columnOf ? columnOf[field as ReadField] : columnFor(table, field));

  for (row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const filled = grid.filledColumns(row);
    if (filled.length === 0) {
      note("blank-row", row, table.columns[0].column, "");
      continue;
    }
    if (sectionRows.has(row)) {
      note("section-row", row, filled[0], grid.text(row, filled[0]));
      // A blank group cell carries the group above it down, but not across a heading: under the
      // heading, rows belong to its section until a group cell says otherwise.
      carriedGroup = null;
      continue;
    }
    const firstText = grid.text(row, filled[0]);
    // A template's own rows (prompts, "END", "Add rows above", numbered but empty rows) and a totals
    // row are not actions, and nobody's mistake: they are skipped without a word.
    if (isTemplateRow(grid, row, filled, columnOf.title, columnOf.ref)) {
      note("template-row", row, filled[0], firstText);
      continue;
    }
    if (filled.length === 1 && isPageFurniture(firstText)) {
      note("page-text", row, filled[0], firstText);
      continue;
    }
    // A row of dashes is a separator (docs/RULES.md rule 7), not an action.
    if (allDashes(grid, row, filled)) {
      note("blank-row", row, filled[0], firstText);
      continue;
    }
    shift = shiftOf(grid, row);
    if (shift > 0) note("row-shifted", row, filled[0], firstText, shift);
    if (filled[filled.length - 1] > lastHeaderColumn)
      note("extra-cell", row, filled.find((c) => c > lastHeaderColumn) ?? filled[0], "");

    if (!IDENTITY_FIELDS.some(has)) {
      if (filled.length === 1 && SECTION_ROW.test(firstText)) {
        note("section-row", row, filled[0], firstText);
        continue;
      }
      // Text split off an action continues it on the very next row. A titled row under a heading,
      // after a gap or straight under the header continues nothing: it is an action that lacks its
      // Ref, owner, date and status, and validation says so.
      if (row - 1 === lastActionRow || !has("title")) {
        note("continuation-row", row, filled[0], readPlainText(grid.value(row, filled[0])));
        lastActionRow = row;
        continue;
      }
    }

    const titleRef = at(columnOf.title);
    let title = titleRef ? readPlainText(titleRef.value) : "";
    if (title === "" && columnOf.title !== null) {
      const origin = grid.mergedFrom(row, columnOf.title);
      if (origin) title = readPlainText(grid.value(origin.row, origin.column));
      else if (inheritTitle) title = inheritedTitle;
    }
    if (title !== "") inheritedTitle = title;

    const refCell = at(columnOf.ref);
    const ref = refCell && !isBlank(refCell.value) ? readPlainText(refCell.value) : null;
    const ownerCell = at(columnOf.owner);
    const ownerText = ownerCell ? readPlainText(ownerCell.value) : "";
    // The same few people own most actions: read each distinct owner cell once per run.
    const ownerReading = ownerCell ? grid.memo("owners", ownerText, readOwnerCell) : undefined;
    const originalDue = at(columnOf.due);
    const revisedDue = at(dues.revised);
    const revised = revisedDue !== null && filledAt(dues.revised);
    // The revised date, where one is written, is the due date; the original is kept as a revision.
    const dueCell = revised ? revisedDue : originalDue;
    const progressCell = at(columnOf.progress);
    const placeholder = ref !== null && PLACEHOLDER.test(title) && !has("owner") && !has("due");
    // Where the table numbers its actions, a row whose Ref is a word ("Caseloads") is a pasted table, not an action.
    const stray = numberedRefs && ref !== null && !REF_NUMBER.test(ref);

    const ratings: RecordedRating[] = [];
    for (const column of ratingColumns) {
      const cell = at(column.column);
      if (!cell) continue;
      const rating = readRatingCell(
        grid,
        cell,
        column.period ?? column.header,
        context.colourKey,
        context.vocabularies
      );
      if (rating) ratings.push(rating);
    }
    let status: RecordedRating | null = null;
    if (columnOf.status !== null) {
      const cell = at(columnOf.status);
      if (cell)
        status = readRatingCell(grid, cell, "Status", context.colourKey, context.vocabularies);
    }

    const groupRef = table.completed && ref ? ref.split(".")[0] : null;
    const group =
      groupRef !== null && context.groupById.has(groupRef)
        ? (context.groupById.get(groupRef) ?? table.group)
        : (groupInColumn() ?? sectionOf(row) ?? table.group);
    const groupId = grid.memo("key-prefix", group, keyPrefix);
    const order = (context.orderByGroup.get(group) ?? 0) + 1;
    context.orderByGroup.set(group, order);
    const cells: Partial<Record<string, CellRef>> = {};
    for (const mapping of mappedColumns) {
      const field = mapping.field as string;
      if (cells[field] === undefined) {
        const cell = at(mapping.column);
        if (cell) cells[field] = cell;
      }
    }
    if (titleRef) cells.title = titleRef;
    if (dueCell) cells.due = dueCell;

    lastActionRow = row;
    (stray ? strays : actions).push({
      key: ref ?? `${groupId || "A"}.${String(order).padStart(2, "0")}`,
      ref,
      sheet: grid.name,
      row,
      title,
      group,
      owners: ownerReading?.owners ?? [],
      ownerText,
      ownerReading,
      timescale: revised
        ? withRevision(
            readTimescaleCell(grid, revisedDue, context.datePolicy),
            readTimescaleCell(grid, originalDue, context.datePolicy)
          )
        : readTimescaleCell(grid, originalDue, context.datePolicy),
      status,
      ratings,
      progress: progressCell ? readPlainText(progressCell.value) : "",
      completedTable: table.completed,
      placeholder,
      cells,
    });
  }
  return { actions, strays, notes };
};
