import type { GatewayError, WorkbookGateway } from "../core/gateway";
import { detectPlan } from "../core/parse/detect-plan";
import { fillRequests, withFills } from "../core/parse/fill-requests";
import type { PlanModel } from "../core/parse/plan-model";
import type { Result } from "../core/result";
import type { WorkbookSnapshot } from "../core/snapshot/workbook-snapshot";
import { summarise } from "../core/validate/issue";
import { validatePlan } from "../core/validate/validate-plan";
import type { Analysis } from "./analysis";

/**
 * Read the workbook and understand it: one read, then — only where statuses are held as colour —
 * one more round trip for just those cells' fills.
 */
export const readPlan = async (gateway: WorkbookGateway): Promise<Result<{ snapshot: WorkbookSnapshot; model: PlanModel }, GatewayError>> => {
  const read = await gateway.read();
  if (!read.ok) return read;
  let snapshot = read.value;
  let model = detectPlan(snapshot);
  const requests = fillRequests(snapshot, model);
  if (requests.length > 0 && gateway.readFills) {
    const fills = await gateway.readFills(requests);
    if (!fills.ok) return fills;
    snapshot = withFills(snapshot, fills.value);
    model = detectPlan(snapshot);
  }
  return { ok: true, value: { snapshot, model } };
};

/**
 * Read, understand, check. Shared by the task pane, the ribbon commands and the CLI, so every
 * surface reports exactly the same issues.
 */
export const analyseWorkbook = async (gateway: WorkbookGateway): Promise<Result<Analysis, GatewayError>> => {
  const plan = await readPlan(gateway);
  if (!plan.ok) return plan;
  const { snapshot, model } = plan.value;
  const issues = validatePlan(snapshot, model);
  return { ok: true, value: { snapshot, model, issues, summary: summarise(issues) } };
};
