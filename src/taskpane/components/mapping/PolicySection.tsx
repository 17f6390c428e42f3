import { Checkbox, Field, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { MappingPolicy } from "../../../core/mapping/mapping";
import type { DatePolicy } from "../../../core/model/timescale";
import { NumberInput } from "./NumberInput";
import { ToleranceInput } from "./ToleranceInput";

const useStyles = makeStyles({
  policy: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  pair: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)",
    gap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  heading: { margin: 0, fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold },
});

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

export interface PolicySectionProps {
  policy: MappingPolicy;
  onPolicy: (change: Partial<Omit<MappingPolicy, "dates">>) => void;
  onDates: (change: Partial<DatePolicy>) => void;
}

/** The council's rating rules (docs/DATES.md, docs/RATINGS.md): every default is a setting, because councils differ. */
export const PolicySection = ({ policy, onPolicy, onDates }: PolicySectionProps) => {
  const styles = useStyles();
  return (
    <div className={styles.policy}>
      <h4 className={styles.heading}>Actions</h4>
      <NumberInput
        label="Amber window"
        unit="days"
        hint="An action on time turns amber this many days before it is due."
        value={policy.amberWindowDays}
        onValue={(value) => onPolicy({ amberWindowDays: value ?? Number.NaN })}
      />
      <Checkbox
        label="A green status stands even when the action has no usable date"
        checked={policy.allowGreenWithoutDate}
        onChange={(_event, data) => onPolicy({ allowGreenWithoutDate: data.checked === true })}
      />
      <h4 className={styles.heading}>Measures</h4>
      <ToleranceInput
        label="Default tolerance"
        tolerance={policy.tolerance}
        onTolerance={(tolerance) => tolerance !== undefined && onPolicy({ tolerance })}
      />
      <div className={styles.pair}>
        <NumberInput
          label="No change within (percentages)"
          unit="points"
          value={policy.noChangeBand.percentPoints}
          onValue={(value) =>
            onPolicy({
              noChangeBand: { ...policy.noChangeBand, percentPoints: value ?? Number.NaN },
            })
          }
        />
        <NumberInput
          label="No change within (other measures)"
          unit="%"
          value={policy.noChangeBand.relativePercent}
          onValue={(value) =>
            onPolicy({
              noChangeBand: { ...policy.noChangeBand, relativePercent: value ?? Number.NaN },
            })
          }
        />
      </div>
      <h4 className={styles.heading}>Dates</h4>
      <Field label="Dates such as 03/04/2023 are written">
        <Select
          value={policy.dates.dayOrder}
          onChange={(_event, data) => onDates({ dayOrder: data.value === "mdy" ? "mdy" : "dmy" })}
        >
          <option value="dmy">Day first (3 April 2023)</option>
          <option value="mdy">Month first (4 March 2023)</option>
        </Select>
      </Field>
      <Field label="Seasons">
        <Select
          value={policy.dates.seasons}
          onChange={(_event, data) =>
            onDates({ seasons: data.value === "school-terms" ? "school-terms" : "meteorological" })
          }
        >
          <option value="meteorological">Calendar seasons (Spring is March to May)</option>
          <option value="school-terms">School terms (Spring is January to Easter)</option>
        </Select>
      </Field>
      <Field label={'"By June" means'}>
        <Select
          value={policy.dates.byMonth}
          onChange={(_event, data) =>
            onDates({ byMonth: data.value === "start" ? "start" : "end" })
          }
        >
          <option value="end">By the end of June</option>
          <option value="start">By the start of June</option>
        </Select>
      </Field>
      <Field label="Financial year starts in">
        <Select
          value={String(policy.dates.financialYearStartMonth)}
          onChange={(_event, data) => onDates({ financialYearStartMonth: Number(data.value) })}
        >
          {MONTHS.map((month, index) => (
            <option key={month} value={String(index + 1)}>
              {month}
            </option>
          ))}
        </Select>
      </Field>
    </div>
  );
};
