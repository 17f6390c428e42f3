import type { DatePolicy, IsoDate } from "../../model/timescale";
import { firstDayOfMonth, isValidDate, lastDayOfMonth, toIsoDate } from "./calendar";
import { problem, spanOf, type SpanReading } from "./date-span";
import { isPlausibleYear, readYear } from "./year";

/** One day-month-year date written with digits: `30/04/23`, `31/5/23`, `30.09.2022`, `30-09-2022`. */
export const NUMERIC_DATE_PATTERN = "\\d{1,2}[/.-]\\d{1,2}[/.-](?:\\d{4}|\\d{2})";

const dayDate = (iso: IsoDate | null, ambiguous: boolean): SpanReading =>
  spanOf(iso, iso, "day", false, ambiguous ? ["date-ambiguous"] : []);

/**
 * Read `a/b/y` with the policy's day order (d/m/y in the UK). Both parts ≤ 12 and different is
 * ambiguous (`01/06/23`, 003 L136). A date impossible in that order is date-invalid, with the
 * other order offered as a suggestion (`01/16/2018` → 2018-01-16, 004 L248), never applied.
 */
const readDayMonthYear = (
  a: number,
  b: number,
  yearText: string,
  policy: DatePolicy
): SpanReading => {
  const written = readYear(yearText);
  if (!written || !isPlausibleYear(written.year)) return problem("date-invalid");
  const [day, month] = policy.dayOrder === "dmy" ? [a, b] : [b, a];
  if (isValidDate(written.year, month, day))
    return dayDate(toIsoDate(written.year, month, day), a <= 12 && b <= 12 && a !== b);
  const swapped = toIsoDate(written.year, day, month);
  return swapped ? problem("date-invalid", swapped) : problem("date-invalid");
};

/**
 * Dates written with digits: ISO `2023-04-30` (a gateway's own output; a time part is ignored),
 * `d/m/y`, month and year `04/2023` or `4/18` (Thurrock writes `4/18:` for April 2018), and a day
 * and month with no year (`22/05`, 002 L45), which is date-no-year.
 */
export const readNumericDate = (text: string, policy: DatePolicy): SpanReading => {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:t[\d:.]+z?)?$/.exec(text);
  if (iso) {
    const date = toIsoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
    return date ? dayDate(date, false) : problem("date-invalid");
  }
  const full = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (full) return readDayMonthYear(Number(full[1]), Number(full[2]), full[3], policy);
  const monthYear = /^(\d{1,2})[/.-](\d{4}|\d{2})$/.exec(text);
  if (monthYear) {
    const month = Number(monthYear[1]);
    const second = Number(monthYear[2]);
    // A second part over 12 (or four digits) cannot be a month, so the pair is month/year.
    if (month >= 1 && month <= 12 && (monthYear[2].length === 4 || second > 12)) {
      const year = monthYear[2].length === 4 ? second : 2000 + second;
      return spanOf(firstDayOfMonth(year, month), lastDayOfMonth(year, month), "month", false);
    }
    const [day, mon] =
      policy.dayOrder === "dmy" ? [Number(monthYear[1]), second] : [second, Number(monthYear[1])];
    if (monthYear[2].length === 2 && mon >= 1 && mon <= 12 && day >= 1 && day <= 31)
      return problem("date-no-year");
    return problem("date-invalid");
  }
  return null;
};
