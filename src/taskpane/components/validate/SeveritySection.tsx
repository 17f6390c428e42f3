import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId, useState } from "react";
import type { Issue } from "../../../core/validate/issue";
import { SeverityIcon } from "../SeverityIcon";
import type { SeverityGroup } from "./group-issues";
import { IssueButton } from "./IssueButton";
import { severityHeading } from "./severity-words";

/** Issues shown at first per section; a plan with thousands of findings must not stall the pane. */
export const ISSUES_PER_PAGE = 50;

const useStyles = makeStyles({
  heading: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    margin: `${tokens.spacingVerticalS} 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

const notes = (count: number): string => `${count} ${count === 1 ? "note" : "notes"}`;

/**
 * One severity's issues on one sheet. Notes (info) start folded behind "Show N notes": they are worth
 * reading once the errors and warnings are dealt with, and must not push those down the pane.
 */
export const SeveritySection = ({
  group,
  onSelect,
}: {
  group: SeverityGroup;
  onSelect: (issue: Issue) => void;
}) => {
  const styles = useStyles();
  const headingId = useId();
  const listId = useId();
  const [shown, setShown] = useState(ISSUES_PER_PAGE);
  const [open, setOpen] = useState(group.severity !== "info");
  const visible = group.issues.slice(0, shown);
  const remaining = group.issues.length - visible.length;
  return (
    <section aria-labelledby={headingId}>
      <h4 id={headingId} className={styles.heading}>
        <SeverityIcon severity={group.severity} />
        {`${severityHeading(group.severity)} (${group.issues.length})`}
      </h4>
      {group.severity === "info" && (
        <Button
          appearance="subtle"
          aria-expanded={open}
          aria-controls={listId}
          onClick={() => setOpen((was) => !was)}
        >
          {open ? `Hide ${notes(group.issues.length)}` : `Show ${notes(group.issues.length)}`}
        </Button>
      )}
      {open && (
        <ul id={listId} className={styles.list}>
          {visible.map((issue, index) => (
            <li key={`${issue.code}-${issue.cell}-${index}`}>
              <IssueButton issue={issue} onSelect={onSelect} />
            </li>
          ))}
        </ul>
      )}
      {open && remaining > 0 && (
        <Button appearance="subtle" onClick={() => setShown((count) => count + ISSUES_PER_PAGE)}>
          {`Show ${Math.min(remaining, ISSUES_PER_PAGE)} more of ${remaining}`}
        </Button>
      )}
    </section>
  );
};
