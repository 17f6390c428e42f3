import type { GatewayError, UndoReport, WorkbookGateway } from "../core/gateway";
import type { Mapping } from "../core/mapping/mapping";
import type { IsoDate } from "../core/model/timescale";
import { err, type Result } from "../core/result";
import { readPlan } from "./analyse-workbook";
import { undoScope } from "./undo-scope";

const NO_UNDO: GatewayError = {
  kind: "host-error",
  message: "This host cannot undo Plan Tracker's runs.",
};

/**
 * Undo last run, held to where Plan Tracker writes in this plan (docs/HISTORY.md#issue-12-5): read the plan with
 * its mapping (or `mapping`, the command line's --schema), work out the cells, highlighting and
 * dropdowns a refresh lays there, and let the gateway put back only what the record names inside
 * them. `asOf` is today, for the rating that decides nothing here but has to be done.
 */
export const undoLastRun = async (
  gateway: WorkbookGateway,
  options: { asOf: IsoDate; mapping?: Mapping },
  onProgress?: (done: number, total: number) => void
): Promise<Result<UndoReport, GatewayError>> => {
  if (!gateway.undoLastRun) return err(NO_UNDO);
  const read = await readPlan(gateway, options.mapping);
  if (!read.ok) return read;
  return gateway.undoLastRun(onProgress, undoScope(read.value, options.asOf));
};
