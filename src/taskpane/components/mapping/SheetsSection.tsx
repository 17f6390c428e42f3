import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { MappedField, Mapping } from "../../../core/mapping/mapping";
import type { PlanField } from "../../../core/model/plan-field";
import type { TableAt } from "./edit-mapping";
import { kindWords, roleWords } from "./field-words";
import { TableColumns } from "./TableColumns";
import { tableKey, type TableHeadings } from "./table-headings";
import { headerRowWords, tableSummary } from "./table-words";

const useStyles = makeStyles({
  sheets: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  sheetName: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  roles: {
    margin: `${tokens.spacingVerticalXXS} 0 0`,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  header: { overflowWrap: "anywhere" },
});

export interface SheetsSectionProps {
  mapping: Mapping;
  headings: TableHeadings;
  onField: (at: TableAt, column: string, field: PlanField | null, heading: string) => void;
  onPeriod: (at: TableAt, column: string, change: Pick<MappedField, "period" | "measure">) => void;
}

/**
 * Per sheet: what it was read as, and each table with its header row(s), group and columns. Tables
 * open one at a time: a GCC plan has dozens, and hundreds of dropdowns at once would slow the pane.
 */
export const SheetsSection = ({ mapping, headings, onField, onPeriod }: SheetsSectionProps) => {
  const styles = useStyles();
  return (
    <div className={styles.sheets}>
      {mapping.sheets.map((sheet, s) => (
        <section key={sheet.name} aria-label={`Sheet ${sheet.name}`} data-sheet={sheet.name}>
          <h4 className={styles.sheetName}>{sheet.name}</h4>
          <p className={styles.roles}>Read as: {roleWords(sheet.roles)}</p>
          {sheet.tables.length === 0 ? (
            <p className={styles.roles}>No tables are read on this sheet.</p>
          ) : (
            <Accordion multiple collapsible>
              {sheet.tables.map((table, t) => {
                const key = tableKey(sheet.name, table.headerRows[0]);
                const name = `${sheet.name}, ${kindWords(table.kind).toLowerCase()} table at ${headerRowWords(table.headerRows)}`;
                return (
                  <AccordionItem key={key} value={key}>
                    <AccordionHeader size="small" className={styles.header}>
                      {tableSummary(table)}
                    </AccordionHeader>
                    <AccordionPanel>
                      <TableColumns
                        name={name}
                        table={table}
                        headings={headings[key] ?? []}
                        onField={(column, field, heading) =>
                          onField({ sheet: s, table: t }, column, field, heading)
                        }
                        onPeriod={(column, change) =>
                          onPeriod({ sheet: s, table: t }, column, change)
                        }
                      />
                    </AccordionPanel>
                  </AccordionItem>
                );
              })}
            </Accordion>
          )}
        </section>
      ))}
    </div>
  );
};
