import { Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { MappedMetric } from "../../../core/mapping/mapping";
import type { Polarity } from "../../../core/model/metric";
import type { MetricChange } from "./edit-mapping";
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
  name: { padding: `0 ${tokens.spacingHorizontalXS}`, fontWeight: tokens.fontWeightSemibold, overflowWrap: "anywhere" },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

/** Every measure the workbook has or the mapping names, in plan order, each once. */
export const measureList = (found: readonly string[], mapped: readonly MappedMetric[]): string[] => [
  ...new Set([...found, ...mapped.map((metric) => metric.name)]),
];

export interface MeasuresSectionProps {
  measures: readonly string[];
  mapped: readonly MappedMetric[];
  onMetric: (name: string, change: MetricChange) => void;
}

const polarityOf = (value: string): Polarity | null => POLARITY_CHOICES.find((choice) => choice.value === value && choice.value !== "")?.value || null;

/** Each measure's polarity (which way is better, DOMAIN §6) and its own tolerance, if it has one. */
export const MeasuresSection = ({ measures, mapped, onMetric }: MeasuresSectionProps) => {
  const styles = useStyles();
  if (measures.length === 0) return <p className={styles.empty}>Plan Tracker found no measures in this workbook.</p>;
  return (
    <div className={styles.measures}>
      {measures.map((name) => {
        const metric = mapped.find((candidate) => candidate.name === name);
        return (
          <fieldset key={name} className={styles.measure} data-measure={name}>
            {/* The name is how the mapping finds the measure's row, so it is shown as written, not edited. */}
            <legend className={styles.name}>{name}</legend>
            <Field label="Polarity">
              <Select value={metric?.polarity ?? ""} onChange={(_event, data) => onMetric(name, { polarity: polarityOf(data.value) })}>
                {POLARITY_CHOICES.map((choice) => (
                  <option key={choice.value} value={choice.value}>
                    {choice.words}
                  </option>
                ))}
              </Select>
            </Field>
            <ToleranceInput label="Tolerance" tolerance={metric?.tolerance} optional onTolerance={(tolerance) => onMetric(name, { tolerance: tolerance ?? null })} />
          </fieldset>
        );
      })}
    </div>
  );
};
