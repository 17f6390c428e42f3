import { makeStyles, shorthands, tokens } from "@fluentui/react-components";
import { cellText } from "../../../core/model/cell-value";
import type { Issue } from "../../../core/validate/issue";
import { fieldLabel } from "./field-label";

const useStyles = makeStyles({
  button: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, ...shorthands.borderColor(tokens.colorBrandStroke1) },
    // A thick, high-contrast ring so keyboard users always see where they are (WCAG 2.4.7).
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, outlineOffset: "2px" },
  },
  where: { fontWeight: tokens.fontWeightSemibold },
  value: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  message: { display: "block", overflowWrap: "anywhere" },
});

/** How a cell's value is shown in an issue: as text, in quotes, so blanks and spaces are visible. */
export const valueText = (issue: Issue): string =>
  issue.value === null || cellText(issue.value).trim() === "" ? "(blank)" : `“${cellText(issue.value)}”`;

/**
 * One issue as a button that takes the person to the cell. Everything from the workbook is rendered
 * as React text, never as HTML: cells really do contain markup (DOMAIN §9 rule 18).
 */
export const IssueButton = ({ issue, onSelect }: { issue: Issue; onSelect: (issue: Issue) => void }) => {
  const styles = useStyles();
  const where = issue.field === null ? issue.cell : `${issue.cell} · ${fieldLabel(issue.field)}`;
  return (
    <button
      type="button"
      className={styles.button}
      onClick={() => onSelect(issue)}
      data-issue-cell={issue.cell}
      data-issue-sheet={issue.sheet}
      title={`Go to ${issue.sheet}!${issue.cell}`}
    >
      <span className={styles.where}>{where}</span>
      <span className={styles.message}>{issue.message}</span>
      <span className={styles.value}>Value: {valueText(issue)}</span>
    </button>
  );
};
