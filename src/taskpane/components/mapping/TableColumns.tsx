import { makeStyles, tokens } from "@fluentui/react-components";
import type { MappedField, MappedTable } from "../../../core/mapping/mapping";
import type { PlanField } from "../../../core/model/plan-field";
import { columnRows } from "./column-rows";
import { ColumnLine } from "./ColumnLine";
import { fieldChoices } from "./field-words";
import type { ColumnHeading } from "./table-headings";

const useStyles = makeStyles({
  // Fixed layout: the pane's width decides the columns, never the longest option of a dropdown.
  table: {
    borderCollapse: "collapse",
    tableLayout: "fixed",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
  },
  letterColumn: { width: "4.5em" },
  headingColumn: { width: "32%" },
  head: {
    textAlign: "start",
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  empty: { margin: 0, color: tokens.colorNeutralForeground2 },
});

export interface TableColumnsProps {
  /** "Focus on Practice, actions table at row 13": names the table for assistive technology. */
  name: string;
  table: MappedTable;
  headings: readonly ColumnHeading[];
  onField: (column: string, field: PlanField | null, heading: string) => void;
  onPeriod: (column: string, change: Pick<MappedField, "period" | "measure">) => void;
}

/** A table's columns, left to right: letter, heading as written, and a dropdown of the fields its kind can hold. */
export const TableColumns = ({ name, table, headings, onField, onPeriod }: TableColumnsProps) => {
  const styles = useStyles();
  const rows = columnRows(table, headings);
  if (rows.length === 0)
    return <p className={styles.empty}>This table has no headings Plan Tracker can offer.</p>;
  const choices = fieldChoices(
    table.kind,
    rows.map((row) => row.field)
  );
  return (
    <table className={styles.table} aria-label={`${name}: columns`}>
      <colgroup>
        <col className={styles.letterColumn} />
        <col className={styles.headingColumn} />
        <col />
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className={styles.head}>
            Column
          </th>
          <th scope="col" className={styles.head}>
            Heading
          </th>
          <th scope="col" className={styles.head}>
            Read as
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <ColumnLine
            key={row.column}
            row={row}
            kind={table.kind}
            choices={choices}
            onField={(field) => onField(row.column, field, row.heading)}
            onPeriod={(change) => onPeriod(row.column, change)}
          />
        ))}
      </tbody>
    </table>
  );
};
