import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import { AsOfDateField } from "./AsOfDateField";
import type { PlanFacts } from "./plan-facts";
import { RatingsDestinationNote } from "./RatingsDestinationNote";

const useStyles = makeStyles({
  controls: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  field: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
  select: { width: "100%", minWidth: 0 },
  options: { display: "flex", flexDirection: "column", border: "none", margin: 0, padding: 0 },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The period dropdown's value for "rate each measure on its own latest period" (the core's default). */
export const EACH_LATEST = "";

/** What Refresh RAG writes besides the ratings, whose place the mapping decides (RatingsDestinationNote). */
export interface WriteChoices {
  highlight: boolean;
  dropdowns: boolean;
}

export interface RagControlsProps {
  asOf: string;
  onAsOf: (asOf: string) => void;
  asOfValid: boolean;
  period: string;
  onPeriod: (period: string) => void;
  choices: WriteChoices;
  onChoices: (choices: WriteChoices) => void;
  /** Null until the plan has been read: where the ratings go is then said in general terms. */
  facts: PlanFacts | null;
}

/** The as-of date, the reporting period for measures, and what Refresh RAG writes. */
export const RagControls = ({
  asOf,
  onAsOf,
  asOfValid,
  period,
  onPeriod,
  choices,
  onChoices,
  facts,
}: RagControlsProps) => {
  const styles = useStyles();
  const periods = facts?.periods ?? [];
  // A period chosen on an earlier read stays listed, so the dropdown never shows a value it lacks.
  const listed =
    period !== EACH_LATEST && !periods.includes(period) ? [period, ...periods] : periods;
  return (
    <div className={styles.controls}>
      <div className={styles.row}>
        <AsOfDateField asOf={asOf} onAsOf={onAsOf} asOfValid={asOfValid} className={styles.field} />
        <Field label="Reporting period for measures" className={styles.field}>
          <Select
            className={styles.select}
            value={period}
            onChange={(_event, data) => onPeriod(data.value)}
          >
            <option value={EACH_LATEST}>Each measure&rsquo;s latest</option>
            {listed.map((label) => (
              <option key={label} value={label}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <RatingsDestinationNote facts={facts} />
      <fieldset className={styles.options}>
        <legend className={styles.legend}>Refresh RAG also</legend>
        <Checkbox
          label="Highlight actuals against targets"
          checked={choices.highlight}
          onChange={(_event, data) => onChoices({ ...choices, highlight: data.checked === true })}
        />
        {/* Dropdowns go on the plan's RAG column, so a plan without one has nothing to add them to. */}
        {(facts === null || facts.hasStatusColumn) && (
          <Checkbox
            label="Add status dropdowns"
            checked={choices.dropdowns}
            onChange={(_event, data) => onChoices({ ...choices, dropdowns: data.checked === true })}
          />
        )}
      </fieldset>
    </div>
  );
};
