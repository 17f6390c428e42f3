import { Field, ProgressBar, Spinner } from "@fluentui/react-components";
import type { Progress, RagTask } from "./use-rag-run";

/**
 * What is happening while a run is under way: a spinner while reading and rating, then a bar fed by
 * the gateway's progress as the write plan is applied in chunks (DESIGN §4.2: progress shown in the pane).
 */
export const RagBusy = ({ task, progress }: { task: RagTask; progress: Progress | null }) => {
  if (progress === null || progress.total <= 0)
    return <Spinner size="small" labelPosition="after" label={task === "rate" ? "Reading the workbook and rating it…" : "Reading the workbook and rating it before writing…"} />;
  const done = Math.min(progress.done, progress.total);
  return (
    <Field label="Writing the ratings into the workbook" hint={`${done} of ${progress.total} steps`}>
      <ProgressBar value={done / progress.total} />
    </Field>
  );
};
