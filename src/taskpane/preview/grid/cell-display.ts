import { cellText } from "../../../core/model/cell-value";
import type { CellValue } from "../../../core/model/cell-value";

/**
 * How the grid shows a cell: roughly what Excel shows. Dates arrive as serial numbers with a number
 * format (docs/TOOLCHAIN.md#exceljs), so they are turned back into dates here for reading; the core never sees this.
 */

/** 25569 is 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;
const MS_PER_DAY = 86_400_000;

/** The format's own tokens, without colours ([Red]), locales ([$-809]) or quoted/escaped literals. */
const formatTokens = (format: string): string =>
  format
    .replace(/\[[^\]]*\]/g, "")
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .toLowerCase();

const isDateFormat = (tokens: string): boolean =>
  /[dy]/.test(tokens) || (/m/.test(tokens) && !/[hs]/.test(tokens));
const hasTime = (tokens: string): boolean => /[hs]/.test(tokens);

const two = (n: number): string => String(n).padStart(2, "0");

const MINUTES_PER_DAY = 24 * 60;

/** To the nearest minute first, so 23:59:59.9 rolls over to the next day as Excel shows it. */
const toMinute = (serial: number): number => Math.round(serial * MINUTES_PER_DAY) / MINUTES_PER_DAY;

/** The time of day in a serial's fraction, "hh:mm". */
export const serialTimeText = (serial: number): string => {
  const rounded = toMinute(serial);
  const minutes = Math.round((rounded - Math.floor(rounded)) * MINUTES_PER_DAY);
  return `${two(Math.floor(minutes / 60))}:${two(minutes % 60)}`;
};

/** Excel serial → "dd/mm/yyyy" (UK order, as the councils write dates), with "hh:mm" when the format has a time. */
export const serialDateText = (serial: number, withTime: boolean): string => {
  const rounded = withTime ? toMinute(serial) : serial;
  const time = withTime ? ` ${serialTimeText(rounded)}` : "";
  // Serial 0 is the not-a-date "00/01/1900" (docs/RULES.md rule 35); serials before 61 skip Excel's
  // fictitious 29/02/1900, so they sit one day later against the Unix epoch.
  if (rounded < 1) return `00/01/1900${time}`;
  const offset = rounded < 61 ? UNIX_EPOCH_SERIAL - 1 : UNIX_EPOCH_SERIAL;
  const date = new Date(Math.floor(rounded - offset) * MS_PER_DAY);
  return `${two(date.getUTCDate())}/${two(date.getUTCMonth() + 1)}/${date.getUTCFullYear()}${time}`;
};

export const displayText = (value: CellValue, numberFormat: string | undefined): string => {
  if (typeof value !== "number") return cellText(value);
  const tokens = numberFormat === undefined ? "" : formatTokens(numberFormat);
  if (tokens.includes("%")) return `${Number((value * 100).toPrecision(10))}%`;
  if (tokens !== "" && !/general/.test(tokens)) {
    if (isDateFormat(tokens)) return serialDateText(value, hasTime(tokens));
    if (hasTime(tokens)) return serialTimeText(value);
  }
  // General shows up to 11 significant digits; float noise such as 0.30000000000000004 is not data.
  return String(Number(value.toPrecision(11)));
};

const HEX_COLOUR = /^#[0-9a-f]{6}$/i;

/** sRGB relative luminance (WCAG 2.x). */
const luminance = (hex: string): number => {
  const channel = (offset: number) => {
    const c = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
};

export interface CellColours {
  backgroundColor: string;
  color: string;
}

/**
 * The cell's fill with whichever of black or white text reads better on it (WCAG 1.4.3), or null for
 * an unfilled cell or a colour that is not plain #RRGGBB (never passed into styles unchecked).
 */
export const fillColours = (fill: string | undefined): CellColours | null => {
  if (fill === undefined || !HEX_COLOUR.test(fill)) return null;
  const l = luminance(fill);
  const onBlack = (l + 0.05) / 0.05;
  const onWhite = 1.05 / (l + 0.05);
  return { backgroundColor: fill, color: onBlack >= onWhite ? "#000000" : "#ffffff" };
};
