import { Field, ProgressBar, Spinner } from "@fluentui/react-components";
import { REPORT_SHEET } from "../../../core/rag/write/owned-sheets";
import type { Progress } from "./use-report-run";

/**
 * What is happening while the report is made: a spinner while the workbook is read, checked and
 * rated, then a bar fed by the gateway as the sheet is written in chunks (DESIGN §4.2: progress in the pane).
 */
export const ReportBusy = ({ progress }: { progress: Progress | null }) => {
  if (progress === null || progress.total <= 0)
    return <Spinner size="small" labelPosition="after" label="Reading the workbook and building the board report…" />;
  const done = Math.min(progress.done, progress.total);
  return (
    <Field label={`Writing the sheet '${REPORT_SHEET}'`} hint={`${done} of ${progress.total} steps`}>
      <ProgressBar value={done / progress.total} />
    </Field>
  );
};
