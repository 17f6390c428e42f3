import type { CellRef } from "../../model/action";
import { type CellValue, isBlank } from "../../model/cell-value";
import type { Comparator, MeasuredValue, Measure, MeasurePeriod } from "../../model/measure";
import type { MeasureField } from "../../model/plan-field";
import { DEFAULT_NULL_TOKENS, parseMeasure } from "../parse-measure";
import { parsePolarity } from "../parse-polarity";
import type { DetectedTable, RowNote } from "../plan-model";
import { readPlainText, readRatingCell } from "./cell-readers";
import { columnFor } from "./columns";
import { parsePeriodHeading, periodStart } from "./period-label";
import { isFillerText } from "./filler";
import { groupOf } from "./group-label";
import type { SheetGrid } from "./sheet-grid";

export interface MeasureTableReading {
  measures: Measure[];
  notes: RowNote[];
  /** Section headings inside the table (scorecard "Contact Activity"), as groups. */
  sections: string[];
}

interface PeriodColumns {
  label: string;
  target: number | null;
  actual: number | null;
}

const startOf = (label: string): string | null => {
  const parsed = parsePeriodHeading(label);
  return parsed ? periodStart(parsed) : null;
};

// Thurrock's empty indicator rows carry only a YTD of 0 (docs/RULES.md rule 7).
const isZeroOrBlank = (value: CellValue): boolean => isBlank(value) || value === 0 || value === "0";

const PLACEHOLDER_NAME = /\((tbc|to be confirmed|in development|data provided[^)]*)\)/i;

const periodColumns = (table: DetectedTable): PeriodColumns[] => {
  const byLabel = new Map<string, PeriodColumns>();
  for (const column of table.columns) {
    if (column.field !== "period" || !column.period) continue;
    const entry = byLabel.get(column.period) ?? {
      label: column.period,
      target: null,
      actual: null,
    };
    if (column.measure === "target") entry.target = column.column;
    else entry.actual = column.column;
    byLabel.set(column.period, entry);
  }
  return [...byLabel.values()];
};

/** The column holding measure names: the "Measure"/"Indicator" heading, else the blank-headed column left of the periods. */
const nameColumn = (grid: SheetGrid, table: DetectedTable): number => {
  const named = columnFor(table, "name") ?? columnFor(table, "ref");
  if (named !== null) return named;
  const firstMapped = Math.min(...table.columns.map((c) => c.column));
  for (let column = grid.firstColumn; column < firstMapped; column += 1)
    for (
      let row = table.firstDataRow;
      row <= Math.min(table.lastDataRow, table.firstDataRow + 20);
      row += 1
    )
      if (typeof grid.value(row, column) === "string" && !grid.blank(row, column)) return column;
  return Math.max(grid.firstColumn, firstMapped - 1);
};

const measured = (
  grid: SheetGrid,
  cell: CellRef,
  unreadable: CellRef[],
  nullTokens: readonly string[]
): MeasuredValue | null => {
  const reading = parseMeasure(cell.value, grid.numberFormat(cell.row, cell.column), {
    nullTokens,
  });
  if (reading.kind === "number")
    return { value: reading.value, percent: reading.percent, cell, periodNote: reading.periodNote };
  if (reading.kind === "text" || reading.kind === "range") unreadable.push(cell);
  return null;
};

/** Read every measure row of one measure table: name, polarity, per-period target and actual, comparators. */
/** `nullTokens`: the words read as "no value" in number cells (the defaults plus the mapping's missingValues). */
export const readMeasureTable = (
  grid: SheetGrid,
  table: DetectedTable,
  nullTokens: readonly string[] = DEFAULT_NULL_TOKENS
): MeasureTableReading => {
  const measures: Measure[] = [];
  const notes: RowNote[] = [];
  const sections: string[] = [];
  const note = (kind: RowNote["kind"], row: number, column: number, text: string) =>
    notes.push({ kind, sheet: grid.name, row, column, tableId: table.id, text });
  const col = (field: MeasureField | "status" | "ref") => columnFor(table, field);
  const names = nameColumn(grid, table);
  const periods = periodColumns(table);
  // A Target and an Actual column of their own (one row per measure), and in a long table a column
  // saying which period each row reports (one row per measure and period).
  const targetColumn = col("target");
  const actualColumn = col("actual");
  const rowPeriodColumn =
    table.columns.find((c) => c.field === "period" && !c.period)?.column ?? null;
  // One Target column beside figures by period and no Actual column ("Target 25/26 | Q1 | Q2 | Q3"):
  // the target stands for every period, and each period's figure is compared with it, as a person
  // reads the row. Periods with targets of their own keep them.
  const standing =
    targetColumn !== null &&
    actualColumn === null &&
    rowPeriodColumn === null &&
    periods.length > 0 &&
    periods.every((period) => period.target === null);
  if (standing) for (const period of periods) period.target = targetColumn;
  const statusColumn = col("status");
  // In a long table the rows of one measure share its name, group, reference and unit.
  const identityColumns = [names, col("group"), col("ref"), col("unit")].filter(
    (c): c is number => c !== null
  );
  const byIdentity = new Map<string, Measure>();
  const polarityColumn = col("polarity");
  const comparatorColumns = table.columns.filter((c) => c.field === "comparator");
  const groupColumn = col("group");
  const trailing = new Set([col("ytd"), col("direction")].filter((c): c is number => c !== null));
  // A polarity column that is filled for measures lets a name-only row be read as a section heading.
  let polarityInUse = false;
  if (polarityColumn !== null)
    for (let row = table.firstDataRow; row <= table.lastDataRow && !polarityInUse; row += 1)
      polarityInUse = !grid.blank(row, polarityColumn);
  let section: string | null = null;
  const sectionLabels = new Map((table.sections ?? []).map((s) => [s.row, s.label]));

  for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
    const filled = grid.filledColumns(row);
    const sectionLabel = sectionLabels.get(row);
    if (sectionLabel !== undefined) {
      section = sectionLabel;
      sections.push(sectionLabel);
      note("section-row", row, filled[0] ?? names, sectionLabel);
      continue;
    }
    if (
      filled.length === 0 ||
      filled.every((c) => trailing.has(c) && isZeroOrBlank(grid.value(row, c)))
    ) {
      note("blank-row", row, filled[0] ?? names, "");
      continue;
    }
    const name = readPlainText(grid.value(row, names));
    if (
      filled.length === 1 &&
      /^this page is intentionally left blank$|^page \d+$/i.test(grid.text(row, filled[0]))
    ) {
      note("page-text", row, filled[0], grid.text(row, filled[0]));
      continue;
    }
    if (filled.length === 1 && filled[0] === names && polarityInUse) {
      section = name;
      sections.push(name);
      note("section-row", row, names, name);
      continue;
    }
    if (name === "") {
      note("continuation-row", row, filled[0], grid.text(row, filled[0]));
      continue;
    }
    const cells: Partial<Record<string, CellRef>> = { name: grid.ref(row, names) };
    for (let c = 0; c < table.columns.length; c += 1) {
      const mapping = table.columns[c];
      if (
        mapping.field &&
        mapping.field !== "period" &&
        mapping.field !== "comparator" &&
        cells[mapping.field] === undefined
      )
        cells[mapping.field] = grid.ref(row, mapping.column);
    }

    const rowPeriod =
      rowPeriodColumn !== null ? readPlainText(grid.value(row, rowPeriodColumn)) : "";
    const ownPeriods =
      !standing && (targetColumn !== null || actualColumn !== null)
        ? [{ label: rowPeriod || "Current", target: targetColumn, actual: actualColumn }]
        : [];
    const measurePeriods: MeasurePeriod[] = [...periods, ...ownPeriods].map((period) => {
      const unreadable: CellRef[] = [];
      const targetCell = period.target !== null ? grid.ref(row, period.target) : null;
      const actualCell = period.actual !== null ? grid.ref(row, period.actual) : null;
      return {
        label: period.label,
        // Every row of the table shares its period headings: each is read once per detection.
        start: grid.memo("period-start", period.label, startOf),
        target: targetCell ? measured(grid, targetCell, unreadable, nullTokens) : null,
        actual: actualCell ? measured(grid, actualCell, unreadable, nullTokens) : null,
        targetCell,
        actualCell,
        unreadable,
      };
    });
    const comparators: Comparator[] = comparatorColumns.map((column) => {
      const cell = grid.ref(row, column.column);
      const unreadable: CellRef[] = [];
      const value = measured(grid, cell, unreadable, nullTokens);
      return {
        label: column.header,
        value,
        text: readPlainText(cell.value),
        cell,
        unreadable: unreadable.length > 0,
      };
    });
    const polarityText =
      polarityColumn !== null ? readPlainText(grid.value(row, polarityColumn)) : "";
    const groupText = groupColumn !== null ? readPlainText(grid.value(row, groupColumn)) : "";
    const group =
      groupText !== "" && !isFillerText(groupText)
        ? groupOf(groupText).label
        : (section ?? table.group);
    const notesColumn = col("notes");

    if (rowPeriodColumn !== null) {
      const identity = identityColumns.map((c) => grid.text(row, c)).join("\u0001");
      const earlier = byIdentity.get(identity);
      if (earlier) {
        earlier.periods.push(...measurePeriods);
        earlier.periods.sort((a, b) => (a.start ?? "").localeCompare(b.start ?? ""));
        continue;
      }
    }
    const statusCell =
      statusColumn !== null && !grid.blank(row, statusColumn) ? grid.ref(row, statusColumn) : null;
    const measure: Measure = {
      key: "",
      sheet: grid.name,
      row,
      name,
      group,
      polarity: parsePolarity(polarityText),
      polarityText,
      basis: col("basis") !== null ? readPlainText(grid.value(row, col("basis") ?? 0)) : "",
      periods: measurePeriods,
      comparators,
      placeholder: PLACEHOLDER_NAME.test(name),
      notes:
        notesColumn !== null && !isBlank(grid.value(row, notesColumn))
          ? readPlainText(grid.value(row, notesColumn))
          : "",
      cells,
      ...(statusCell ? { recorded: readRatingCell(grid, statusCell, "Status", []) } : {}),
    };
    measures.push(measure);
    if (rowPeriodColumn !== null)
      byIdentity.set(identityColumns.map((c) => grid.text(row, c)).join("\u0001"), measure);
  }
  return { measures, notes, sections };
};
