import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import { undoneSentence } from "../../../core/undo/undo-sentences";
import type { HostMode } from "../../host/detect-host";
import { RunBusy } from "../../progress/RunBusy";
import type { RunProgress } from "../../progress/run-progress";
import { OutcomeMessage } from "../OutcomeMessage";
import { UNEXPECTED_FAILURE } from "../../hooks/use-analysis";
import { useLatestRun } from "../../hooks/use-latest-run";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
  confirm: { margin: 0 },
});

type UndoState =
  | { status: "idle" }
  | { status: "confirming" }
  | { status: "busy"; progress: RunProgress | null }
  | { status: "done"; message: string; skipped: string[] }
  | { status: "nothing"; message: string }
  | { status: "failed"; message: string };

export interface UndoLastRunProps {
  gateway: WorkbookGateway;
  mode: HostMode;
  /** Successful Refresh RAG runs in this session: each one makes Undo available and asks again what it would undo. */
  refreshes: number;
  /** Another RAG task is running: one write at a time. */
  disabled: boolean;
  /** Told after the workbook's own sheets were put back, so the view stops saying the ratings are written. */
  onUndone?: () => void;
}

/**
 * "Undo last run" (docs/HISTORY.md#issue-6-3): puts the council's own cells, dropdowns and highlighting back as
 * they were before Plan Tracker's last run, from the record the workbook itself carries. Offered
 * after a Refresh in this session, or when a small read finds a record (a run from another session
 * or another person); asks first, shows progress, then says what was put back or why not.
 */
export const UndoLastRun = ({ gateway, mode, refreshes, disabled, onUndone }: UndoLastRunProps) => {
  const styles = useStyles();
  const [label, setLabel] = useState<string | null>(null);
  const [state, setState] = useState<UndoState>({ status: "idle" });
  // Looks and undos are guarded apart: a look after an undo must not be dropped for the undo's sake.
  const looks = useLatestRun();
  const undos = useLatestRun();

  // A cheap look at the undo sheet's first rows: on opening, and again after every Refresh.
  const look = useCallback(async () => {
    if (!gateway.undoableRun) return;
    const thisLook = looks.start();
    try {
      const found = await gateway.undoableRun();
      if (thisLook.current()) setLabel(found.ok ? (found.value?.label ?? null) : null);
    } catch (error: unknown) {
      console.error("Plan Tracker: could not look for an undo record", error);
    }
  }, [gateway, looks]);
  useEffect(() => {
    void look();
  }, [look, refreshes]);

  if (!gateway.undoLastRun) return null;
  const undoLastRun = gateway.undoLastRun.bind(gateway);

  const undo = async () => {
    const thisUndo = undos.start();
    setState({ status: "busy", progress: null });
    let next: UndoState;
    try {
      const undone = await undoLastRun((done, total) => {
        // Before the steps are counted, the record is still being read.
        if (thisUndo.current())
          setState({
            status: "busy",
            progress: total > 0 ? { phase: "writing", done, total } : null,
          });
      });
      if (undone.ok)
        next = {
          status: "done",
          message: undoneSentence(undone.value.restored, undone.value.label, undone.value.removed),
          skipped: undone.value.skipped ?? [],
        };
      else
        next =
          undone.error.kind === "nothing-to-undo"
            ? { status: "nothing", message: undone.error.message }
            : { status: "failed", message: undone.error.message };
    } catch (error: unknown) {
      console.error("Plan Tracker: undo failed", error);
      next = { status: "failed", message: UNEXPECTED_FAILURE };
    }
    if (!thisUndo.current()) return;
    setState(next);
    if (next.status === "done") onUndone?.();
    await look();
  };

  const available =
    label !== null || (refreshes > 0 && state.status !== "done" && state.status !== "nothing");
  const busy = state.status === "busy";
  const run = label === null ? "Plan Tracker's last run" : `'${label}'`;
  const where = mode === "excel" ? "this workbook" : "the copy shown here";
  return (
    <div className={styles.section}>
      <div className={styles.row}>
        <Button
          onClick={() => setState({ status: "confirming" })}
          disabledFocusable={!available || busy || disabled || state.status === "confirming"}
        >
          Undo last run
        </Button>
      </div>
      {state.status === "confirming" && (
        <div className={styles.row} role="group" aria-label="Confirm undo">
          <p className={styles.confirm}>
            Put back the cells, dropdowns and highlighting {run} changed in {where}, as they were
            before it?
          </p>
          <Button appearance="primary" onClick={() => void undo()}>
            Put them back
          </Button>
          <Button onClick={() => setState({ status: "idle" })}>Cancel</Button>
        </div>
      )}
      <div aria-live="polite">
        {state.status === "busy" && (
          <RunBusy
            progress={state.progress}
            starting="Reading what the last run changed…"
            writingLabel="Putting cells back"
          />
        )}
      </div>
      {state.status === "done" && (
        <OutcomeMessage
          intent="success"
          layout="multiline"
          body={[state.message, ...state.skipped]}
        />
      )}
      {state.status === "nothing" && <OutcomeMessage intent="info" body={state.message} />}
      {state.status === "failed" && <OutcomeMessage intent="error" body={state.message} />}
    </div>
  );
};
