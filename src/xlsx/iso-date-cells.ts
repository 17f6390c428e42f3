import { xmlText, xmlUnescape } from "./charts/xml-text";
import { isoToSerial } from "../core/parse/excel-date";
import { ANY_PREFIX, CELL_ELEMENT, FORMULA_ELEMENT } from "./package/xml-elements";
import { DATE_1904_OFFSET_DAYS } from "./read-cell-value";

/**
 * A worksheet part's XML with every date cell stored as ISO 8601 text (`<c t="d"><v>2023-05-31</v>`,
 * ECMA-376 Part 1 §18.18.11, as some writers save dates) given as the serial number Excel turns it
 * into when it opens the file, in the workbook's date system. exceljs reads such a value with
 * parseFloat, so 31 May 2023 became the number 2023. The cell keeps its style: with a date format it
 * reads as a date, as in Excel. A value that is not an ISO date is kept as the text it is, never a
 * number. Returns null when the part has no such cell, so an ordinary sheet is handed over untouched.
 */
// Which cells are date cells is asked of each cell's attributes (CELL_ELEMENT).
const DATE_TYPE = /\st\s*=\s*["']d["']/;
const VALUE = new RegExp(`<(${ANY_PREFIX})v>([\\s\\S]*?)</\\1v>`);
/** A quick test before any copy is made: most sheets have no date cell. */
export const HAS_DATE_CELL = new RegExp(`<${ANY_PREFIX}c\\s[^>]*\\bt\\s*=\\s*["']d["']`);

/** A date, with a time of day to the second or finer, and a zone Excel would ignore. */
const ISO =
  /^\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}(?:\.\d+)?))?)?(?:Z|[+-]\d{2}:?\d{2})?\s*$/;

const SECONDS_PER_DAY = 86_400;

/**
 * The serial Excel gives an ISO date and time, read as the wall-clock time it names (Excel keeps no
 * time zone), in the workbook's date system; null when the text is not one. The day is counted by
 * the core's one serial converter (excel-date.ts), 1900's leap day that never was included.
 */
export const isoDateSerial = (text: string, date1904: boolean): number | null => {
  const match = ISO.exec(text);
  if (match === null) return null;
  const day = isoToSerial(match[1]);
  const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((part) => Number(part ?? 0));
  if (day === null || hours > 23 || minutes > 59 || seconds >= 60) return null;
  const serial = day + (hours * 3600 + minutes * 60 + seconds) / SECONDS_PER_DAY;
  const inSystem = date1904 ? serial - DATE_1904_OFFSET_DAYS : serial;
  return inSystem < 0 ? null : Number(inSystem.toPrecision(15));
};

export const withSerialDates = (xml: string, date1904: boolean): string | null => {
  let changed = false;
  const fixed = xml.replace(
    CELL_ELEMENT,
    (cell: string, prefix: string, attributes: string, inner: string | undefined) => {
      if (!DATE_TYPE.test(attributes)) return cell;
      changed = true;
      const others = attributes.replace(DATE_TYPE, "");
      const value = inner === undefined ? null : VALUE.exec(inner);
      // An empty date cell: no value to turn, only the type exceljs would misread.
      if (inner === undefined || value === null)
        return inner === undefined
          ? `<${prefix}c${others}/>`
          : `<${prefix}c${others}>${inner}</${prefix}c>`;
      const raw = xmlUnescape(value[2]);
      const serial = isoDateSerial(raw, date1904);
      if (serial !== null)
        return `<${prefix}c${others}>${inner.replace(VALUE, `<$1v>${serial}</$1v>`)}</${prefix}c>`;
      // Not a date: the text it is, as a formula's text result or as text typed in the cell.
      if (FORMULA_ELEMENT.test(inner)) return `<${prefix}c${others} t="str">${inner}</${prefix}c>`;
      return `<${prefix}c${others} t="inlineStr"><${prefix}is><${prefix}t>${xmlText(raw)}</${prefix}t></${prefix}is></${prefix}c>`;
    }
  );
  return changed ? fixed : null;
};
