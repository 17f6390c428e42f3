import { Tab, TabList, makeStyles } from "@fluentui/react-components";
import type { SheetSnapshot } from "../../../core/snapshot/workbook-snapshot";

const useStyles = makeStyles({
  // Plans have many sheets with long names; the strip scrolls rather than widening the page.
  strip: { overflowX: "auto", maxWidth: "100%", flexShrink: 0 },
});

/** The workbook's sheets as tabs, in workbook order; hidden sheets are shown and marked as such. */
export const SheetTabs = ({
  sheets,
  active,
  onChange,
}: {
  sheets: SheetSnapshot[];
  active: string;
  onChange: (sheet: string) => void;
}) => {
  const styles = useStyles();
  return (
    <div className={styles.strip}>
      <TabList size="small" selectedValue={active} onTabSelect={(_event, data) => onChange(String(data.value))} aria-label="Sheets">
        {sheets.map((sheet) => (
          <Tab key={sheet.name} value={sheet.name}>
            {sheet.visibility === "visible" ? sheet.name : `${sheet.name} (hidden)`}
          </Tab>
        ))}
      </TabList>
    </div>
  );
};
