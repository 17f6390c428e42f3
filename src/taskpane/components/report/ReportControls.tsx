import { Field, Input, makeStyles, tokens } from "@fluentui/react-components";
import { AsOfDateField } from "../rag/AsOfDateField";

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
export const ReportControls = ({
  period,
  onPeriod,
  asOf,
  onAsOf,
  asOfValid,
}: ReportControlsProps) => {
  const styles = useStyles();
  const periodMissing = period.trim() === "";
  return (
    <div className={styles.row}>
      <Field
        label="Reporting period"
        className={styles.period}
        validationState={periodMissing ? "error" : "none"}
        validationMessage={
          periodMissing
            ? "Enter the reporting period to head the report with, for example Improvement Board – 28 July 2022."
            : undefined
        }
      >
        <Input value={period} onChange={(_event, data) => onPeriod(data.value)} />
      </Field>
      <AsOfDateField asOf={asOf} onAsOf={onAsOf} asOfValid={asOfValid} className={styles.date} />
    </div>
  );
};
