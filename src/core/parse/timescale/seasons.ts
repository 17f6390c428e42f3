import type { DatePolicy, IsoDate } from "../../model/timescale";
import { addDays, lastDayOfMonth, toIsoDate } from "./calendar";

export type Season = "spring" | "summer" | "autumn" | "winter";

export const SEASON_PATTERN = "(?:spring|summer|autumn|fall|winter)";

export const seasonOf = (word: string): Season | null => {
  if (word === "fall") return "autumn";
  return word === "spring" || word === "summer" || word === "autumn" || word === "winter"
    ? word
    : null;
};

export interface SeasonSpan {
  start: IsoDate;
  end: IsoDate;
}

/** Easter Sunday (Gregorian; the anonymous "Meeus/Jones/Butcher" algorithm), which divides the spring and summer school terms. */
export const easterSunday = (year: number): IsoDate | null => {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate(year, month, day);
};

const span = (start: IsoDate | null, end: IsoDate | null): SeasonSpan | null =>
  start && end ? { start, end } : null;

// Meteorological seasons (docs/DATES.md default policy): Winter Y runs from 1 Dec Y to the end of February Y+1.
const meteorological = (season: Season, year: number): SeasonSpan | null => {
  switch (season) {
    case "spring":
      return span(toIsoDate(year, 3, 1), lastDayOfMonth(year, 5));
    case "summer":
      return span(toIsoDate(year, 6, 1), lastDayOfMonth(year, 8));
    case "autumn":
      return span(toIsoDate(year, 9, 1), lastDayOfMonth(year, 11));
    case "winter":
      return span(toIsoDate(year, 12, 1), lastDayOfMonth(year + 1, 2));
  }
};

// School terms (docs/DATES.md alternative; `Autumn term`, 003 L123): Autumn Sep–Dec, Spring Jan–Easter,
// Summer Easter–Jul. The Easter weekend is taken as the break: Spring ends on Easter Sunday and Summer
// starts on Easter Monday. Councils' holiday dates differ by a week or two, which is why terms are approximate.
const schoolTerm = (season: Season, year: number): SeasonSpan | null => {
  const easter = easterSunday(year);
  switch (season) {
    case "autumn":
      return span(toIsoDate(year, 9, 1), toIsoDate(year, 12, 31));
    case "spring":
      return span(toIsoDate(year, 1, 1), easter);
    case "summer":
      return span(easter ? addDays(easter, 1) : null, toIsoDate(year, 7, 31));
    case "winter":
      return meteorological("winter", year); // there is no winter term: keep the season
  }
};

/** The dates a season covers: school terms when the cell says `term` or the policy says so, else meteorological. */
export const seasonSpan = (
  season: Season,
  year: number,
  policy: DatePolicy,
  saysTerm: boolean
): SeasonSpan | null =>
  saysTerm || policy.seasons === "school-terms"
    ? schoolTerm(season, year)
    : meteorological(season, year);
