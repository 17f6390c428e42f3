import { REPORT_SHEET } from "../../../core/rag/write/owned-sheets";
import { RunBusy } from "../../progress/RunBusy";
import type { RunProgress } from "../../progress/run-progress";

/**
 * What is happening while the report is made: the phase in words while the workbook is read, checked
 * and rated, then a bar fed by the gateway as the sheet is written in chunks (docs/EXCEL.md#reading-and-writing).
 */
export const ReportBusy = ({ progress }: { progress: RunProgress | null }) => (
  <RunBusy
    progress={progress}
    starting="Reading the workbook and building the board report…"
    writingLabel={`Writing the sheet '${REPORT_SHEET}'`}
  />
);
