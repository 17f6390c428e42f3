import type { ApplyReport, GatewayError, WorkbookGateway } from "../core/gateway";
import type { IsoDate } from "../core/model/timescale";
import { checkReportMeasures } from "../core/mapping/check-mapping-against";
import type { Mapping } from "../core/mapping/mapping";
import { ratePlan } from "../core/rag/rate-plan";
import type { RagPolicy } from "../core/rag/rag-policy";
import { buildReportModel } from "../core/report/build-report-model";
import type { ReportModel } from "../core/report/report-model";
import { reportWritePlan } from "../core/report/report-write-plan";
import { committeeVersion } from "../core/report/committee-version";
import { keepEarlierReport } from "../core/report/kept-reports";
import { ownedSheetsOf } from "../core/owned/owned-sheets-of";
import { planSubset, subsetLabel } from "../core/report/report-subset";
import { keyColours } from "../core/rag/write/key-colours";
import { err, ok, type Result } from "../core/result";
import { validatePlan } from "../core/validate/validate-plan";
import { readPlan } from "./analyse-workbook";
import { notAPlanRefusal } from "./not-a-plan";
import type { OnPhase } from "./phases";
import { levelsOf, measureSettingsOf, policyOf, toleranceOf } from "./plan-settings";

export interface ReportRequest {
  asOf: IsoDate;
  /** "Improvement Board – 28 July 2022"; default the mapping's report period, else the as-of month. */
  period?: string;
  /** Measures to chart; default the mapping's, else the first few off target. */
  chartMeasures?: string[];
  /** When it is made, as people read it; supplied by the edge (the core never reads the clock). */
  generatedAt: string;
  /** Overrides the mapping's policy (and the defaults) when given. */
  policy?: RagPolicy;
  /** A mapping to use instead of the workbook's stored one (`--schema`). */
  mapping?: Mapping;
  /** "committee": officers' names replaced by their team or role (docs/REPORT.md#versions). */
  audience?: "board" | "committee";
  /** Only the actions and measures whose ref, title, name or group holds these words. */
  only?: string;
  /** Rebuild over an earlier period's report rather than keep it as a sheet named for its period. */
  replaceEarlier?: boolean;
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export const defaultPeriod = (asOf: IsoDate): string =>
  `${MONTHS[Number(asOf.slice(5, 7)) - 1]} ${asOf.slice(0, 4)}`;

/**
 * Generate the board report into the workbook (docs/HISTORY.md#issue-4): read afresh, validate, rate, build the
 * report, apply its WritePlan. The same numbers as the RAG refresh, the same way every time.
 */
export const generateReport = async (
  gateway: WorkbookGateway,
  request: ReportRequest,
  onProgress?: (done: number, total: number) => void,
  onPhase?: OnPhase
): Promise<
  Result<{ report: ReportModel; applied: ApplyReport; kept: string | null }, GatewayError>
> => {
  const plan = await readPlan(gateway, request.mapping, onPhase);
  if (!plan.ok) return plan;
  // A board report of zeros would tell the board something false: refuse before anything is written.
  const refusal = notAPlanRefusal(plan.value.kind);
  if (refusal) return err(refusal);
  const { snapshot, settings } = plan.value;
  const whole = plan.value.model;
  const model =
    request.only !== undefined && request.only.trim() !== ""
      ? planSubset(whole, request.only)
      : whole;
  if (model.actions.length === 0 && model.measures.length === 0)
    return err({
      kind: "not-a-plan",
      message: `No action or measure has "${request.only ?? ""}" in its ref, title, name or group, so there is nothing to report; nothing was written.`,
    });
  // A chart measure the workbook does not have would be left out without a word.
  if (settings.mapping && request.chartMeasures === undefined) {
    const charted = checkReportMeasures(settings.mapping, model);
    if (!charted.ok) return err({ kind: "bad-mapping", message: charted.error });
  }
  const policy = policyOf(settings, request.policy);
  const given = settings.options?.report;
  onPhase?.({ phase: "rating", actions: model.actions.length, measures: model.measures.length });
  const rag = ratePlan(model, {
    asOf: request.asOf,
    policy,
    measureSettings: measureSettingsOf(settings),
  });
  onPhase?.({ phase: "checking", actions: model.actions.length });
  const issues = validatePlan(snapshot, model);
  onPhase?.({ phase: "reporting" });
  const levels = levelsOf(settings, model);
  const report = buildReportModel(snapshot, model, rag, issues, {
    levels,
    asOf: request.asOf,
    period: request.period ?? given?.period ?? defaultPeriod(request.asOf),
    generatedAt: request.generatedAt,
    policy,
    toleranceOf: toleranceOf(settings, policy),
    chartMeasures: request.chartMeasures ?? given?.chartMeasures,
    ...(given?.title ? { title: given.title } : {}),
  });
  const subset =
    request.only !== undefined && model !== whole
      ? { ...report, subset: subsetLabel(request.only) }
      : report;
  // Names are taken from the whole plan, so an officer named only outside the subset is still replaced.
  const shown = request.audience === "committee" ? committeeVersion(subset, whole) : subset;
  const writePlan = reportWritePlan(snapshot, shown, {
    levels,
    colourOf: keyColours(model),
    replaceEarlier: request.replaceEarlier === true,
  });
  const kept =
    request.replaceEarlier === true
      ? null
      : keepEarlierReport(snapshot, ownedSheetsOf(snapshot.sheets).of("report").name, shown.period)
          .kept;
  const applied = await gateway.apply(writePlan, onProgress);
  if (!applied.ok) return err(applied.error);
  return ok({ report: shown, applied: applied.value, kept });
};
