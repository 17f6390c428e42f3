import type { GatewayError, WorkbookGateway } from "../core/gateway";
import { detectPlan } from "../core/parse/detect-plan";
import type { Result } from "../core/result";
import { summarise } from "../core/validate/issue";
import { validatePlan } from "../core/validate/validate-plan";
import type { Analysis } from "./analysis";

/**
 * Read the workbook once, understand it, check it. Shared by the task pane, the ribbon commands and
 * the CLI, so every surface reports exactly the same issues.
 */
export const analyseWorkbook = async (gateway: WorkbookGateway): Promise<Result<Analysis, GatewayError>> => {
  const read = await gateway.read();
  if (!read.ok) return read;
  const snapshot = read.value;
  const model = detectPlan(snapshot);
  const issues = validatePlan(snapshot, model);
  return { ok: true, value: { snapshot, model, issues, summary: summarise(issues) } };
};
