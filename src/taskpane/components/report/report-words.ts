import { defaultPeriod } from "../../../app/generate-report";
import type { IsoDate } from "../../../core/model/timescale";
import type { Share } from "../../../core/report/report-model";
import type { IssueSummary } from "../../../core/validate/issue";
import { plural } from "../rag/rag-words";

/**
 * The words the Report view puts around the report's numbers, worded as the sheet words them
 * (src/core/report/report-write-plan.ts), so the pane and the board pack never disagree.
 */

/** What the board is usually called in the seeds' reporting periods ("Improvement Board – July 2022", docs/REPORT.md#hand-made). */
export const BOARD_NAME = "Improvement Board";

/** "Improvement Board – October 2022": the board and the month of the as-of date, as GCC's dashboards head theirs. */
export const defaultReportPeriod = (asOf: IsoDate): string =>
  `${BOARD_NAME} – ${defaultPeriod(asOf)}`;

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const two = (n: number): string => String(n).padStart(2, "0");

/**
 * "25 Nov 2026 09:14": when the report was made, on the person's own clock, as a board member reads
 * it in the header and footer. The core never reads the clock (docs/EXCEL.md#conventions); the pane does, here.
 */
export const generatedAtText = (now: Date): string =>
  `${now.getDate()} ${MONTHS[now.getMonth()]} ${now.getFullYear()} ${two(now.getHours())}:${two(now.getMinutes())}`;

/**
 * "5 of 17 (29.4%) in Jun 22": one decimal, as the committee pack prints "29.4%" (docs/HISTORY.md#issue-4-1). The
 * core has already rounded it half away from zero, so toFixed only pads "30" to "30.0".
 */
export const shareText = (share: Share, period: string | null): string =>
  `${share.count} of ${share.of} (${(share.percent ?? 0).toFixed(1)}%)${period === null ? "" : ` in ${period}`}`;

/**
 * The headline for measures. Where none could be rated (BCP's KPIs have actuals but no targets), it
 * says so and why, rather than "0 of 0 (0.0%)", which reads as if every measure failed.
 */
export const measuresLine = (share: Share, period: string | null): string =>
  share.of === 0 || share.percent === null
    ? "Measures at or better than target, or within tolerance: none could be rated, because no measure has a target, an actual and a polarity for the same period."
    : `Measures at or better than target, or within tolerance: ${shareText(share, period)}.`;

/** "The same in the previous period: 4 of 16 (25.0%) in May 22." */
export const previousMeasuresLine = (share: Share, period: string | null): string =>
  `The same in the previous period: ${shareText(share, period)}.`;

/** "Data quality: 2 errors, 1 warning and 3 notes were found …": how far the board can trust the numbers. */
export const dataQualityLine = ({ error, warning, info }: IssueSummary): string => {
  if (error + warning + info === 0) return "Data quality: no problems were found in the workbook.";
  const found = `${plural(error, "error", "errors")}, ${plural(warning, "warning", "warnings")} and ${plural(info, "note", "notes")} were found in the workbook`;
  return error > 0
    ? `Data quality: ${found}; items with errors are not rated.`
    : `Data quality: ${found}.`;
};
