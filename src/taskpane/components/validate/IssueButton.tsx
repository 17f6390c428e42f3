import { makeStyles, tokens } from "@fluentui/react-components";
import { useRowButtonStyles } from "../row-button-styles";
import { cellText } from "../../../core/model/cell-value";
import type { Issue } from "../../../core/validate/issue";
import { fieldLabel } from "./field-label";

// The same full-width row button as the RAG view's rated rows; only the text parts are Validate's own.
const useStyles = makeStyles({
  where: { fontWeight: tokens.fontWeightSemibold },
  value: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  message: { display: "block", overflowWrap: "anywhere" },
});

/** How a cell's value is shown in an issue: as text, in quotes, so blanks and spaces are visible. */
export const valueText = (issue: Issue): string =>
  issue.value === null || cellText(issue.value).trim() === ""
    ? "(blank)"
    : `“${cellText(issue.value)}”`;

/**
 * One issue as a button that takes the person to the cell. Everything from the workbook is rendered
 * as React text, never as HTML: cells really do contain markup (docs/RULES.md rule 18).
 */
export const IssueButton = ({
  issue,
  onSelect,
}: {
  issue: Issue;
  onSelect: (issue: Issue) => void;
}) => {
  const styles = useStyles();
  const row = useRowButtonStyles();
  const where = issue.field === null ? issue.cell : `${issue.cell} · ${fieldLabel(issue.field)}`;
  return (
    <button
      type="button"
      className={row.button}
      onClick={() => onSelect(issue)}
      data-issue-cell={issue.cell}
      data-issue-sheet={issue.sheet}
      title={`Go to ${issue.sheet}!${issue.cell}`}
    >
      <span className={styles.where}>{where}</span>
      <span className={styles.message}>{issue.message}</span>
      <span className={styles.value}>Value: {valueText(issue)}</span>
      {issue.owner !== undefined && issue.owner.length > 0 && (
        <span className={styles.value}>Owner: {issue.owner.join("; ")}</span>
      )}
    </button>
  );
};
