import { liveCheckMap as mapOf } from "../../app/live-check";
import type { WorkbookGateway } from "../../core/gateway";
import type { CheckMap } from "../../core/live-check/check-map";
import { err, type Result } from "../../core/result";

/**
 * What live checking needs of the plan, read and worked out in the engine (one fresh read): plain
 * data the pane keeps while it listens. The listening itself stays in the pane's own thread, where
 * Excel's change events arrive (app/live-check.ts).
 */
export const liveCheckMap = async (gateway: WorkbookGateway): Promise<Result<CheckMap, string>> => {
  const map = await mapOf(gateway);
  return map.ok ? map : err(map.error.message);
};
