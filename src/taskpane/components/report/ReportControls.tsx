import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";

const useStyles = makeStyles({
  row: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalM },
  period: { flexGrow: 2, flexBasis: "200px", minWidth: 0 },
  date: { flexGrow: 1, flexBasis: "140px", minWidth: 0 },
});

export interface ReportControlsProps {
  period: string;
  onPeriod: (period: string) => void;
  asOf: string;
  onAsOf: (asOf: string) => void;
  asOfValid: boolean;
}

/** The reporting period the report is headed with, and the date it rates the plan as of. */
export const ReportControls = ({ period, onPeriod, asOf, onAsOf, asOfValid }: ReportControlsProps) => {
  const styles = useStyles();
  const periodMissing = period.trim() === "";
  return (
    <div className={styles.row}>
      <Field
        label="Reporting period"
        className={styles.period}
        validationState={periodMissing ? "error" : "none"}
        validationMessage={periodMissing ? "Enter the reporting period to head the report with, for example Improvement Board – 28 July 2022." : undefined}
      >
        <Input value={period} onChange={(_event, data) => onPeriod(data.value)} />
      </Field>
      <Field
        label="As-of date"
        className={styles.date}
        validationState={asOfValid ? "none" : "error"}
        validationMessage={asOfValid ? undefined : "Enter the date to rate the plan as of, for example 31/03/2024."}
      >
        <Input type="date" value={asOf} onChange={(_event, data) => onAsOf(data.value)} />
      </Field>
    </div>
  );
};
