/**
 * Column headings that name a reporting period: "Dec 21", "March 22", "April", "Jun21", "Actual Jun22",
 * "Q1 22/23", "RAG 01/18", "RAG initial" (docs/LAYOUTS.md). Workbooks show the year only on the first month
 * and on January, so a run of labels gets its years by rolling forward (docs/LAYOUTS.md#gloucestershire variants).
 */
const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

export interface PeriodLabel {
  /** The label as people write it, tidied ("Apr 22"). */
  label: string;
  month: number | null;
  /** Four-digit year when written or inferred, else null (Thurrock's "Jul"…"Dec"). */
  year: number | null;
  /** Financial-year quarter (1–4) for "Q1 22/23". */
  quarter?: number;
  /** "target" / "actual" when the heading says so ("Actual Jun22"). */
  measure?: "target" | "actual";
}

const fullYear = (digits: string): number =>
  digits.length === 2 ? 2000 + Number(digits) : Number(digits);

/** A month heading, optionally with a year: "March 22", "Mar22", "Jan 2023", "Sept". */
export const parseMonthHeading = (text: string): PeriodLabel | null => {
  const match = /^([a-z]{3,9})\.?(?:\s*'?|\s*[-/]\s*)(\d{2}|\d{4})?$/i.exec(text.trim());
  if (!match) return null;
  const month = MONTHS[match[1].toLowerCase()];
  if (!month) return null;
  return { label: text.trim(), month, year: match[2] ? fullYear(match[2]) : null };
};

/**
 * "Q1 22/23", "Q4 21-22", "Quarter 1 2022/23": the financial year's quarter. A scorecard that shows
 * one year often heads its columns "Q1"…"Q4" alone (the year is in its title or its "Target 25/26"
 * column): those are quarters too, of a year not written, like a month heading without its year.
 */
export const parseQuarterHeading = (text: string): PeriodLabel | null => {
  const trimmed = text.trim();
  const alone = /^(?:q|quarter\s*)([1-4])$/i.exec(trimmed);
  if (alone) return { label: `Q${alone[1]}`, month: null, year: null, quarter: Number(alone[1]) };
  const match = /^(?:q|quarter\s*)([1-4])\s+(\d{2}|\d{4})\s*[/-]\s*(\d{2}|\d{4})$/i.exec(trimmed);
  if (!match) return null;
  return { label: trimmed, month: null, year: fullYear(match[2]), quarter: Number(match[1]) };
};

/** Any period heading, including "Actual Jun22" / "Target Jun22" on a scorecard. */
export const parsePeriodHeading = (text: string): PeriodLabel | null => {
  const measured = /^(actual|target)\s+(.+)$/i.exec(text.trim());
  if (measured) {
    const inner = parseMonthHeading(measured[2]) ?? parseQuarterHeading(measured[2]);
    if (!inner) return null;
    return {
      ...inner,
      label: measured[2].trim(),
      measure: measured[1].toLowerCase() === "actual" ? "actual" : "target",
    };
  }
  return parseMonthHeading(text) ?? parseQuarterHeading(text);
};

/** Thurrock's rating history columns: "RAG initial", "RAG Initial", "RAG 01/18". */
export const parseRatingPeriodHeading = (text: string): { label: string; order: number } | null => {
  // One label per period whatever the spelling ("RAG initial" / "RAG Initial"), so the periods of
  // every priority's table line up; the heading as written is kept on the column.
  const trimmed = text.trim().replace(/\s+/g, " ");
  if (/^rag\s+initial$/i.test(trimmed)) return { label: "RAG initial", order: 0 };
  const match = /^rag\s+(\d{1,2})\/(\d{2}|\d{4})$/i.exec(trimmed);
  if (!match) return null;
  const month = Number(match[1]);
  if (month < 1 || month > 12) return null;
  return {
    label: `RAG ${String(month).padStart(2, "0")}/${match[2].slice(-2)}`,
    order: fullYear(match[2]) * 12 + month,
  };
};

/**
 * Fill in missing years along a row of month headings: a label without a year takes the previous
 * one's year, moving to the next year when the month number falls (Dec → Jan).
 */
export const rollYearsForward = (labels: PeriodLabel[]): PeriodLabel[] => {
  let year: number | null = null;
  let lastMonth = 0;
  return labels.map((label) => {
    if (label.month === null) return label;
    if (label.year !== null) year = label.year;
    else if (year !== null && label.month < lastMonth) year += 1;
    lastMonth = label.month;
    return { ...label, year: label.year ?? year };
  });
};

const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

/** A stable label for a period: "Apr 22", "Jul", "Q1 22/23". */
export const periodDisplay = (label: PeriodLabel): string => {
  if (label.quarter) return label.label;
  if (label.month === null) return label.label;
  const month = SHORT_MONTHS[label.month - 1];
  return label.year === null ? month : `${month} ${String(label.year).slice(-2)}`;
};

/** First day of the period, "YYYY-MM-01", when it is known. */
export const periodStart = (label: PeriodLabel): string | null =>
  label.month !== null && label.year !== null
    ? `${label.year}-${String(label.month).padStart(2, "0")}-01`
    : null;

/**
 * A reporting period written in a cell of a long-format table (one row per measure and period):
 * a month ("Nov-24"), a quarter ("Q1 22/23"), a financial or calendar year ("2024/25", "2023-24",
 * "2019"). Null for anything else.
 */
export const parsePeriodValue = (text: string): PeriodLabel | null => {
  const trimmed = text.trim();
  const heading = parsePeriodHeading(trimmed);
  if (heading) return heading;
  const financial = /^(?:fy\s*)?((?:19|20)\d{2})\s*[/-]\s*(\d{2}|(?:19|20)\d{2})$/i.exec(trimmed);
  if (financial) return { label: trimmed, month: null, year: Number(financial[1]) };
  const quarter = /^q([1-4])$/i.exec(trimmed);
  if (quarter)
    return { label: trimmed.toUpperCase(), month: null, year: null, quarter: Number(quarter[1]) };
  const year = /^(?:19|20)\d{2}$/.exec(trimmed);
  if (year) return { label: trimmed, month: null, year: Number(trimmed) };
  return null;
};
