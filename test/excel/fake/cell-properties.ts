import { FakeOfficeError } from "./errors";
import {
  BORDER_STYLES,
  BORDER_WEIGHTS,
  HORIZONTAL_ALIGNMENTS,
  isColour,
  oneOf,
  VERTICAL_ALIGNMENTS,
} from "./range-format";
import type { StoredCellFormat } from "./store";

/**
 * setCellProperties input for one cell (ExcelApi 1.9), as far as the fake models it: format.fill.color,
 * format.font.color/bold/italic, format.wrapText, horizontal and vertical alignment, and the four
 * outer borders' style and weight. Anything else is a fake limitation and throws NotImplemented, so
 * a test never passes on a property the fake silently ignored.
 */
export interface AcceptedCellProperties {
  fill?: string;
  format?: StoredCellFormat;
}

const where = "Range.setCellProperties";
const invalid = (message: string) => new FakeOfficeError("InvalidArgument", message, where);
const notModelled = (what: string) =>
  new FakeOfficeError(
    "NotImplemented",
    `The fake does not model ${what} in setCellProperties.`,
    where
  );

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

const only = (record: Record<string, unknown>, allowed: string[], path: string): void => {
  const extra = Object.keys(record).find((key) => !allowed.includes(key));
  if (extra !== undefined) throw notModelled(`${path}.${extra}`);
};

const bool = (value: unknown, path: string): boolean => {
  if (typeof value !== "boolean") throw invalid(`${path} must be true or false.`);
  return value;
};

const SIDES = ["top", "bottom", "left", "right"] as const;

export const acceptCellProperties = (cell: unknown): AcceptedCellProperties | undefined => {
  if (!isRecord(cell)) throw invalid("Each cell's properties must be an object.");
  only(cell, ["format"], "cell");
  if (cell.format === undefined) return undefined;
  if (!isRecord(cell.format)) throw invalid("format must be an object.");
  const input = cell.format;
  only(
    input,
    ["fill", "font", "wrapText", "horizontalAlignment", "verticalAlignment", "borders"],
    "format"
  );
  const accepted: AcceptedCellProperties = {};
  const format: StoredCellFormat = {};
  if (input.fill !== undefined) {
    if (!isRecord(input.fill)) throw invalid("format.fill must be an object.");
    only(input.fill, ["color"], "format.fill");
    if (!isColour(input.fill.color))
      throw invalid(`"${String(input.fill.color)}" is not a colour.`);
    accepted.fill = input.fill.color;
  }
  if (input.font !== undefined) {
    if (!isRecord(input.font)) throw invalid("format.font must be an object.");
    only(input.font, ["color", "bold", "italic"], "format.font");
    if (input.font.color !== undefined) {
      if (!isColour(input.font.color))
        throw invalid(`"${String(input.font.color)}" is not a colour.`);
      format.fontColour = input.font.color.toUpperCase();
    }
    if (input.font.bold !== undefined) format.bold = bool(input.font.bold, "format.font.bold");
    if (input.font.italic !== undefined)
      format.italic = bool(input.font.italic, "format.font.italic");
  }
  if (input.wrapText !== undefined) format.wrap = bool(input.wrapText, "format.wrapText");
  if (input.horizontalAlignment !== undefined)
    format.horizontal = oneOf(HORIZONTAL_ALIGNMENTS, input.horizontalAlignment, where);
  if (input.verticalAlignment !== undefined)
    format.vertical = oneOf(VERTICAL_ALIGNMENTS, input.verticalAlignment, where);
  if (input.borders !== undefined) {
    if (!isRecord(input.borders)) throw invalid("format.borders must be an object.");
    only(input.borders, [...SIDES], "format.borders");
    const borders: NonNullable<StoredCellFormat["borders"]> = {};
    for (const side of SIDES) {
      const border = input.borders[side];
      if (border === undefined) continue;
      if (!isRecord(border)) throw invalid(`format.borders.${side} must be an object.`);
      only(border, ["style", "weight"], `format.borders.${side}`);
      borders[side] = {
        ...(border.style !== undefined ? { style: oneOf(BORDER_STYLES, border.style, where) } : {}),
        ...(border.weight !== undefined
          ? { weight: oneOf(BORDER_WEIGHTS, border.weight, where) }
          : {}),
      };
    }
    format.borders = borders;
  }
  if (Object.keys(format).length > 0) accepted.format = format;
  return Object.keys(accepted).length > 0 ? accepted : undefined;
};
