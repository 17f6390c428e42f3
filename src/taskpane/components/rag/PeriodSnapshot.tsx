import { Button, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useId, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import { useLatestRun } from "../../hooks/use-latest-run";
import type { HostMode } from "../../host/detect-host";
import { RunBusy } from "../../progress/RunBusy";
import type { RunProgress } from "../../progress/run-progress";
import { OutcomeMessage } from "../OutcomeMessage";
import { defaultPeriodLabel } from "./as-of-date";
import type { RagRequest } from "../../engines/rag";
import type { LoadRagEngine } from "./rag-engine-types";
import { plural } from "./rag-words";
import { failureSentence } from "./use-rag-run";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 0 0`,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  row: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "flex-end",
    gap: tokens.spacingHorizontalS,
  },
  field: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
});

type SnapshotState =
  | { status: "idle" }
  | { status: "busy"; progress: RunProgress | null }
  | { status: "recorded"; message: string }
  | { status: "refused"; message: string }
  | { status: "failed"; message: string };

/** A period recorded is done; one already recorded is refused (nothing wrong, nothing written); a failed write is an error. */
const SNAPSHOT_INTENT = { recorded: "success", refused: "warning", failed: "error" } as const;

export interface PeriodSnapshotProps {
  gateway: WorkbookGateway;
  mode: HostMode;
  load: LoadRagEngine;
  /** The as-of date and period chosen above, or null while the as-of date is not a date. */
  request: RagRequest | null;
  /** Another RAG task is running: one write at a time. */
  disabled: boolean;
}

/**
 * "Take this period's snapshot": this period's ratings as a new column of the history sheet, so the
 * board can see the status mix over time (docs/REPORT.md#what-boards-asked-for). An earlier period is never overwritten; the
 * core refuses one already recorded and its sentence is shown as it is.
 */
export const PeriodSnapshot = ({ gateway, mode, load, request, disabled }: PeriodSnapshotProps) => {
  const styles = useStyles();
  const headingId = useId();
  const suggested = request === null ? "" : defaultPeriodLabel(request.asOf);
  const [label, setLabel] = useState(suggested);
  const [edited, setEdited] = useState(false);
  const [state, setState] = useState<SnapshotState>({ status: "idle" });
  const takes = useLatestRun();

  // The label follows the as-of date until the person types their own.
  useEffect(() => {
    if (!edited && suggested !== "") setLabel(suggested);
  }, [suggested, edited]);

  const trimmed = label.trim();
  const take = async () => {
    if (request === null || trimmed === "") return;
    const thisTake = takes.start();
    setState({ status: "busy", progress: null });
    let next: SnapshotState;
    try {
      const recorded = await (
        await load()
      ).recordPeriod(gateway, { ...request, label: trimmed }, (progress) => {
        if (thisTake.current()) setState({ status: "busy", progress });
      });
      next = recorded.ok
        ? {
            status: "recorded",
            message: `Recorded “${recorded.value.label}” for ${plural(recorded.value.actions, "action", "actions")} in the ‘${recorded.value.sheet}’ sheet.`,
          }
        : {
            status: recorded.error.refused ? "refused" : "failed",
            message: recorded.error.message,
          };
    } catch (error: unknown) {
      console.error("Plan Tracker: period snapshot failed", error);
      next = { status: "failed", message: failureSentence(error) };
    }
    if (thisTake.current()) setState(next);
  };

  const busy = state.status === "busy";
  return (
    <section aria-labelledby={headingId} className={styles.section}>
      <h3 id={headingId} className={styles.heading}>
        Take this period&rsquo;s snapshot
      </h3>
      <p className={styles.intro}>
        {mode === "excel"
          ? "Adds this period's ratings as a new column of the history sheet in this workbook; earlier periods are kept as they are."
          : "Adds this period's ratings as a new column of the history sheet in the copy shown here; earlier periods are kept as they are."}
      </p>
      <div className={styles.row}>
        <Field
          label="Period label"
          className={styles.field}
          validationState={trimmed === "" ? "error" : "none"}
          validationMessage={
            trimmed === "" ? "Enter a label for this period, for example RAG 03/24." : undefined
          }
        >
          <Input
            value={label}
            onChange={(_event, data) => {
              setEdited(true);
              setLabel(data.value);
            }}
          />
        </Field>
        <Button
          onClick={() => void take()}
          disabledFocusable={busy || disabled || request === null || trimmed === ""}
        >
          Take this period&rsquo;s snapshot
        </Button>
      </div>
      <div aria-live="polite">
        {state.status === "busy" && (
          <RunBusy
            progress={state.progress}
            starting="Recording this period's ratings…"
            writingLabel="Recording this period's ratings"
          />
        )}
      </div>
      {state.status !== "idle" && state.status !== "busy" && (
        <OutcomeMessage intent={SNAPSHOT_INTENT[state.status]} body={state.message} />
      )}
    </section>
  );
};
