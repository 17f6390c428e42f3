import { cellAddress } from "../model/address";
import { cellText, type CellValue } from "../model/cell-value";
import { parseMeasure } from "../parse/parse-measure";
import { parseOwners } from "../parse/parse-owners";
import { parseTimescale } from "../parse/timescale/parse-timescale";
import { formatDate } from "../rag/format-date";
import type { CheckedColumn, CheckedTable, CheckMap } from "./check-map";

/** A cell as read back after someone typed or pasted into it. */
export interface ReadCell {
  sheet: string;
  row: number;
  column: number;
  value: CellValue;
  numberFormat?: string;
}

/** What live checking says of one cell, in the row's terms. */
export interface CellFinding {
  sheet: string;
  row: number;
  address: string;
  /** Whether the cell now reads as the plan needs. */
  ok: boolean;
  /** "Row 18: 'end of Sept' is read as 30 Sep 2025". */
  sentence: string;
}

const quoted = (value: CellValue, numberFormat?: string): string => {
  if (typeof value === "number")
    return numberFormat && /[dmy]/i.test(numberFormat) ? "the date" : String(value);
  return `'${cellText(value).replace(/\s+/g, " ").trim()}'`;
};

const dueFinding = (cell: ReadCell, policy: CheckMap["datePolicy"]): [boolean, string] => {
  const timescale = parseTimescale(cell.value, cell.numberFormat, policy);
  const shown = quoted(cell.value, cell.numberFormat);
  const flags = timescale.flags;
  if (flags.includes("timescale-missing") && cell.value === null)
    return [false, "the timescale is now blank, so the action cannot be rated"];
  if (flags.includes("date-invalid"))
    return [
      false,
      `${shown} is not a real date${timescale.suggestion ? ` (perhaps ${formatDate(timescale.suggestion)})` : ""}`,
    ];
  if (flags.includes("date-no-year")) return [false, `${shown} has no year, so it cannot be rated`];
  if (flags.includes("date-multiple") && timescale.due)
    return [
      false,
      `${shown} holds more than one date; it is read as the last, ${formatDate(timescale.due)}`,
    ];
  if (timescale.kind === "ONGOING")
    return [true, `${shown} is read as ongoing, with no date to rate against`];
  if (timescale.kind === "ONGOING_FROM" && timescale.start)
    return [true, `${shown} is read as ongoing from ${formatDate(timescale.start)}`];
  if (timescale.due === null) return [false, `${shown} is not a date Plan Tracker can read`];
  const approx = timescale.approx ? " (approx.)" : "";
  const ambiguous = flags.includes("date-ambiguous")
    ? ", though it could be read the other way round"
    : "";
  return [true, `${shown} is read as ${formatDate(timescale.due)}${approx}${ambiguous}`];
};

const statusFinding = (cell: ReadCell, column: CheckedColumn): [boolean, string] => {
  const shown = quoted(cell.value);
  if (cell.value === null) return [true, "the status is now blank"];
  if (column.scores) {
    const ok = typeof cell.value === "number" && column.scores.includes(cell.value);
    return ok
      ? [true, `${shown} is a score on the plan's scale`]
      : [false, `${shown} is not a score on the plan's scale (${column.scores.join(", ")})`];
  }
  if (!column.words) return [true, `${shown} recorded as the status`];
  const text = cellText(cell.value).replace(/\s+/g, " ").trim().toLowerCase();
  return column.words.some((word) => word.toLowerCase() === text)
    ? [true, `${shown} is one of the plan's statuses`]
    : [
        false,
        `${shown} is not one of the plan's statuses (${column.words.slice(0, 6).join(", ")}${column.words.length > 6 ? ", …" : ""})`,
      ];
};

const ownerFinding = (cell: ReadCell): [boolean, string] => {
  const reading = parseOwners(cell.value);
  if (reading.flags.includes("owner-missing")) return [false, "the action now has no owner"];
  if (reading.placeholders.length > 0)
    return [
      false,
      `${reading.placeholders.map((name) => `'${name}'`).join(", ")} is not yet a named owner`,
    ];
  return [true, `owned by ${reading.owners.join(", ")}`];
};

const percentFinding = (cell: ReadCell): [boolean, string] => {
  const reading = parseMeasure(cell.value, cell.numberFormat);
  if (reading.kind === "blank") return [true, "% complete is now blank"];
  if (reading.kind !== "number") return [false, `${quoted(cell.value)} is not a percentage`];
  const points = reading.value;
  return points >= 0 && points <= 100
    ? [true, `${points}% complete`]
    : [false, `${points}% is not a percentage from 0 to 100`];
};

const actualFinding = (cell: ReadCell): [boolean, string] => {
  const reading = parseMeasure(cell.value, cell.numberFormat);
  if (reading.kind === "blank") return [true, "the actual is now blank"];
  if (reading.kind === "null-token") return [true, `${quoted(cell.value)} is read as no value`];
  if (reading.kind !== "number")
    return [false, `${quoted(cell.value)} is not a number, so the measure cannot be rated`];
  return [true, `${reading.value}${reading.percent ? "%" : ""} is read as the actual`];
};

const CHECKS: Record<
  CheckedColumn["field"],
  (cell: ReadCell, column: CheckedColumn, map: CheckMap) => [boolean, string]
> = {
  due: (cell, _column, map) => dueFinding(cell, map.datePolicy),
  status: (cell, column) => statusFinding(cell, column),
  owner: (cell) => ownerFinding(cell),
  percentComplete: (cell) => percentFinding(cell),
  actual: (cell) => actualFinding(cell),
};

/** The table and column a cell belongs to, if live checking reads it. */
export const checkedColumnAt = (
  map: CheckMap,
  sheet: string,
  row: number,
  column: number
): { table: CheckedTable; column: CheckedColumn } | null => {
  for (const table of map.tables) {
    if (table.sheet !== sheet || row < table.firstRow || row > table.lastRow) continue;
    const found = table.columns.find((candidate) => candidate.column === column);
    if (found) return { table, column: found };
  }
  return null;
};

/** Re-check cells read back after a change: one finding per cell live checking reads, none for the rest. */
export const checkCells = (map: CheckMap, cells: readonly ReadCell[]): CellFinding[] => {
  const findings: CellFinding[] = [];
  for (const cell of cells) {
    const at = checkedColumnAt(map, cell.sheet, cell.row, cell.column);
    if (!at) continue;
    const [ok, said] = CHECKS[at.column.field](cell, at.column, map);
    findings.push({
      sheet: cell.sheet,
      row: cell.row,
      address: cellAddress(cell.row, cell.column),
      ok,
      sentence: `Row ${cell.row}: ${said}`,
    });
  }
  return findings;
};
