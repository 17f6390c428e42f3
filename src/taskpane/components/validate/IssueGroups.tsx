import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
} from "@fluentui/react-components";
import type { Issue } from "../../../core/validate/issue";
import type { SheetIssues } from "./group-issues";
import { SeveritySection } from "./SeveritySection";

/** Open every sheet when the list is short; otherwise only the first, so the pane stays quick. */
const OPEN_ALL_UP_TO = 100;

export const IssueGroups = ({
  sheets,
  onSelect,
}: {
  sheets: SheetIssues[];
  onSelect: (issue: Issue) => void;
}) => {
  const total = sheets.reduce((sum, sheet) => sum + sheet.total, 0);
  const defaultOpen =
    total <= OPEN_ALL_UP_TO
      ? sheets.map((sheet) => sheet.sheet)
      : sheets.slice(0, 1).map((sheet) => sheet.sheet);
  return (
    <Accordion multiple collapsible defaultOpenItems={defaultOpen}>
      {sheets.map((sheet) => {
        const title = `${sheet.sheet} — ${sheet.total} ${sheet.total === 1 ? "issue" : "issues"}`;
        return (
          <AccordionItem key={sheet.sheet} value={sheet.sheet}>
            <AccordionHeader as="h3">{title}</AccordionHeader>
            <AccordionPanel>
              <section aria-label={title}>
                {sheet.bySeverity.map((group) => (
                  <SeveritySection key={group.severity} group={group} onSelect={onSelect} />
                ))}
              </section>
            </AccordionPanel>
          </AccordionItem>
        );
      })}
    </Accordion>
  );
};
