import { Checkbox, Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import type { MappingReport } from "../../../core/mapping/mapping";

const useStyles = makeStyles({
  report: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  group: { margin: 0, padding: 0, border: "none", display: "flex", flexDirection: "column" },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  hint: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

export interface ReportSectionProps {
  report: MappingReport | undefined;
  /** Measures that can be charted, in plan order. */
  measures: readonly string[];
  onReport: (change: Partial<MappingReport>) => void;
}

/** What the board report is headed with and which measures it charts, when the team has chosen. */
export const ReportSection = ({ report, measures, onReport }: ReportSectionProps) => {
  const styles = useStyles();
  const charted = report?.chartMeasures ?? [];
  const toggle = (name: string, on: boolean) =>
    onReport({
      chartMeasures: measures.filter((measure) =>
        measure === name ? on : charted.includes(measure)
      ),
    });
  return (
    <div className={styles.report}>
      <Field
        label="Reporting period"
        hint="The report's heading, such as Improvement Board – 28 July 2022. Blank: the as-of month."
      >
        <Input
          value={report?.period ?? ""}
          onChange={(_event, data) => onReport({ period: data.value })}
        />
      </Field>
      {measures.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Measures to chart</legend>
          <p className={styles.hint}>
            None ticked: the report charts the first few measures off target.
          </p>
          {measures.map((name) => (
            <Checkbox
              key={name}
              label={name}
              checked={charted.includes(name)}
              onChange={(_event, data) => toggle(name, data.checked === true)}
            />
          ))}
        </fieldset>
      )}
    </div>
  );
};
