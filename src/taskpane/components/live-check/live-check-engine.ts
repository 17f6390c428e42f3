import { liveCheckMap, startLiveCheck, type LiveReport } from "../../../app/live-check";
import type { ChangeWatch, WorkbookGateway } from "../../../core/gateway";
import { err, type Result } from "../../../core/result";

/**
 * Start live checking over the gateway the pane holds (change events only reach the pane's own
 * thread): one read for what to check, then the listener. A sentence when it cannot start.
 */
export const startPaneLiveCheck = async (gateway: WorkbookGateway, onReport: (report: LiveReport) => void, onError: (message: string) => void): Promise<Result<ChangeWatch, string>> => {
  const map = await liveCheckMap(gateway);
  if (!map.ok) return err(map.error.message);
  const started = await startLiveCheck(gateway, map.value, onReport, { onError });
  return started.ok ? started : err(started.error.message);
};
