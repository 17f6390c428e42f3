import { Button, Checkbox, makeStyles, tokens } from "@fluentui/react-components";
import { formatDate } from "../../../core/rag/format-date";
import { MAX_CHART_MEASURES } from "./chart-limits";
import type { MeasureChoices } from "../../engines/report";
import type { MeasureListState } from "./use-measure-choices";
import { PhaseSpinner } from "../../progress/PhaseSpinner";
import { NothingToRate } from "../NothingToRate";
import { OutcomeMessage } from "../OutcomeMessage";

const useStyles = makeStyles({
  fieldset: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    border: "none",
    margin: 0,
    padding: 0,
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  list: { display: "flex", flexDirection: "column", maxHeight: "20em", overflowY: "auto" },
  row: { display: "flex", flexWrap: "wrap", alignItems: "center", gap: tokens.spacingHorizontalS },
});

export interface MeasurePickerProps {
  state: MeasureListState;
  /** The names ticked, in any order. */
  selected: readonly string[];
  onSelected: (names: string[]) => void;
  onLoad: () => void;
  /** While a report is being made, or the as-of date is not a date. */
  disabled: boolean;
}

const whyTicked = (choices: MeasureChoices, asOf: string): string => {
  if (choices.preselectedFrom === "mapping")
    return "Ticked at first: the measures this workbook's stored settings name for charts.";
  return choices.preselected.length > 0
    ? `Ticked at first: the measures off target as of ${formatDate(asOf)}, as the report would chart them.`
    : `None is ticked at first: no measure that can be charted was off target as of ${formatDate(asOf)}.`;
};

/**
 * "Measures to chart": target against actual over time, for the measures the lead picks (docs/HISTORY.md#issue-4-1). Offered only where a measure has values in two or more periods; at most ten.
 */
export const MeasurePicker = ({
  state,
  selected,
  onSelected,
  onLoad,
  disabled,
}: MeasurePickerProps) => {
  const styles = useStyles();
  const toggle = (name: string, checked: boolean) =>
    onSelected(
      checked ? [...selected.filter((n) => n !== name), name] : selected.filter((n) => n !== name)
    );
  const full = selected.length >= MAX_CHART_MEASURES;

  return (
    <fieldset className={styles.fieldset} data-testid="measure-picker">
      <legend className={styles.legend}>Measures to chart</legend>
      {state.status === "idle" && (
        <div className={styles.row}>
          <Button onClick={onLoad} disabledFocusable={disabled}>
            Load measures
          </Button>
          <p className={styles.note}>
            Reads the workbook to list its measures. Without a choice, the report charts the first
            few off target.
          </p>
        </div>
      )}
      <div aria-live="polite">
        {state.status === "loading" && (
          <PhaseSpinner progress={state.progress} starting="Reading the measures…" />
        )}
      </div>
      {state.status === "failed" && (
        <>
          <OutcomeMessage intent="error" body={state.message} />
          <Button onClick={onLoad} disabledFocusable={disabled}>
            Load measures
          </Button>
        </>
      )}
      {state.status === "not-a-plan" && <NothingToRate sentence={state.sentence} />}
      {state.status === "ready" && state.choices.chartable.length === 0 && (
        <p className={styles.note}>
          No measure in this plan has values in two or more periods, so there is nothing to chart.
        </p>
      )}
      {state.status === "ready" && state.choices.chartable.length > 0 && (
        <>
          <p className={styles.note}>{whyTicked(state.choices, state.asOf)}</p>
          <div className={styles.list}>
            {state.choices.chartable.map((name) => {
              const checked = selected.includes(name);
              return (
                <Checkbox
                  key={name}
                  label={name}
                  checked={checked}
                  disabled={disabled || (!checked && full)}
                  onChange={(_event, data) => toggle(name, data.checked === true)}
                />
              );
            })}
          </div>
          <p className={styles.note} role="status">
            {full
              ? `${selected.length} of ${MAX_CHART_MEASURES} chosen, the most one report charts; untick one to choose another.`
              : `${selected.length} chosen, up to ${MAX_CHART_MEASURES}.`}
          </p>
        </>
      )}
    </fieldset>
  );
};
