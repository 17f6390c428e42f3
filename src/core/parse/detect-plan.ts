import type { Action, CellRef } from "../model/action";
import type { Measure } from "../model/measure";
import { DEFAULT_DATE_POLICY, type DatePolicy } from "../model/timescale";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { readActionTable } from "./detect/read-actions";
import { tableVocabularies } from "./detect/table-vocabularies";
import { markWithdrawn } from "./detect/withdrawn-actions";
import { readColourKey } from "./detect/read-colour-key";
import { readLegends } from "./detect/read-legends";
import { readMeasureTable } from "./detect/read-measures";
import { applyPolarity } from "./apply-polarity";
import { DEFAULT_NULL_TOKENS } from "./parse-measure";
import { readPriorityBoxes, readSummaryTable } from "./detect/read-typed-totals";
import {
  DETECT_TABLES,
  findTables,
  type SheetLayout,
  type TableFinding,
} from "./detect/find-tables";
import type { StatusVocabulary } from "../model/status-vocabulary";
import type { Polarity } from "../model/measure";
import { SheetGrid } from "./detect/sheet-grid";
import { unreadRows } from "./detect/unread-rows";
import { groupOf } from "./detect/group-label";
import { ownedSheetsOf } from "../owned/owned-sheets-of";
import { isPageFurniture } from "../text/page-furniture";
import { chooseLayout, sheetRoles, unmappedHeaders } from "./detect/describe-detection";
import type {
  ColourKeyEntry,
  GroupStatus,
  PlanGroup,
  PlanModel,
  RowNote,
  SheetDetection,
  TypedTotal,
  UnmappedNote,
} from "./plan-model";

export interface DetectOptions {
  datePolicy: DatePolicy;
  /** The council's own status words (from its mapping), read before the presets. */
  vocabularies: readonly StatusVocabulary[];
  /** How tables are found on each sheet; absent = detect by header wording. A mapping names them exactly. */
  findingFor?: (sheet: string) => TableFinding | null;
  /** Polarity per measure name, where the workbook states none (from the mapping). */
  measurePolarity?: ReadonlyMap<string, Polarity>;
  /** The council's own words for "no value" in number cells ("TBC", "awaited"), read beside the defaults (the mapping's missingValues). */
  missingValues?: readonly string[];
}

export const DEFAULT_DETECT_OPTIONS: DetectOptions = {
  datePolicy: DEFAULT_DATE_POLICY,
  vocabularies: [],
};

// Unfilled template text such as "Improvement Board – xx 2022" (docs/RULES.md rule 61).
const TEMPLATE_PLACEHOLDER = /\bxx\b|\[insert[^\]]*\]|<insert[^>]*>/i;

const groupFinder =
  (headings: { row: number; label: string }[]) =>
  (row: number): string => {
    let label = "";
    for (const heading of headings) {
      if (heading.row > row) break;
      label = heading.label;
    }
    return label;
  };

/**
 * Understand a workbook as the council laid it out, with no configuration: find its tables, map
 * their columns, read every action and measure with the cell it came from (docs/LAYOUTS.md).
 */
export const detectPlan = (
  snapshot: WorkbookSnapshot,
  options: DetectOptions = DEFAULT_DETECT_OPTIONS
): PlanModel => {
  // A mapping may leave a sheet out (findingFor returns null): it is then not part of the plan.
  // Plan Tracker's own sheets (ratings register, board report, history, lists, undo) are its output,
  // never part of the plan: reading them back would count every action twice.
  // They are known by their mark (or an older Plan Tracker's content), so a council's own sheet
  // called "Board report" is read like any other.
  const owned = ownedSheetsOf(snapshot.sheets);
  const grids = snapshot.sheets
    .filter((sheet) => !owned.isOwned(sheet.name))
    // A hidden sheet holds a template's lookups and reference data, not the plan people work in;
    // a mapping that names one still reads it.
    .filter(
      (sheet) =>
        sheet.visibility === "visible" || (options.findingFor?.(sheet.name) ?? null) !== null
    )
    .filter((sheet) => !options.findingFor || options.findingFor(sheet.name) !== null)
    .map((sheet) => new SheetGrid(sheet));
  const layouts: SheetLayout[] = grids.map((grid) =>
    findTables(grid, options.findingFor?.(grid.name) ?? DETECT_TABLES)
  );

  const colourKey: ColourKeyEntry[] = [];
  const nullTokens = options.missingValues?.length
    ? [...DEFAULT_NULL_TOKENS, ...options.missingValues]
    : DEFAULT_NULL_TOKENS;
  grids.forEach((grid, index) => {
    for (const table of layouts[index].tables)
      if (table.kind === "rag-key")
        colourKey.push(...readColourKey(grid, table, options.vocabularies));
  });

  const groups: PlanGroup[] = [];
  for (const layout of layouts)
    for (const group of layout.groups)
      if (!groups.some((g) => g.label === group.label)) groups.push(group);
  const groupById = new Map(groups.map((g) => [g.id, g.label]));
  const orderByGroup = new Map<string, number>();

  const actions: Action[] = [];
  const strayRows: Action[] = [];
  const measures: Measure[] = [];
  const rowNotes: RowNote[] = [];
  const groupStatuses: GroupStatus[] = [];
  const typedTotals: TypedTotal[] = [];
  const placeholderTexts: CellRef[] = [];
  const unmapped: UnmappedNote[] = [];
  const sheets: SheetDetection[] = [];

  grids.forEach((grid, index) => {
    const layout = layouts[index];
    for (const table of layout.tables) {
      if (table.kind === "actions") {
        // The workbook's own words for this table (its dropdowns, a scale's key) join the council's.
        const vocabularies = tableVocabularies(grid, table, options.vocabularies);
        const reading = readActionTable(grid, table, {
          datePolicy: options.datePolicy,
          colourKey,
          groupById,
          orderByGroup,
          vocabularies,
        });
        // A loop, not push(...rows): spreading a million-row table's rows as arguments overflows the stack.
        for (let i = 0; i < reading.actions.length; i += 1)
          actions.push(markWithdrawn(reading.actions[i]));
        for (let i = 0; i < reading.strays.length; i += 1) strayRows.push(reading.strays[i]);
        for (let i = 0; i < reading.notes.length; i += 1) rowNotes.push(reading.notes[i]);
      } else if (table.kind === "measures") {
        const reading = readMeasureTable(grid, table, nullTokens);
        for (let i = 0; i < reading.measures.length; i += 1) measures.push(reading.measures[i]);
        for (let i = 0; i < reading.notes.length; i += 1) rowNotes.push(reading.notes[i]);
        for (const section of reading.sections)
          if (!groups.some((g) => g.label === section))
            groups.push({
              label: section,
              id: section,
              title: section,
              lead: null,
              leadCell: null,
              kind: "heading",
              parent: null,
            });
      } else if (table.kind === "rag-summary") {
        typedTotals.push(...readSummaryTable(grid, table));
      }
    }
    typedTotals.push(...readPriorityBoxes(grid, layout.boxes));
    const bodies = layout.tables
      .filter((t) => t.kind === "actions" || t.kind === "measures")
      .map((t) => [t.firstDataRow, t.lastDataRow] as const);
    groupStatuses.push(
      ...readLegends(grid, groupFinder(layout.headings), options.vocabularies, (row) =>
        bodies.some(([first, last]) => first <= row && row <= last)
      )
    );
    const inTable = (row: number) =>
      layout.tables.some((t) => t.headerRows[0] <= row && row <= t.lastDataRow);
    for (let row = grid.firstRow; row <= grid.lastRow; row += 1) {
      const filled = grid.filledColumns(row);
      for (const column of filled) {
        const value = grid.value(row, column);
        if (typeof value === "string" && value.length < 200 && TEMPLATE_PLACEHOLDER.test(value))
          placeholderTexts.push(grid.ref(row, column));
      }
      // Page furniture between a plan's tables ("This page is intentionally left blank", docs/RULES.md rule 17).
      if (
        layout.tables.length > 0 &&
        filled.length === 1 &&
        !inTable(row) &&
        isPageFurniture(grid.text(row, filled[0]))
      )
        rowNotes.push({
          kind: "page-text",
          sheet: grid.name,
          row,
          column: filled[0],
          tableId: "",
          text: grid.text(row, filled[0]),
        });
    }
    unmapped.push(...unmappedHeaders(grid, layout.tables));
    unmapped.push(...unreadRows(grid, layout.tables));
    sheets.push({ name: grid.name, roles: sheetRoles(grid, layout.tables), tables: layout.tables });
    if (
      layout.tables.length === 0 &&
      grid.filledColumns(grid.firstRow).length + grid.lastRow - grid.firstRow > 1 &&
      !sheets[sheets.length - 1].roles.includes("dashboard")
    )
      unmapped.push({
        sheet: grid.name,
        cell: "A1",
        text: "",
        reason: "No table of actions or measures was found on this sheet, so it is not checked.",
      });
  });

  // Groups named on each row (a Priority/Theme/Department column) roll up like section headings.
  // (Labels in a set, and no joined copy of the rows: a plan of 100,000 actions has a handful of groups.)
  const labels = new Set(groups.map((g) => g.label));
  const addGroup = (item: { group: string }): void => {
    if (item.group === "" || labels.has(item.group)) return;
    const group = groupOf(item.group);
    // Both words count as known: "P1" on a row names "Priority 1" once, not once per row, and not
    // again beside a "Priority 1" heading.
    const known = labels.has(group.label);
    labels.add(item.group);
    labels.add(group.label);
    if (!known) groups.push(group);
  };
  actions.forEach(addGroup);
  measures.forEach(addGroup);

  measures.forEach((measure, index) => {
    measure.key = `M${String(index + 1).padStart(2, "0")}`;
  });
  // The workbook's own wording wins; the mapping fills in where it says nothing; else a suggestion.
  applyPolarity(measures, options.measurePolarity);

  const model: PlanModel = {
    layout: "generic",
    sheets,
    actions,
    strayRows,
    measures,
    groups,
    unmapped,
    rowNotes,
    groupStatuses,
    colourKey,
    typedTotals,
    placeholderTexts,
  };
  model.layout = chooseLayout(model);
  return model;
};
