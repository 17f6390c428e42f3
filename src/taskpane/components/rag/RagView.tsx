import { Button } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import { isIsoDate } from "../../../core/parse/timescale/calendar";
import { useRunAnnouncement } from "../../a11y/announce";
import { ResultsArea } from "../../a11y/ResultsArea";
import { SKIP_TARGETS } from "../../a11y/skip-targets";
import { ragAnnouncement } from "../../a11y/view-announcements";
import { useShowHighlights } from "../../preview/highlight-context";
import type { ViewProps } from "../../views/view-props";
import { NothingToRate } from "../NothingToRate";
import { OutcomeMessage } from "../OutcomeMessage";
import { useViewStyles } from "../view-styles";
import { useAsOf } from "../../as-of/shared-as-of";
import { highlightsFrom } from "./cell-highlights";
import { PeriodSnapshot } from "./PeriodSnapshot";
import type { PlanFacts } from "./plan-facts";
import { RagBusy } from "./RagBusy";
import type { WriteChoices } from "./RagControls";
import { EACH_LATEST, RagControls } from "./RagControls";
import type { RagRequest, RagRun } from "../../engines/rag";
import { loadEngines } from "../../engines/load-engines";
import type { LoadRagEngine } from "./rag-engine-types";
import { RagResults } from "./RagResults";
import { UndoLastRun } from "./UndoLastRun";
import { useRagRun } from "./use-rag-run";

export interface RagViewProps extends ViewProps {
  /** For tests; defaults to the rating code fetched on first use. */
  loadEngine?: LoadRagEngine;
  /** For tests; the as-of date defaults to this day in the person's own calendar. */
  today?: () => Date;
}

/**
 * RAG: rate every action and measure as of a date, by the plan's own rules (docs/RATINGS.md); show the
 * roll-up, what needs attention and every rating with its reason; Refresh RAG writes them back.
 */
export const RagView = ({
  gateway,
  mode,
  analysis,
  loadEngine = loadEngines,
  today,
}: RagViewProps) => {
  const styles = useViewStyles();
  // The pane's one as-of date: kept across tab switches and shared with Report and My actions.
  const { asOf, setAsOf } = useAsOf(today);
  const [period, setPeriod] = useState(EACH_LATEST);
  const [choices, setChoices] = useState<WriteChoices>({ highlight: true, dropdowns: true });
  const [rated, setRated] = useState<PlanFacts | null>(null);
  const showHighlights = useShowHighlights();

  const onRun = useCallback(
    (run: RagRun) => {
      setRated(run.facts);
      showHighlights(highlightsFrom(run.cellLevels, run.levels));
    },
    [showHighlights]
  );
  const { state, rate, refresh } = useRagRun(gateway, loadEngine, onRun);
  // Said in the pane's live region when Rate or Refresh RAG ends (docs/HISTORY.md#issue-16).
  useRunAnnouncement(state, ragAnnouncement);
  // Each Refresh in this session makes Undo last run available; an undo takes the "written" line away.
  const [refreshes, setRefreshes] = useState(0);
  const [undone, setUndone] = useState(false);
  useEffect(() => {
    if (state.status !== "done" || state.task !== "refresh") return;
    setRefreshes((n) => n + 1);
    setUndone(false);
  }, [state]);

  // Before the first Rate, what Validate already read (if it ran) says which choices apply.
  const fromValidate = analysis.state.status === "done" ? analysis.state.analysis.facts : null;
  const facts = rated ?? fromValidate;

  const asOfValid = isIsoDate(asOf);
  const request: RagRequest | null = asOfValid
    ? { asOf, ...(period === EACH_LATEST ? {} : { period }) }
    : null;
  const busy = state.status === "busy";
  const skipped = state.status === "done" ? (state.run.applied?.skipped ?? []) : [];

  return (
    <div className={styles.view}>
      <p className={styles.intro}>
        Rate every action and measure as of a date, by this plan&rsquo;s own rules, and see what
        needs attention.
      </p>
      <RagControls
        asOf={asOf}
        onAsOf={setAsOf}
        asOfValid={asOfValid}
        period={period}
        onPeriod={setPeriod}
        choices={choices}
        onChoices={setChoices}
        facts={facts}
      />
      <div className={styles.actions}>
        <Button
          id={SKIP_TARGETS.action}
          appearance="primary"
          onClick={() => request !== null && void rate(request)}
          disabledFocusable={busy || request === null}
        >
          Rate
        </Button>
        <Button
          onClick={() => request !== null && void refresh({ ...request, ...choices })}
          disabledFocusable={busy || request === null}
        >
          Refresh RAG
        </Button>
        <p className={styles.writes}>
          {mode === "excel"
            ? "Rate changes nothing; Refresh RAG writes the ratings into this workbook."
            : "Rate changes nothing; Refresh RAG writes the ratings into the copy shown here."}
        </p>
      </div>
      {/* The skip link's target, from the run's progress to its results. */}
      <ResultsArea label="Ratings">
        <div aria-live="polite">
          {state.status === "busy" && <RagBusy task={state.task} progress={state.progress} />}
        </div>
        {state.status === "failed" && <OutcomeMessage intent="error" body={state.message} />}
        {state.status === "not-a-plan" && <NothingToRate sentence={state.sentence} />}
        {state.status === "done" && state.task === "refresh" && !undone && (
          <OutcomeMessage
            intent="success"
            body={
              mode === "excel"
                ? "The ratings are written into this workbook."
                : "The ratings are written into the copy shown here."
            }
          />
        )}
        {skipped.length > 0 && (
          <OutcomeMessage
            intent="info"
            layout="multiline"
            body={skipped}
            data-testid="rag-skipped"
          />
        )}
        <UndoLastRun
          gateway={gateway}
          mode={mode}
          refreshes={refreshes}
          disabled={busy}
          onUndone={() => setUndone(true)}
        />
        {state.status === "done" && (
          <RagResults run={state.run} gateway={gateway} period={state.request.period ?? null} />
        )}
      </ResultsArea>
      <PeriodSnapshot
        gateway={gateway}
        mode={mode}
        load={loadEngine}
        request={request}
        disabled={busy}
      />
    </div>
  );
};
