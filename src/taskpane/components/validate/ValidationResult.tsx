import { makeStyles, tokens } from "@fluentui/react-components";
import { CheckmarkCircle20Filled } from "@fluentui/react-icons";
import { useMemo, useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import type { Issue } from "../../../core/validate/issue";
import type { PaneAnalysis } from "../../hooks/pane-analysis";
import { OutcomeMessage } from "../OutcomeMessage";
import { useGoToCell } from "../use-go-to-cell";
import { groupIssues } from "./group-issues";
import { IssueCountLine } from "./IssueCountLine";
import { LazyIssueFilters } from "./lazy-issue-filters";
import { IssueGroups } from "./IssueGroups";
import { NO_FILTER, filterChoices, filterPaneIssues } from "./pane-issue-filter";
import { UnmappedList } from "./UnmappedList";

const useStyles = makeStyles({
  clean: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    margin: `${tokens.spacingVerticalS} 0`,
    fontSize: tokens.fontSizeBase400,
  },
  cleanIcon: { color: tokens.colorStatusSuccessForeground1, flexShrink: 0 },
  understood: { margin: `0 0 ${tokens.spacingVerticalS} 0`, color: tokens.colorNeutralForeground2 },
});

const LAYOUT_NAMES: Record<string, string> = {
  gcc: "a Gloucestershire-style plan",
  bcp: "a BCP-style plan",
  thurrock: "a Thurrock-style plan",
  scorecard: "a corporate scorecard",
  generic: "a plan in a layout Plan Tracker does not know",
};

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/** The outcome of one Validate run: the count, the issues by sheet and severity, what was not mapped. */
export const ValidationResult = ({
  analysis,
  gateway,
}: {
  analysis: PaneAnalysis;
  gateway: WorkbookGateway;
}) => {
  const styles = useStyles();
  const { selectError, goTo } = useGoToCell(gateway);
  const [filter, setFilter] = useState(NO_FILTER);
  const choices = useMemo(() => filterChoices(analysis.issues), [analysis]);
  const kept = useMemo(() => filterPaneIssues(analysis.issues, filter), [analysis, filter]);
  const sheets = useMemo(() => groupIssues(kept, analysis.sheets), [kept, analysis]);

  return (
    <div>
      <p className={styles.understood}>
        {`Read as ${LAYOUT_NAMES[analysis.layout] ?? LAYOUT_NAMES.generic}: ${plural(analysis.actions, "action", "actions")}, ${plural(
          analysis.measures,
          "measure",
          "measures"
        )}.`}
      </p>
      {analysis.headerMoves !== undefined && (
        <OutcomeMessage
          intent="info"
          layout="multiline"
          body={analysis.headerMoves}
          data-testid="header-moves"
        />
      )}
      <IssueCountLine summary={analysis.summary} />
      {selectError !== null && <OutcomeMessage intent="warning" body={selectError} />}
      {analysis.issues.length === 0 ? (
        <p className={styles.clean}>
          <CheckmarkCircle20Filled className={styles.cleanIcon} aria-hidden="true" />
          No issues found
        </p>
      ) : (
        <>
          <LazyIssueFilters
            filter={filter}
            codes={choices.codes}
            owners={choices.owners}
            onChange={setFilter}
          />
          {kept.length === 0 ? (
            <p>No issues match these filters.</p>
          ) : (
            <IssueGroups
              sheets={sheets}
              onSelect={(issue: Issue) => void goTo(issue.sheet, issue.cell)}
            />
          )}
        </>
      )}
      <UnmappedList notes={analysis.unmapped} />
    </div>
  );
};
