import {
  Button,
  Field,
  Input,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { ActualsDone } from "../../../app/period-actuals";
import type { Polarity } from "../../../core/model/measure";
import type { Result } from "../../../core/result";
import { ResultsArea } from "../../a11y/ResultsArea";
import { SKIP_TARGETS } from "../../a11y/skip-targets";
import type { ViewProps } from "../../views/view-props";
import { OutcomeMessage } from "../OutcomeMessage";
import { localIsoDate } from "../rag/as-of-date";
import { LevelTag } from "../rag/LevelTag";
import { UndoLastRun } from "../rag/UndoLastRun";
import { useAsOf } from "../../as-of/shared-as-of";
import { useShowHighlights } from "../../preview/highlight-context";
import { highlightsFrom } from "../rag/cell-highlights";
import { useGoToCell } from "../use-go-to-cell";
import { useViewStyles } from "../view-styles";
import { loadEngines } from "../../engines/load-engines";
import type { ActualsAnswer } from "../../engines/actuals";
import type { ActualsEngine, LoadActualsEngine } from "./actuals-engine-types";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
  },
  item: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  detail: { margin: 0, color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  name: { margin: 0, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
});

const POLARITY_WORDS: Record<Polarity, string> = {
  higher_is_better: "higher is better",
  lower_is_better: "lower is better",
  on_target_is_best: "on target is best",
  not_applicable: "no better or worse",
};

export interface ActualsViewProps extends ViewProps {
  loadEngine?: LoadActualsEngine;
  today?: () => Date;
}

/**
 * This period's actuals, for performance officers: the measures that take a value for the period,
 * each with its target, last value and polarity; typed values are checked (a number, a percentage,
 * plausible for the measure) and written to the measure's own cell, and the new rating is said.
 */
export const ActualsView = ({
  gateway,
  mode,
  loadEngine = loadEngines,
  today,
}: ActualsViewProps) => {
  const styles = useViewStyles();
  const own = useStyles();
  const [engine, setEngine] = useState<ActualsEngine | null>(null);
  const [period, setPeriod] = useState<string | undefined>(undefined);
  const [answer, setAnswer] = useState<Result<ActualsAnswer, string> | null>(null);
  const [typed, setTyped] = useState<Record<string, string>>({});
  const [save, setSave] = useState<
    | { status: "idle" | "busy" }
    | { status: "failed"; message: string }
    | { status: "done"; done: ActualsDone }
  >({ status: "idle" });
  const [saves, setSaves] = useState(0);
  const { selectError, goTo } = useGoToCell(gateway);
  const showHighlights = useShowHighlights();
  const { asOf } = useAsOf(today);

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(loaded),
      () =>
        live &&
        setAnswer({
          ok: false,
          error:
            "Plan Tracker could not load this view; check your connection, then close and reopen the pane.",
        })
    );
    return () => {
      live = false;
    };
  }, [loadEngine]);

  const load = useCallback(async () => {
    if (engine === null) return;
    setAnswer(await engine.listActuals(gateway, period === undefined ? {} : { period }));
  }, [engine, gateway, period]);
  useEffect(() => {
    void load();
  }, [load, saves]);

  const listed = answer?.ok ? answer.value : null;
  const values = Object.entries(typed)
    .filter(([, text]) => text.trim() !== "")
    .map(([key, text]) => ({ key, text }));

  const submit = async () => {
    if (engine === null || listed === null) return;
    setSave({ status: "busy" });
    const done = await engine.enterPeriodActuals(gateway, {
      period: listed.period,
      values,
      today: localIsoDate(today?.() ?? new Date()),
    });
    if (!done.ok) setSave({ status: "failed", message: done.error });
    else {
      setSave({ status: "done", done: done.value });
      setTyped({});
      setSaves((n) => n + 1);
      // In the preview the grid stands in for Excel's highlighting: rated again, it shows the new RAG at once.
      if (mode === "preview") {
        const rated = await engine.rate(gateway, { asOf });
        if (rated.ok) showHighlights(highlightsFrom(rated.value.cellLevels, rated.value.levels));
      }
    }
  };

  return (
    <div className={styles.view}>
      <p className={styles.intro}>
        Enter this period&rsquo;s figures for the plan&rsquo;s measures; each is checked before it
        is written to its own cell.
      </p>
      {listed !== null && listed.periods.length > 0 && (
        <Field label="Period">
          <Select
            id={SKIP_TARGETS.action}
            value={listed.period}
            onChange={(_event, data) => setPeriod(data.value)}
          >
            {listed.periods.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      )}
      <ResultsArea label="Measures for this period">
        <div aria-live="polite">
          {answer === null && (
            <Spinner size="small" labelPosition="after" label="Reading the measures…" />
          )}
        </div>
        {answer !== null && !answer.ok && <OutcomeMessage intent="error" body={answer.error} />}
        {selectError !== null && <OutcomeMessage intent="error" body={selectError} />}
        {listed !== null && listed.measures.length === 0 && (
          <OutcomeMessage
            intent="info"
            body="This plan has no measures that take a value for a period."
          />
        )}
        {listed !== null && listed.measures.length > 0 && (
          <form
            aria-label={`Values for ${listed.period}`}
            onSubmit={(event) => {
              event.preventDefault();
              if (values.length > 0) void submit();
            }}
          >
            <ul className={own.list}>
              {listed.measures.map((measure) => (
                <li key={measure.key} className={own.item} data-measure={measure.key}>
                  <p className={own.name}>{measure.name}</p>
                  <p className={own.detail}>
                    {`Target: ${measure.target ?? "none"} · Last: ${measure.last ?? "none"} · ${measure.polarity ? POLARITY_WORDS[measure.polarity] : "no polarity set"}`}
                  </p>
                  <p className={own.detail}>
                    <LevelTag levels={listed.levels} level={measure.level} /> {measure.reason}
                  </p>
                  <Field
                    label={`${measure.name}: value for ${listed.period}${measure.percent ? " (%)" : ""}`}
                    hint={
                      measure.current === ""
                        ? `Goes in ${measure.sheet}!${measure.address}.`
                        : `Now ${measure.current}, in ${measure.sheet}!${measure.address}.`
                    }
                  >
                    <Input
                      value={typed[measure.key] ?? ""}
                      inputMode="decimal"
                      onChange={(_event, data) => setTyped({ ...typed, [measure.key]: data.value })}
                    />
                  </Field>
                  <Button
                    size="small"
                    appearance="transparent"
                    onClick={() => void goTo(measure.sheet, measure.address)}
                  >{`Go to ${measure.address}`}</Button>
                </li>
              ))}
            </ul>
            <div className={styles.actions}>
              <Button
                type="submit"
                appearance="primary"
                disabledFocusable={values.length === 0 || save.status === "busy"}
              >
                Save values
              </Button>
              <p className={styles.writes}>
                {mode === "excel"
                  ? "Writes only the cells you fill in, in this workbook."
                  : "Writes only the cells you fill in, in the copy shown here."}
              </p>
            </div>
          </form>
        )}
        <div aria-live="polite">
          {save.status === "busy" && <Spinner size="tiny" labelPosition="after" label="Writing…" />}
          {save.status === "failed" && (
            <OutcomeMessage intent="error" title="Nothing written" body={save.message} />
          )}
          {save.status === "done" && (
            <OutcomeMessage
              intent="success"
              title="Written"
              body={save.done.written.map((cell) => cell.sentence)}
              data-testid="actuals-saved"
            />
          )}
        </div>
      </ResultsArea>
      <UndoLastRun
        gateway={gateway}
        mode={mode}
        refreshes={saves}
        disabled={save.status === "busy"}
        onUndone={() => void load()}
      />
    </div>
  );
};
