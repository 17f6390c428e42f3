import { makeStyles } from "@fluentui/react-components";
import type { SheetSnapshot } from "../../../core/snapshot/workbook-snapshot";
import { PaneTabList } from "../../components/PaneTabList";

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
      {/* PaneTabList: Fluent's TabList without the focus sentinels axe reports (see there). */}
      <PaneTabList
        label="Sheets"
        size="small"
        selected={active}
        onSelect={onChange}
        tabs={sheets.map((sheet) => ({
          value: sheet.name,
          label: sheet.visibility === "visible" ? sheet.name : `${sheet.name} (hidden)`,
        }))}
      />
    </div>
  );
};
