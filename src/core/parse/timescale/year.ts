/** A year as written: four digits, or two (`22`, `'22`) read as 20yy (docs/DATES.md default policy). */
export interface WrittenYear {
  year: number;
  twoDigit: boolean;
}

export const YEAR_PATTERN = "(?:'?\\d{2}|\\d{4})";

export const readYear = (text: string): WrittenYear | null => {
  const match = /^'?(\d{2}|\d{4})$/.exec(text);
  if (!match) return null;
  const digits = match[1];
  return digits.length === 2
    ? { year: 2000 + Number(digits), twoDigit: true }
    : { year: Number(digits), twoDigit: false };
};

/** A plausible plan year: Excel's calendar starts in 1900 and no plan runs past 2199. */
export const isPlausibleYear = (year: number): boolean => year >= 1900 && year <= 2199;
