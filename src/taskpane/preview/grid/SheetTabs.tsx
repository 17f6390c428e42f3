import { Tab, TabList } from "@fluentui/react-components";
import type { SheetSnapshot } from "../../../core/snapshot/workbook-snapshot";

/** The workbook's sheets as tabs, in workbook order; hidden sheets are shown and marked as such. */
export const SheetTabs = ({
  sheets,
  active,
  onChange,
}: {
  sheets: SheetSnapshot[];
  active: string;
  onChange: (sheet: string) => void;
}) => (
  <TabList size="small" selectedValue={active} onTabSelect={(_event, data) => onChange(String(data.value))} aria-label="Sheets">
    {sheets.map((sheet) => (
      <Tab key={sheet.name} value={sheet.name}>
        {sheet.visibility === "visible" ? sheet.name : `${sheet.name} (hidden)`}
      </Tab>
    ))}
  </TabList>
);
