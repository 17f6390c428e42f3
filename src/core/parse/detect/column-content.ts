import { isBlank } from "../../model/cell-value";
import type { PlanField } from "../../model/plan-field";
import { isDateFormat } from "../excel-date";
import { isDateLike, readStatusText } from "./cell-readers";
import { isFillerText } from "./filler";
import { parsePeriodValue } from "./period-label";
import type { SheetGrid } from "./sheet-grid";

/**
 * What a column holds in the rows under its heading. Headings are ambiguous ("Date", "Position",
 * "Rating", "Name"); the cells are not: a column of dates is a due date, a column of "Nov-24" is a
 * reporting period, a column of long sentences is commentary. Detection asks this when a heading
 * could name a field, and a field is refused a column whose cells plainly hold something else.
 */
export interface ColumnContent {
  /** Cells with a value, of those looked at. */
  filled: number;
  dates: number;
  /** Plain numbers (not dates). */
  numbers: number;
  /** Of those, numbers that would be dates of this century if formatted as one (a date typed without a date format). */
  serials: number;
  /** Reporting periods: "Nov-24", "Q1 2024/25", "2023/24". */
  periods: number;
  /** Words a status vocabulary knows, or whole numbers 0–5. */
  statuses: number;
  /** Text longer than a heading or a name: sentences. */
  sentences: number;
  /** Short codes such as "1.14", "B3" or "2.1.4": references, not dates or numbers. */
  codes: number;
  /** Words that stand for no figure yet: "n/a", "TBC", "-", "awaited". */
  missing: number;
  /** Empty cells with a fill (a colour-only status). */
  fills: number;
  /** How urgent or important: "High", "Medium", "Low", "Critical". A level, not a group of the plan. */
  levels: number;
}

// Enough rows to see what a column holds without reading a whole 100,000-row plan.
const SAMPLE_ROWS = 30;
const SENTENCE_LENGTH = 60;
// 1 Jan 2000 and 1 Jan 2060 as Excel serials.
const SERIAL_2000 = 36_526;
const SERIAL_2060 = 58_441;

export const columnContent = (grid: SheetGrid, column: number, firstRow: number): ColumnContent => {
  const content: ColumnContent = {
    filled: 0,
    dates: 0,
    numbers: 0,
    serials: 0,
    codes: 0,
    missing: 0,
    periods: 0,
    statuses: 0,
    sentences: 0,
    fills: 0,
    levels: 0,
  };
  const last = Math.min(grid.lastRow, firstRow + SAMPLE_ROWS - 1);
  let seenData = false;
  for (let row = firstRow; row <= last; row += 1) {
    // A blank row after data ends the sample: beyond it may be another table with other content.
    if (grid.filledColumns(row).length === 0) {
      if (seenData) break;
      continue;
    }
    seenData = true;
    const value = grid.value(row, column);
    if (isBlank(value)) {
      if (grid.fill(row, column)) content.fills += 1;
      continue;
    }
    const text = grid.text(row, column);
    if (isFillerText(text)) continue;
    content.filled += 1;
    const format = grid.numberFormat(row, column);
    if (typeof value === "number") {
      if (isDateFormat(format)) content.dates += 1;
      else {
        content.numbers += 1;
        if (value >= SERIAL_2000 && value <= SERIAL_2060) content.serials += 1;
        if (Number.isInteger(value) && value >= 0 && value <= 5) content.statuses += 1;
      }
      continue;
    }
    if (text.length > SENTENCE_LENGTH) {
      content.sentences += 1;
      continue;
    }
    if (NO_VALUE.test(text)) {
      content.missing += 1;
      continue;
    }
    if (CODE.test(text)) {
      content.codes += 1;
      continue;
    }
    if (LEVEL.test(text)) content.levels += 1;
    if (grid.memo("period-value", text, parsePeriodValue) !== null) content.periods += 1;
    else if (isDateLike(grid, row, column)) content.dates += 1;
    if (/^[-+]?[£$]?\d[\d,]*(\.\d+)?\s*%?$/.test(text)) content.numbers += 1;
    else if (grid.memo("status-known", text, (t) => readStatusText(t, undefined).kind === "level"))
      content.statuses += 1;
  }
  return content;
};

const MIN_EVIDENCE = 3;

// A priority level, as an action log ranks its items; council plans group by "Priority 1" areas instead.
const LEVEL = /^(?:very\s+)?(?:high|medium|med|low|critical|urgent|normal|major|minor)$/i;

const NO_VALUE =
  /^(?:n\/?a|-+|–|—|tbc|tbd|tba|awaited|not available|no data|none|nil|\.{1,3}|x|\*|c|z|\[[a-z]\]|na|n\.a\.)$/i;

// "1.14", "3.2.1", "B6", "A12", "KPI 4": numbering, which the date grammar could misread as 1 Jan 2014.
const CODE = /^(?:[a-z]{1,4}\s?)?\d{1,3}(?:\.\d{1,3})+\.?$|^[a-z]{1,4}\s?\d{1,4}[a-z]?$/i;

const mostly = (part: number, whole: number): boolean => whole > 0 && part * 2 > whole;

/**
 * Whether a field may take a column holding this content. An empty column may take any field its
 * heading names (a new plan not filled in yet); otherwise the cells must not plainly contradict it.
 */
export const contentFits = (field: PlanField, content: ColumnContent): boolean => {
  const { filled } = content;
  // One or two cells are too few to overrule a heading (a row pasted a column to the left, say).
  if (filled < MIN_EVIDENCE) return field !== "period" || filled > 0;
  const words =
    filled - content.numbers - content.dates - content.periods - content.codes - content.missing;
  switch (field) {
    case "due":
      return !mostly(content.numbers - content.serials + content.sentences, filled);
    case "period":
      return mostly(content.periods + content.dates, filled);
    case "status":
    case "rating":
      return (
        !mostly(content.dates + content.periods + content.sentences, filled) &&
        !(mostly(content.numbers, filled) && content.statuses < content.numbers / 2)
      );
    case "title":
    case "name":
      return mostly(words, filled) && !mostly(content.periods, filled);
    case "owner":
      return !mostly(content.numbers + content.dates + content.periods + content.sentences, filled);
    case "group":
      return !mostly(
        content.numbers + content.dates + content.periods + content.sentences + content.levels,
        filled
      );
    case "ref":
      return !mostly(content.sentences + content.dates, filled);
    case "target":
    case "actual":
    case "baseline":
    case "comparator":
    case "percentComplete":
    case "ytd":
      return !mostly(words + content.dates + content.periods, filled);
    default:
      return true;
  }
};
