import { Button } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import { isIsoDate } from "../../../core/parse/timescale/calendar";
import { REPORT_SHEET } from "../../../core/rag/write/owned-sheets";
import { useRunAnnouncement } from "../../a11y/announce";
import { ResultsArea } from "../../a11y/ResultsArea";
import { SKIP_TARGETS } from "../../a11y/skip-targets";
import { reportAnnouncement } from "../../a11y/view-announcements";
import type { ViewProps } from "../../views/view-props";
import { NothingToRate } from "../NothingToRate";
import { OutcomeMessage } from "../OutcomeMessage";
import { useViewStyles } from "../view-styles";
import { useAsOf } from "../../as-of/shared-as-of";
import { MeasurePicker } from "./MeasurePicker";
import { ReportBusy } from "./ReportBusy";
import { ReportControls } from "./ReportControls";
import { ReportAudience, type ReportAudienceChoice } from "./ReportAudience";
import type { ReportRequest } from "../../engines/report";
import { loadEngines } from "../../engines/load-engines";
import type { LoadReportEngine } from "./report-engine-types";
import { ReportSummary } from "./ReportSummary";
import { defaultReportPeriod, generatedAtText } from "./report-words";
import { useMeasureChoices } from "./use-measure-choices";
import { useReportRun } from "./use-report-run";

export interface ReportViewProps extends ViewProps {
  /** For tests; defaults to the report code fetched on first use. */
  loadEngine?: LoadReportEngine;
  /** For tests; the person's clock, for the default as-of date and the report's "generated" stamp. */
  now?: () => Date;
}

const clock = () => new Date();

/**
 * Report: choose the reporting period, the as-of date and the measures to chart, then generate the
 * board report (docs/HISTORY.md#issue-4) into its own sheet, and see its headline here.
 */
export const ReportView = ({
  gateway,
  mode,
  analysis,
  loadEngine = loadEngines,
  now = clock,
}: ReportViewProps) => {
  const styles = useViewStyles();
  // The pane's one as-of date: kept across tab switches and shared with RAG and My actions.
  const { asOf, setAsOf } = useAsOf(now);
  const [period, setPeriod] = useState(() => defaultReportPeriod(asOf));
  const [periodEdited, setPeriodEdited] = useState(false);
  const [selected, setSelected] = useState<string[]>([]);
  const [audience, setAudience] = useState<ReportAudienceChoice>("board");
  const [only, setOnly] = useState("");
  const measures = useMeasureChoices(gateway, loadEngine);
  const { state, generate } = useReportRun(gateway, loadEngine);
  // Said in the pane's live region when Generate report ends (docs/HISTORY.md#issue-16).
  useRunAnnouncement(state, reportAnnouncement);

  const asOfValid = isIsoDate(asOf);
  // The period follows the as-of date's month until the lead types their own heading.
  useEffect(() => {
    if (!periodEdited && isIsoDate(asOf)) setPeriod(defaultReportPeriod(asOf));
  }, [asOf, periodEdited]);

  const loadMeasures = useCallback(async () => {
    if (!isIsoDate(asOf)) return;
    const choices = await measures.loadMeasures(asOf);
    if (choices !== null) setSelected(choices.preselected);
  }, [asOf, measures]);

  // After Validate the person has already let Plan Tracker read this workbook: list the measures at once.
  const autoLoaded = useRef(false);
  const validated = analysis.state.status === "done";
  useEffect(() => {
    if (!validated || autoLoaded.current || measures.state.status !== "idle") return;
    autoLoaded.current = true;
    void loadMeasures();
  }, [validated, measures.state.status, loadMeasures]);

  const busy = state.status === "busy";
  const trimmed = period.trim();
  const listed = measures.state.status === "ready" ? measures.state.choices.chartable : null;
  const ready = asOfValid && trimmed !== "";
  const onGenerate = () => {
    if (!ready) return;
    const request: ReportRequest = {
      asOf,
      period: trimmed,
      generatedAt: generatedAtText(now()),
      // In the plan's order, as the report lays out its charts; not yet listed means the report's own choice.
      ...(listed === null
        ? {}
        : { chartMeasures: listed.filter((name) => selected.includes(name)) }),
      ...(audience === "committee" ? { audience } : {}),
      ...(only.trim() === "" ? {} : { only: only.trim() }),
    };
    void generate(request);
  };
  const skipped = state.status === "done" ? (state.run.applied.skipped ?? []) : [];

  return (
    <div className={styles.view}>
      <p className={styles.intro}>
        Build the board report from this plan: page one is a dashboard a board reads in two minutes
        (headline figures, charts, the worst exceptions and measures off target), then the evidence,
        one section to a printed page.
      </p>
      <ReportControls
        period={period}
        onPeriod={(value) => {
          setPeriodEdited(true);
          setPeriod(value);
        }}
        asOf={asOf}
        onAsOf={setAsOf}
        asOfValid={asOfValid}
      />
      <ReportAudience
        audience={audience}
        onAudience={setAudience}
        only={only}
        onOnly={setOnly}
        disabled={busy}
      />
      <MeasurePicker
        state={measures.state}
        selected={selected}
        onSelected={setSelected}
        onLoad={() => void loadMeasures()}
        disabled={busy || !asOfValid}
      />
      <div className={styles.actions}>
        {/* Once the measures' read has said the workbook holds nothing to rate, there is no report to write. */}
        <Button
          id={SKIP_TARGETS.action}
          appearance="primary"
          onClick={onGenerate}
          disabledFocusable={
            busy ||
            !ready ||
            measures.state.status === "loading" ||
            measures.state.status === "not-a-plan"
          }
        >
          Generate report
        </Button>
        <p className={styles.writes}>
          {mode === "excel"
            ? `Adds or rebuilds the sheet '${REPORT_SHEET}'; nothing else in the workbook changes.`
            : `Adds or rebuilds the sheet '${REPORT_SHEET}' in the copy shown here; nothing else in the workbook changes.`}
        </p>
      </div>
      {/* The skip link's target, from the run's progress to the report's summary. */}
      <ResultsArea label="Report summary">
        <div aria-live="polite">
          {state.status === "busy" && <ReportBusy progress={state.progress} />}
        </div>
        {state.status === "failed" && <OutcomeMessage intent="error" body={state.message} />}
        {state.status === "not-a-plan" && measures.state.status !== "not-a-plan" && (
          <NothingToRate sentence={state.sentence} />
        )}
        {state.status === "done" && (
          <OutcomeMessage
            intent="success"
            body={
              mode === "excel"
                ? `The board report is written into the sheet '${REPORT_SHEET}'.`
                : `The board report is written into the sheet '${REPORT_SHEET}' of the copy shown here.`
            }
          />
        )}
        {state.status === "done" && state.run.kept !== null && (
          <OutcomeMessage
            intent="info"
            body={`The earlier period's report was kept as the sheet '${state.run.kept}'.`}
          />
        )}
        {skipped.length > 0 && (
          <OutcomeMessage
            intent="info"
            layout="multiline"
            body={skipped}
            data-testid="report-skipped"
          />
        )}
        {state.status === "done" && <ReportSummary run={state.run} gateway={gateway} />}
      </ResultsArea>
    </div>
  );
};
