import { parseCellAddress, parseRangeAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { err, ok, type Result } from "../result";
import type { CfRule } from "../write-plan/write-plan";
import type { KeptCell } from "./kept-cell";
import { MIXED_VALIDATION, toKeptValidation, type ValidationBefore } from "./kept-validation";
import { joinLongText } from "./long-text-rows";
import { checkOf, legacyCheckOf } from "./undo-check";
import type { AddedRule, ReplacedValidation, UndoRecord } from "./undo-record";
import { editedByHandSentence } from "./undo-sentences";
import { decodeValueDetail } from "./value-detail";
import {
  AUTOMATIC_COLOUR,
  CHECK,
  ENTRY_CELL,
  ENTRY_DROPDOWN,
  ENTRY_REMOVED_RULE,
  ENTRY_RULE,
  ENTRY_WROTE,
  FORMAT_VERSION,
  HEADER,
  HEADER_ROW,
  NO_FILL,
  READABLE_VERSIONS,
  RUN_LABEL,
  TAKEN_AT,
  TITLE,
} from "./undo-sheet-layout";

/** The undo sheet's cells from A1, whatever used range the host read ("values[0][0] is at row, column"). */
export interface UndoSheetCells {
  firstRow: number;
  firstColumn: number;
  values: readonly (readonly CellValue[])[];
}

const COLOUR = /^#[0-9A-F]{6}$/i;
const width = HEADER.length;

/** What is wrong with an entry, told apart from a parsed value (which may itself be text). */
interface Problem {
  problem: string;
}
type Parsed<T> = T | Problem;
const problem = (text: string): Problem => ({ problem: text });
const isProblem = <T>(parsed: Parsed<T>): parsed is Problem =>
  typeof parsed === "object" &&
  parsed !== null &&
  "problem" in parsed &&
  Object.keys(parsed).length === 1;

const optionalText = (value: CellValue): string | null | undefined =>
  value === null ? null : typeof value === "string" ? value : undefined;

const colourOf = (value: CellValue, none: string): Parsed<string | null | undefined> => {
  if (value === null) return undefined;
  if (value === none) return null;
  return typeof value === "string" && COLOUR.test(value)
    ? value.toUpperCase()
    : problem(`a colour that is not #RRGGBB or "${none}"`);
};

const jsonOf = (value: CellValue): Parsed<{ json: unknown }> => {
  if (typeof value !== "string") return problem("no detail");
  try {
    const json: unknown = JSON.parse(value);
    return { json };
  } catch {
    return problem("detail that is not JSON");
  }
};

const cellEntry = (cells: readonly CellValue[], version: number): Parsed<KeptCell> => {
  const [, sheet, where, was, formula, numberFormat, fill, font, bold, written, style] = cells;
  const position = typeof where === "string" ? parseCellAddress(where) : null;
  if (typeof sheet !== "string" || position === null)
    return problem("a cell entry without a sheet and cell");
  const formulaText = optionalText(formula);
  if (formulaText === undefined || (formulaText !== null && !formulaText.startsWith("=")))
    return problem("a formula that does not start with =");
  if (typeof numberFormat !== "string") return problem("a cell entry without a number format");
  const fillColour = colourOf(fill, NO_FILL);
  if (isProblem(fillColour)) return fillColour;
  const fontColour = colourOf(font, AUTOMATIC_COLOUR);
  if (isProblem(fontColour)) return fontColour;
  if (bold !== null && typeof bold !== "boolean")
    return problem("a Bold entry that is not TRUE or FALSE");
  const detailText = optionalText(style);
  if (detailText === undefined) return problem("a cell detail that is not text");
  // Before format 4 the Detail held the .xlsx style alone.
  const detail =
    detailText === null
      ? {}
      : version >= 4
        ? decodeValueDetail(detailText, was)
        : { style: detailText };
  if ("problem" in detail) return problem(detail.problem);
  const cell: KeptCell = {
    sheet,
    row: position.row,
    column: position.column,
    value: was,
    formula: formulaText,
    numberFormat,
    written,
    ...detail,
  };
  if (fillColour !== undefined) cell.fill = fillColour;
  if (fontColour !== undefined) cell.fontColour = fontColour;
  if (bold !== null) cell.bold = bold;
  return cell;
};

const toCfRule = (value: unknown): CfRule | null => {
  if (typeof value !== "object" || value === null) return null;
  const kind: unknown = Reflect.get(value, "kind");
  const formula: unknown = Reflect.get(value, "formula");
  const fill: unknown = Reflect.get(value, "fill");
  const fontColour: unknown = Reflect.get(value, "fontColour");
  const priority: unknown = Reflect.get(value, "priority");
  if (kind !== "formula" || typeof formula !== "string" || typeof fill !== "string") return null;
  if (fontColour !== undefined && typeof fontColour !== "string") return null;
  if (priority !== undefined && typeof priority !== "number") return null;
  return {
    kind,
    formula,
    fill,
    ...(fontColour !== undefined ? { fontColour } : {}),
    ...(priority !== undefined ? { priority } : {}),
  };
};

/** "E9:E120" or "C5,E5,G5": one or more areas, each a cell or a rectangle. */
const isRangeList = (where: string): boolean =>
  where.split(",").every((area) => parseRangeAddress(area.trim().replace(/\$/g, "")) !== null);

const rangeEntry = (
  cells: readonly CellValue[]
): Parsed<{ sheet: string; range: string; detail: unknown }> => {
  const [, sheet, where, , , , , , , , detail] = cells;
  if (typeof sheet !== "string" || typeof where !== "string")
    return problem("an entry without a sheet and range");
  if (!isRangeList(where)) return problem(`"${where}", which is not a range`);
  const parsed = jsonOf(detail);
  return isProblem(parsed) ? parsed : { sheet, range: where, detail: parsed.json };
};

const validationBefore = (detail: unknown): ValidationBefore | undefined => {
  if (detail === null) return null;
  if (detail === MIXED_VALIDATION) return MIXED_VALIDATION;
  return toKeptValidation(detail) ?? undefined;
};

const isBlankRow = (cells: readonly CellValue[]): boolean =>
  cells.every((cell) => cell === null || cell === "");

/**
 * Read the record back from the undo sheet's cells. An empty sheet (or none) means there is nothing
 * to undo: ok(null). A sheet someone has changed by hand is refused with one sentence saying where,
 * never half-read: putting back cells from an altered record could overwrite the council's data.
 */
export const decodeUndoRecord = (sheet: UndoSheetCells): Result<UndoRecord | null, string> => {
  // Cells as rows from A1, the layout's own coordinates.
  const at = (row: number, column: number): CellValue =>
    sheet.values[row - sheet.firstRow]?.[column - sheet.firstColumn] ?? null;
  const rowAt = (row: number): CellValue[] =>
    Array.from({ length: width }, (_, c) => at(row, c + 1));
  const lastRow = sheet.firstRow + sheet.values.length - 1;
  let anything = false;
  for (let r = 1; r <= lastRow && !anything; r += 1) anything = !isBlankRow(rowAt(r));
  if (!anything) return ok(null);
  const refuse = (where: string) => err(editedByHandSentence(where));

  if (at(1, 1) !== TITLE) return refuse(`A1 no longer reads "${TITLE}"`);
  const version = at(1, 2);
  if (typeof version !== "number" || !READABLE_VERSIONS.includes(version)) {
    return typeof at(1, 2) === "number" && Number(at(1, 2)) > FORMAT_VERSION
      ? err(
          `The undo record in this workbook was written by a newer version of Plan Tracker; update Plan Tracker to undo that run.`
        )
      : refuse("B1 no longer holds the record's format number");
  }
  const label = at(2, 2);
  const takenAt = at(3, 2);
  const check = at(4, 2);
  if (at(2, 1) !== RUN_LABEL || typeof label !== "string" || label.trim() === "")
    return refuse("the run's name in B2 is missing");
  if (at(3, 1) !== TAKEN_AT || typeof takenAt !== "string")
    return refuse("the time in B3 is missing");
  if (at(4, 1) !== CHECK || typeof check !== "string")
    return refuse("the check value in B4 is missing");
  if (rowAt(HEADER_ROW).some((cell, c) => cell !== HEADER[c]))
    return refuse(`the headings in row ${HEADER_ROW} have changed`);

  const rows: CellValue[][] = [];
  for (let r = HEADER_ROW + 1; r <= lastRow; r += 1) rows.push(rowAt(r));
  // Trailing blank rows are the host's used range, not entries.
  while (rows.length > 0 && isBlankRow(rows[rows.length - 1])) rows.pop();
  const joined =
    version >= 3 ? joinLongText(rows) : { entries: rows.map((cells, row) => ({ row, cells })) };
  if ("badRow" in joined) return refuse(`row ${HEADER_ROW + 1 + joined.badRow} continues no entry`);

  const record: UndoRecord = {
    label,
    takenAt,
    cells: [],
    rules: [],
    removedRules: [],
    validations: [],
  };
  for (const { row, cells: entry } of joined.entries) {
    const where = `row ${HEADER_ROW + 1 + row}`;
    if (entry[0] === ENTRY_CELL) {
      const cell = cellEntry(entry, version);
      if (isProblem(cell)) return refuse(`${where} has ${cell.problem}`);
      record.cells.push(cell);
      continue;
    }
    if (entry[0] === ENTRY_WROTE && version >= 3) {
      const [, sheetName, range] = entry;
      if (typeof sheetName !== "string" || typeof range !== "string" || !isRangeList(range))
        return refuse(`${where} has a written range Plan Tracker cannot read`);
      (record.written ??= []).push({ sheet: sheetName, range });
      continue;
    }
    const isRule = entry[0] === ENTRY_RULE || (entry[0] === ENTRY_REMOVED_RULE && version >= 2);
    if (!isRule && entry[0] !== ENTRY_DROPDOWN)
      return refuse(`${where} is not an entry Plan Tracker wrote`);
    const range = rangeEntry(entry);
    if (isProblem(range)) return refuse(`${where} has ${range.problem}`);
    if (isRule) {
      const rule = toCfRule(range.detail);
      if (rule === null) return refuse(`${where} has a highlighting rule Plan Tracker cannot read`);
      const entryRule: AddedRule = { sheet: range.sheet, range: range.range, rule };
      (entry[0] === ENTRY_RULE ? record.rules : record.removedRules).push(entryRule);
    } else {
      const before = validationBefore(range.detail);
      if (before === undefined)
        return refuse(`${where} has a dropdown rule Plan Tracker cannot read`);
      const replaced: ReplacedValidation = { sheet: range.sheet, range: range.range, before };
      record.validations.push(replaced);
    }
  }
  // Last, over the rows as written, so a record that reads well but was altered is still caught.
  if (
    (version >= 3 ? checkOf(label, takenAt, rows) : legacyCheckOf(label, takenAt, rows)) !== check
  )
    return refuse(`its entries no longer match the check value in B4`);
  return ok(record);
};

/**
 * The run an undo sheet names, from its first rows only (A1:B3), for enabling "Undo last run"
 * cheaply; the full record is read and checked only when the person asks to undo.
 */
export const peekUndoRecord = (
  sheet: UndoSheetCells
): { label: string; takenAt: string } | null => {
  const at = (row: number, column: number): CellValue =>
    sheet.values[row - sheet.firstRow]?.[column - sheet.firstColumn] ?? null;
  const label = at(2, 2);
  const takenAt = at(3, 2);
  if (at(1, 1) !== TITLE || typeof label !== "string" || typeof takenAt !== "string") return null;
  return { label, takenAt };
};
