import { generateReport } from "../../app/generate-report";
import { rateWorkbook, type Rated } from "../../app/rate-workbook";
import type { ApplyReport, GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Measure } from "../../core/model/measure";
import type { IsoDate } from "../../core/model/timescale";
import type { LevelSet } from "../../core/rag/level-presets";
import type { ReportModel } from "../../core/report/report-model";
import { err, ok, type Result } from "../../core/result";
import { writing, type OnRunProgress } from "../progress/run-progress";
import {
  MAX_CHART_MEASURES,
  MIN_CHART_POINTS,
  REPORT_DEFAULT_CHARTS,
} from "../components/report/chart-limits";
import { rememberReads } from "./remembered-reads";

/**
 * What the Report view asks of the workbook, in one module fetched on first use (as the RAG view's
 * rating code is): every operation reads the workbook afresh, because a co-author may have changed
 * the plan since the last read (docs/EXCEL.md#coauthoring). The report itself is src/app/generate-report.ts; this
 * module only adds what the pane needs around it. It runs in the engine's worker (src/taskpane/worker),
 * so it answers plain data.
 */

export interface ReportRequest {
  asOf: IsoDate;
  /** The reporting period the report is headed with ("Improvement Board – 28 July 2022"). */
  period: string;
  /** Measures to chart by name; absent for the report's own default. */
  chartMeasures?: string[];
  /** When it is made, on the person's clock ("25 Nov 2026 09:14"). */
  generatedAt: string;
  /** "committee": officers named by their team or role (docs/REPORT.md#versions). */
  audience?: "board" | "committee";
  /** Only the actions and measures whose ref, title, name or group holds these words. */
  only?: string;
}

export interface ReportRun {
  report: ReportModel;
  applied: ApplyReport;
  /** The plan's own level words, glyphs and colours, as the sheet shows them. */
  levels: LevelSet;
  /** The sheet the earlier period's report was kept as, when this run kept one. */
  kept: string | null;
}

export interface MeasureChoices {
  /** Measures with values in at least two periods, in plan order, each name once. */
  chartable: string[];
  /** What the report charts when nobody chooses: the mapping's choice, else the first few off target. */
  preselected: string[];
  /** Where that default comes from, so the pane can say why these are ticked. */
  preselectedFrom: "mapping" | "off-target";
}

const chartable = (measure: Measure): boolean =>
  measure.periods.filter((p) => p.actual !== null || p.target !== null).length >= MIN_CHART_POINTS;

/** A stored mapping can name the measures to chart (docs/HISTORY.md#issue-5); read structurally, as rag-engine.ts reads tolerances. */
type WithStoredCharts = Rated & {
  settings?: { options?: { report?: { chartMeasures?: string[] } } | null };
};
const storedChartMeasures = (rated: WithStoredCharts): string[] | undefined =>
  rated.settings?.options?.report?.chartMeasures;

/** The measures a lead can chart, and the ones the report would chart as of this date anyway. */
export const listMeasures = async (
  gateway: WorkbookGateway,
  asOf: IsoDate,
  onProgress?: OnRunProgress
): Promise<Result<MeasureChoices, GatewayError>> => {
  const rated = await rateWorkbook(gateway, { asOf }, onProgress);
  if (!rated.ok) return rated;
  const names = [
    ...new Set(rated.value.model.measures.filter(chartable).map((measure) => measure.name)),
  ];
  // As build-report-model.ts does: the first few red or amber measures, then only those it can chart.
  const offTarget = rated.value.result.measures
    .filter(
      ({ rating }) =>
        rating.state === "rated" && (rating.level === "red" || rating.level === "amber")
    )
    .map(({ measure }) => measure.name)
    .slice(0, REPORT_DEFAULT_CHARTS);
  const stored = storedChartMeasures(rated.value);
  const preselected = [...new Set(stored ?? offTarget)]
    .filter((name) => names.includes(name))
    .slice(0, MAX_CHART_MEASURES);
  return ok({
    chartable: names,
    preselected,
    preselectedFrom: stored === undefined ? "off-target" : "mapping",
  });
};

const SUMMARY_UNAVAILABLE =
  "The board report was written, but Plan Tracker could not summarise it here; open the sheet 'Board report' to read it.";

/**
 * Generate the board report into the workbook (adds or rebuilds the sheet 'Board report'), then
 * work out the plan's level words from the same read, for the summary in the pane.
 */
export const generate = async (
  gateway: WorkbookGateway,
  request: ReportRequest,
  onProgress?: OnRunProgress
): Promise<Result<ReportRun, GatewayError>> => {
  const reads = rememberReads(gateway);
  const made = await generateReport(reads.gateway, request, writing(onProgress), onProgress);
  if (!made.ok) return made;
  const replay = reads.replay();
  const rated = replay === null ? null : await rateWorkbook(replay, { asOf: request.asOf });
  if (rated === null || !rated.ok) return err({ kind: "host-error", message: SUMMARY_UNAVAILABLE });
  return ok({ ...made.value, levels: rated.value.levels });
};
