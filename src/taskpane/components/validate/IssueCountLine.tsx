import { makeStyles, tokens } from "@fluentui/react-components";
import type { IssueSummary } from "../../../core/validate/issue";
import { SEVERITIES } from "../../../core/validate/issue";
import { SeverityIcon } from "../SeverityIcon";
import { issueTotal, severityCount } from "./severity-words";

const useStyles = makeStyles({
  line: {
    margin: `${tokens.spacingVerticalM} 0`,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
  },
  part: { whiteSpace: "nowrap" },
});

/** "12 issues: 3 errors, 7 warnings, 2 info", each severity with its icon and its word. */
export const IssueCountLine = ({ summary }: { summary: IssueSummary }) => {
  const styles = useStyles();
  const total = issueTotal(summary);
  return (
    <p className={styles.line} role="status" data-testid="issue-count">
      <strong>{`${total} ${total === 1 ? "issue" : "issues"}:`}</strong>{" "}
      {SEVERITIES.map((severity, index) => (
        <span key={severity} className={styles.part}>
          <SeverityIcon severity={severity} /> {severityCount(severity, summary[severity])}
          {index < SEVERITIES.length - 1 ? ", " : ""}
        </span>
      ))}
    </p>
  );
};
