import { Button, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { PolarityProposal } from "../../../core/mapping/accept-suggestions";
import type { MappedMeasure } from "../../../core/mapping/mapping";
import type { Polarity } from "../../../core/model/measure";
import type { MeasureChange } from "./edit-mapping";
import { POLARITY_CHOICES } from "./field-words";
import { ToleranceInput } from "./ToleranceInput";

const useStyles = makeStyles({
  measures: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  measure: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: 0,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  name: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
  suggestions: {
    display: "flex",
    flexDirection: "column",
    alignItems: "flex-start",
    gap: tokens.spacingVerticalXS,
  },
  note: { margin: 0 },
});

/** Every measure the workbook has or the mapping names, in plan order, each once. */
export const measureList = (
  found: readonly string[],
  mapped: readonly MappedMeasure[]
): string[] => [...new Set([...found, ...mapped.map((measure) => measure.name)])];

export interface MeasuresSectionProps {
  measures: readonly string[];
  mapped: readonly MappedMeasure[];
  onMeasure: (name: string, change: MeasureChange) => void;
  /** Polarities Plan Tracker suggested where the workbook and the mapping give none. */
  suggestions?: readonly PolarityProposal[];
  /** Write every pending suggestion into the mapping, as the team's own. */
  onAcceptSuggestions?: () => void;
}

const wordsOf = (polarity: Polarity): string =>
  POLARITY_CHOICES.find((choice) => choice.value === polarity)?.words ?? polarity;

/** Suggestions for measures the mapping gives no polarity yet; one the team has set is no longer pending. */
export const pendingSuggestions = (
  suggestions: readonly PolarityProposal[],
  mapped: readonly MappedMeasure[]
): Map<string, PolarityProposal> =>
  new Map(
    suggestions
      .filter((s) => !mapped.some((m) => m.name === s.name && m.polarity !== undefined))
      .map((s) => [s.name, s])
  );

const polarityOf = (value: string): Polarity | null =>
  POLARITY_CHOICES.find((choice) => choice.value === value && choice.value !== "")?.value || null;

/** Each measure's polarity (which way is better, docs/RATINGS.md#measures) and its own tolerance, if it has one. */
export const MeasuresSection = ({
  measures,
  mapped,
  onMeasure,
  suggestions = [],
  onAcceptSuggestions,
}: MeasuresSectionProps) => {
  const styles = useStyles();
  if (measures.length === 0)
    return <p className={styles.empty}>Plan Tracker found no measures in this workbook.</p>;
  const pending = pendingSuggestions(suggestions, mapped);
  return (
    <div className={styles.measures}>
      {pending.size > 0 && (
        <div className={styles.suggestions}>
          <p className={styles.note} data-testid="polarity-suggestions">
            {`Plan Tracker suggested a polarity for ${pending.size} ${pending.size === 1 ? "measure" : "measures"} from the name or the numbers, and rates ${pending.size === 1 ? "it" : "them"} by it until you confirm or change it.`}
          </p>
          {onAcceptSuggestions && <Button onClick={onAcceptSuggestions}>Accept suggestions</Button>}
        </div>
      )}
      {measures.map((name) => {
        const measure = mapped.find((candidate) => candidate.name === name);
        const suggestion = pending.get(name);
        return (
          <fieldset key={name} className={styles.measure} data-measure={name}>
            {/* The name is how the mapping finds the measure's row, so it is shown as written, not edited. */}
            <legend className={styles.name}>{name}</legend>
            {/* A suggestion shows where "Not set" would, so it is preselected but never mistaken for a choice someone made. */}
            <Field
              label="Polarity"
              hint={
                suggestion
                  ? `Suggested: ${suggestion.reason}. Not in the mapping until accepted.`
                  : undefined
              }
            >
              <Select
                value={measure?.polarity ?? ""}
                data-suggested={suggestion ? suggestion.polarity : undefined}
                onChange={(_event, data) => onMeasure(name, { polarity: polarityOf(data.value) })}
              >
                {POLARITY_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.value === "" && suggestion
                      ? `${wordsOf(suggestion.polarity)} (suggested)`
                      : choice.words}
                  </option>
                ))}
              </Select>
            </Field>
            <ToleranceInput
              label="Tolerance"
              tolerance={measure?.tolerance}
              optional
              onTolerance={(tolerance) => onMeasure(name, { tolerance: tolerance ?? null })}
            />
          </fieldset>
        );
      })}
    </div>
  );
};
