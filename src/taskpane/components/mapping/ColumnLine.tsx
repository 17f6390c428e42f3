import { Input, Select, makeStyles, tokens } from "@fluentui/react-components";
import type { MappedField } from "../../../core/mapping/mapping";
import type { PlanField, TableKind } from "../../../core/model/plan-field";
import type { ColumnRow } from "./column-rows";
import { MEASURE_WORDS, NOT_READ, fieldWords } from "./field-words";

const useStyles = makeStyles({
  letter: {
    fontWeight: tokens.fontWeightSemibold,
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalSNudge,
  },
  heading: {
    verticalAlign: "top",
    paddingTop: tokens.spacingVerticalSNudge,
    overflowWrap: "anywhere",
  },
  choice: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
  },
});

// A long heading would make every control's name a paragraph for screen-reader users.
const shortHeading = (heading: string): string =>
  heading.length > 40 ? `${heading.slice(0, 39)}…` : heading;

/** How a column is named to assistive technology: "Column C (Timescale)". */
export const columnName = (row: ColumnRow): string =>
  row.heading === ""
    ? `Column ${row.column}`
    : `Column ${row.column} (${shortHeading(row.heading)})`;

export interface ColumnLineProps {
  row: ColumnRow;
  kind: TableKind;
  choices: readonly PlanField[];
  onField: (field: PlanField | null) => void;
  onPeriod: (change: Pick<MappedField, "period" | "measure">) => void;
}

/** One column: its letter, its heading as written (as text), and what Plan Tracker reads it as. */
export const ColumnLine = ({ row, kind, choices, onField, onPeriod }: ColumnLineProps) => {
  const styles = useStyles();
  const name = columnName(row);
  return (
    <tr data-column={row.column}>
      <th scope="row" className={styles.letter}>
        {row.column}
      </th>
      <td className={styles.heading}>{row.heading}</td>
      <td>
        <div className={styles.choice}>
          <Select
            aria-label={`${name} read as`}
            value={row.field ?? ""}
            onChange={(_event, data) =>
              onField(
                data.value === "" ? null : (choices.find((field) => field === data.value) ?? null)
              )
            }
          >
            <option value="">{NOT_READ}</option>
            {choices.map((field) => (
              <option key={field} value={field}>
                {fieldWords(kind, field)}
              </option>
            ))}
          </Select>
          {row.field === "period" && (
            <>
              <Input
                aria-label={`${name} reporting period`}
                value={row.period ?? ""}
                size="small"
                onChange={(_event, data) => onPeriod({ period: data.value })}
              />
              <Select
                aria-label={`${name} holds`}
                size="small"
                value={row.measure ?? "value"}
                onChange={(_event, data) =>
                  onPeriod({
                    measure:
                      data.value === "target"
                        ? "target"
                        : data.value === "actual"
                          ? "actual"
                          : "value",
                  })
                }
              >
                {(["value", "target", "actual"] as const).map((measure) => (
                  <option key={measure} value={measure}>
                    {MEASURE_WORDS[measure]}
                  </option>
                ))}
              </Select>
            </>
          )}
        </div>
      </td>
    </tr>
  );
};
