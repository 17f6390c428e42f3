import type { ApplyReport, GatewayError, WorkbookGateway } from "../core/gateway";
import type { IsoDate } from "../core/model/timescale";
import { LEVEL_PRESETS } from "../core/rag/level-presets";
import { ratePlan } from "../core/rag/rate-plan";
import { DEFAULT_RAG_POLICY, type RagPolicy } from "../core/rag/rag-policy";
import { buildReportModel } from "../core/report/build-report-model";
import type { ReportModel } from "../core/report/report-model";
import { reportWritePlan } from "../core/report/report-write-plan";
import { err, ok, type Result } from "../core/result";
import { validatePlan } from "../core/validate/validate-plan";
import { readPlan } from "./analyse-workbook";

export interface ReportRequest {
  asOf: IsoDate;
  /** "Improvement Board – 28 July 2022"; default the as-of month. */
  period?: string;
  chartMetrics?: string[];
  /** When it is made, as people read it; supplied by the edge (the core never reads the clock). */
  generatedAt: string;
  policy?: RagPolicy;
}

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const defaultPeriod = (asOf: IsoDate): string => `${MONTHS[Number(asOf.slice(5, 7)) - 1]} ${asOf.slice(0, 4)}`;

/**
 * Generate the board report into the workbook (issue #4): read afresh, validate, rate, build the
 * report, apply its WritePlan. The same numbers as the RAG refresh, the same way every time.
 */
export const generateReport = async (
  gateway: WorkbookGateway,
  request: ReportRequest,
  onProgress?: (done: number, total: number) => void,
): Promise<Result<{ report: ReportModel; applied: ApplyReport }, GatewayError>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { snapshot, model } = plan.value;
  const policy = request.policy ?? DEFAULT_RAG_POLICY;
  const rag = ratePlan(model, { asOf: request.asOf, policy });
  const report = buildReportModel(snapshot, model, rag, validatePlan(snapshot, model), {
    asOf: request.asOf,
    period: request.period ?? defaultPeriod(request.asOf),
    generatedAt: request.generatedAt,
    policy,
    chartMetrics: request.chartMetrics,
  });
  const keyed = new Map(model.colourKey.filter((k) => k.fill).map((k) => [k.level, k.fill ?? undefined]));
  const writePlan = reportWritePlan(snapshot, report, { levels: LEVEL_PRESETS[model.layout], colourOf: (level) => keyed.get(level) });
  const applied = await gateway.apply(writePlan, onProgress);
  if (!applied.ok) return err(applied.error);
  return ok({ report, applied: applied.value });
};
