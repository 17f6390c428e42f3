import { Field, Select, Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { isIsoDate } from "../../../core/parse/timescale/calendar";
import { MY_ACTIONS_BUCKETS, type MyActionsBucket } from "../../../core/updates/my-actions";
import type { Result } from "../../../core/result";
import type { UpdateDone } from "../../../app/update-action";
import { ResultsArea } from "../../a11y/ResultsArea";
import { SKIP_TARGETS } from "../../a11y/skip-targets";
import { useAsOf } from "../../as-of/shared-as-of";
import type { ViewProps } from "../../views/view-props";
import { OutcomeMessage } from "../OutcomeMessage";
import { AsOfDateField } from "../rag/AsOfDateField";
import { UndoLastRun } from "../rag/UndoLastRun";
import { useGoToCell } from "../use-go-to-cell";
import { useViewStyles } from "../view-styles";
import { loadEngines } from "../../engines/load-engines";
import type { MyActionsAnswer } from "../../engines/my-actions";
import type { LoadMyActionsEngine, MyActionsEngine } from "./my-actions-engine-types";
import { MyActionItem } from "./MyActionItem";
import { rememberedName, rememberName } from "./remembered-name";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  heading: { margin: `${tokens.spacingVerticalS} 0 0 0`, fontSize: tokens.fontSizeBase400 },
});

export const BUCKET_TITLES: Record<MyActionsBucket, string> = {
  overdue: "Overdue",
  soon: "Due in the next 30 days",
  later: "Later",
  "no-date": "No date",
  done: "Done",
};

const NOBODY = "";

export interface MyActionsViewProps extends ViewProps {
  /** For tests; defaults to the engine fetched on first use. */
  loadEngine?: LoadMyActionsEngine;
  today?: () => Date;
}

const summary = (answer: MyActionsAnswer): string => {
  const mine = answer.mine;
  if (mine === null) return "";
  const parts = MY_ACTIONS_BUCKETS.filter((bucket) => mine.buckets[bucket].length > 0).map(
    (bucket) => `${mine.buckets[bucket].length} ${BUCKET_TITLES[bucket].toLowerCase()}`
  );
  return `${mine.person}: ${mine.total} action${mine.total === 1 ? "" : "s"}${parts.length > 0 ? ` (${parts.join(", ")})` : ""} as of ${mine.asOf}.`;
};

/**
 * My actions: an owner picks their name once (remembered on this machine), then sees their actions
 * as Overdue, Due in the next 30 days, Later, No date and Done, goes to a row with one click, and
 * updates it here. A lead sees every action of the groups they lead.
 */
export const MyActionsView = ({
  gateway,
  mode,
  loadEngine = loadEngines,
  today,
}: MyActionsViewProps) => {
  const styles = useViewStyles();
  const own = useStyles();
  const { asOf, setAsOf } = useAsOf(today);
  const [engine, setEngine] = useState<MyActionsEngine | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const [person, setPerson] = useState<string>(() => rememberedName() ?? NOBODY);
  const [answer, setAnswer] = useState<Result<MyActionsAnswer, string> | null>(null);
  const [loading, setLoading] = useState(false);
  const [saves, setSaves] = useState(0);
  const [saved, setSaved] = useState<{ name: string; done: UpdateDone } | null>(null);
  const { selectError, goTo } = useGoToCell(gateway);
  const asOfValid = isIsoDate(asOf);

  useEffect(() => {
    let live = true;
    loadEngine().then(
      (loaded) => live && setEngine(loaded),
      () =>
        live &&
        setFailed(
          "Plan Tracker could not load My actions; check your connection, then close and reopen the pane."
        )
    );
    return () => {
      live = false;
    };
  }, [loadEngine]);

  const load = useCallback(async () => {
    if (engine === null || !asOfValid) return;
    setLoading(true);
    const next = await engine.listMyActions(gateway, {
      asOf,
      ...(person === NOBODY ? {} : { person }),
    });
    setAnswer(next);
    setLoading(false);
  }, [engine, gateway, asOf, asOfValid, person]);

  useEffect(() => {
    void load();
  }, [load, saves]);

  const people = answer?.ok ? answer.value.people : [];
  const choose = (name: string) => {
    setPerson(name);
    rememberName(name === NOBODY ? null : name);
  };
  const mine = answer?.ok ? answer.value.mine : null;
  const levels = answer?.ok ? answer.value.levels : null;
  const said = useMemo(() => (answer?.ok ? summary(answer.value) : ""), [answer]);

  return (
    <div className={styles.view}>
      <p className={styles.intro}>
        Your actions in this plan, by when they are due, with what Plan Tracker makes of each;
        update them here.
      </p>
      <AsOfDateField asOf={asOf} onAsOf={setAsOf} asOfValid={asOfValid} />
      <Field
        label="Your name"
        hint={people.length > 0 ? "Remembered on this computer for next time." : undefined}
      >
        <Select
          id={SKIP_TARGETS.action}
          value={person}
          onChange={(_event, data) => choose(data.value)}
          disabled={people.length === 0 && person === NOBODY && loading}
        >
          <option value={NOBODY}>Choose your name…</option>
          {person !== NOBODY && !people.some((candidate) => candidate.name === person) && (
            <option value={person}>{person}</option>
          )}
          {people.map((candidate) => (
            <option key={candidate.name} value={candidate.name}>
              {`${candidate.name} (${candidate.actions} action${candidate.actions === 1 ? "" : "s"}${candidate.leads > 0 ? `, leads ${candidate.leads} group${candidate.leads === 1 ? "" : "s"}` : ""})`}
            </option>
          ))}
        </Select>
      </Field>
      <ResultsArea label="Your actions">
        <div aria-live="polite">
          {(loading || (engine === null && failed === null)) && (
            <Spinner size="small" labelPosition="after" label="Reading the plan…" />
          )}
          {!loading && said !== "" && <p className={styles.intro}>{said}</p>}
        </div>
        {failed !== null && <OutcomeMessage intent="error" body={failed} />}
        {answer !== null && !answer.ok && <OutcomeMessage intent="error" body={answer.error} />}
        {selectError !== null && <OutcomeMessage intent="error" body={selectError} />}
        {saved !== null && (
          <OutcomeMessage
            intent="success"
            title={`${saved.name}: ${mode === "excel" ? "written into this workbook" : "written into the copy shown here"}`}
            body={[
              ...saved.done.written.map((cell) => cell.sentence),
              ...(saved.done.rating ? [`Plan Tracker now says: ${saved.done.rating.reason}.`] : []),
              "Undo last run, below, puts these cells back.",
            ]}
            data-testid="my-actions-saved"
          />
        )}
        {answer?.ok && person !== NOBODY && mine === null && (
          <OutcomeMessage
            intent="info"
            body={`This plan does not name ${person} as an owner or lead; choose your name from the list.`}
          />
        )}
        {mine !== null && mine.leads.length > 0 && (
          <p
            className={styles.intro}
          >{`You lead ${mine.leads.join(", ")}, so every action in it is listed too.`}</p>
        )}
        {mine !== null &&
          levels !== null &&
          engine !== null &&
          MY_ACTIONS_BUCKETS.map((bucket) => (
            <section key={bucket} aria-labelledby={`my-actions-${bucket}`} data-bucket={bucket}>
              <h3
                id={`my-actions-${bucket}`}
                className={own.heading}
              >{`${BUCKET_TITLES[bucket]} (${mine.buckets[bucket].length})`}</h3>
              {mine.buckets[bucket].length > 0 && (
                <ul className={own.list}>
                  {mine.buckets[bucket].map((item) => (
                    <MyActionItem
                      key={`${item.sheet}!${item.row}`}
                      item={item}
                      levels={levels}
                      engine={engine}
                      gateway={gateway}
                      asOf={asOf}
                      onGoTo={(sheet, address) => void goTo(sheet, address)}
                      onSaved={(done) => {
                        setSaved({ name: item.ref ?? item.key, done });
                        setSaves((n) => n + 1);
                      }}
                    />
                  ))}
                </ul>
              )}
            </section>
          ))}
      </ResultsArea>
      <UndoLastRun
        gateway={gateway}
        mode={mode}
        refreshes={saves}
        disabled={loading}
        onUndone={() => void load()}
      />
    </div>
  );
};
