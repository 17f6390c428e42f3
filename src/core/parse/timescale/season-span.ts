import type { DatePolicy } from "../../model/timescale";
import { problem, spanOf, type SpanReading } from "./date-span";
import { SEASON_PATTERN, seasonOf, seasonSpan } from "./seasons";
import { isPlausibleYear, readYear, YEAR_PATTERN } from "./year";

// `Autumn 2022` (000 L282), `Summer 22`, `Autumn term 2022`, `Winter 2022/23` (winter named by the year it starts in).
const SEASON_YEAR = new RegExp(
  `^(${SEASON_PATTERN})( term)? (${YEAR_PATTERN})(?:[/-](${YEAR_PATTERN}))?( term)?$`
);

/** A season or school term with its year: approximate, as councils never say which day a season ends (docs/RATINGS.md#action-rag step 6). */
export const readSeasonYear = (text: string, policy: DatePolicy): SpanReading => {
  const match = SEASON_YEAR.exec(text);
  if (!match) return null;
  const season = seasonOf(match[1]);
  const written = readYear(match[3]);
  if (!season || !written) return null;
  if (!isPlausibleYear(written.year)) return problem("date-invalid");
  if (match[4] !== undefined) {
    // A split year only makes sense for the season that spans New Year.
    const next = readYear(match[4]);
    if (season !== "winter" || !next || next.year % 100 !== (written.year + 1) % 100) return null;
  }
  const saysTerm = match[2] !== undefined || match[5] !== undefined;
  const dates = seasonSpan(season, written.year, policy, saysTerm);
  return spanOf(
    dates?.start ?? null,
    dates?.end ?? null,
    "season",
    true,
    written.twoDigit ? ["two-digit-year"] : []
  );
};
