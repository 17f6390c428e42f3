import type { GatewayError, WorkbookGateway } from "../core/gateway";
import type { Mapping } from "../core/mapping/mapping";
import { detectPlan } from "../core/parse/detect-plan";
import { fillRequests, withFills } from "../core/parse/fill-requests";
import type { PlanModel } from "../core/parse/plan-model";
import { workbookKind, type WorkbookKindReading } from "../core/parse/workbook-kind";
import type { Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { summarise } from "../core/validate/issue";
import { validatePlan } from "../core/validate/validate-plan";
import type { Analysis } from "./analysis";
import { notAPlanRefusal, type NotAPlanPolicy } from "./not-a-plan";
import type { OnPhase } from "./phases";
import { detectOptionsOf, settingsFor, type PlanSettings } from "./plan-settings";

export interface ReadPlan {
  snapshot: WorkbookSnapshot;
  model: PlanModel;
  /** The mapping in force and where it came from (settingsFor). */
  settings: PlanSettings;
  /** What kind of workbook it is, and the sentence to say when it holds nothing to rate. */
  kind: WorkbookKindReading;
}

/**
 * Read the workbook and understand it: one read, then — only where statuses are held as colour —
 * one more round trip for just those cells' fills. The mapping in force (the override, else the one
 * stored in the workbook, else none) decides the tables and words; a mapping that cannot be used is
 * a "bad-mapping" error, and nothing is read with half of it.
 */
export const readPlan = async (
  gateway: WorkbookGateway,
  mapping?: Mapping,
  onPhase?: OnPhase
): Promise<Result<ReadPlan, GatewayError>> => {
  onPhase?.({ phase: "reading" });
  const read = await gateway.read();
  if (!read.ok) return read;
  onPhase?.({ phase: "finding" });
  let snapshot = read.value;
  const settings = settingsFor(snapshot, mapping);
  if (!settings.ok) return { ok: false, error: { kind: "bad-mapping", message: settings.error } };
  const detect = detectOptionsOf(settings.value);
  let model = detectPlan(snapshot, detect);
  const requests = fillRequests(snapshot, model);
  if (requests.length > 0 && gateway.readFills) {
    const fills = await gateway.readFills(requests);
    if (!fills.ok) return fills;
    snapshot = withFills(snapshot, fills.value);
    model = detectPlan(snapshot, detect);
  }
  return {
    ok: true,
    value: { snapshot, model, settings: settings.value, kind: workbookKind(snapshot, model) },
  };
};

/**
 * Read, understand, check. Shared by the task pane, the ribbon commands and the CLI, so every
 * surface reports exactly the same issues. A workbook that holds no plan is refused with one
 * sentence rather than checked into a list of errors (unless the caller reads it anyway).
 */
export const analyseWorkbook = async (
  gateway: WorkbookGateway,
  mapping?: Mapping,
  onPhase?: OnPhase,
  notAPlan: NotAPlanPolicy = "refuse"
): Promise<Result<Analysis, GatewayError>> => {
  const plan = await readPlan(gateway, mapping, onPhase);
  if (!plan.ok) return plan;
  const refusal = notAPlanRefusal(plan.value.kind, notAPlan);
  if (refusal) return { ok: false, error: refusal };
  const { snapshot, model, settings, kind } = plan.value;
  onPhase?.({ phase: "checking", actions: model.actions.length });
  const issues = validatePlan(snapshot, model);
  return {
    ok: true,
    value: { snapshot, model, issues, summary: summarise(issues), settings, kind },
  };
};
