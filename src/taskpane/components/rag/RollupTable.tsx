import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { percentages } from "../../../core/rag/level-counts";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { RagResult, Rollup } from "../../../core/rag/rate-plan";
import { LevelCountList } from "./LevelCountList";
import { scoreText } from "./rag-words";

const useStyles = makeStyles({
  scroller: { overflowX: "auto", maxWidth: "100%" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  caption: {
    textAlign: "left",
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
    paddingBottom: tokens.spacingVerticalXS,
  },
  cell: {
    textAlign: "left",
    verticalAlign: "top",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { fontWeight: tokens.fontWeightSemibold, color: tokens.colorNeutralForeground2 },
  group: { fontWeight: tokens.fontWeightRegular, overflowWrap: "anywhere", minWidth: "6em" },
  overall: {
    fontWeight: tokens.fontWeightSemibold,
    borderTop: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
  },
});

interface Columns {
  actions: boolean;
  measures: boolean;
  score: boolean;
}

const Row = ({
  rollup,
  levels,
  columns,
  overall,
}: {
  rollup: Rollup;
  levels: LevelSet;
  columns: Columns;
  overall: boolean;
}) => {
  const styles = useStyles();
  const cell = overall ? mergeClasses(styles.cell, styles.overall) : styles.cell;
  return (
    <tr data-group={rollup.name}>
      <th scope="row" className={mergeClasses(cell, styles.group)}>
        {rollup.name}
      </th>
      {columns.actions && (
        <td className={cell}>
          <LevelCountList counts={rollup.counts} percent={rollup.percent} levels={levels} />
        </td>
      )}
      {columns.measures && (
        <td className={cell}>
          <LevelCountList
            counts={rollup.measureCounts}
            percent={percentages(rollup.measureCounts)}
            levels={levels}
          />
        </td>
      )}
      {columns.score && (
        <td className={cell}>{rollup.score === null ? "not rated" : scoreText(rollup.score)}</td>
      )}
    </tr>
  );
};

const total = (counts: Record<string, number>): number =>
  Object.values(counts).reduce((sum, n) => sum + n, 0);

/**
 * The roll-up a board reads (docs/RATINGS.md#roll-ups): per group, how many actions and measures sit at each level,
 * and on a numeric scale (Thurrock) the mean rating, previous → current; the whole plan last.
 * A plain table with row and column headers, so a screen reader announces what each count is.
 */
export const RollupTable = ({ result, levels }: { result: RagResult; levels: LevelSet }) => {
  const styles = useStyles();
  const columns: Columns = {
    actions: total(result.overall.counts) > 0,
    measures: total(result.overall.measureCounts) > 0,
    score: result.overall.score !== null,
  };
  if (!columns.actions && !columns.measures) columns.actions = true;
  const { previous, current } = result.scorePeriods;
  const scoreHeading =
    previous !== null && current !== null
      ? `Mean rating (${previous} → ${current})`
      : "Mean rating";
  return (
    <div className={styles.scroller}>
      <table className={styles.table} data-testid="rag-rollup">
        <caption className={styles.caption}>Roll-up by group</caption>
        <thead>
          <tr>
            <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
              Group
            </th>
            {columns.actions && (
              <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                Actions
              </th>
            )}
            {columns.measures && (
              <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                Measures
              </th>
            )}
            {columns.score && (
              <th scope="col" className={mergeClasses(styles.cell, styles.head)}>
                {scoreHeading}
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {result.groups.map((group) => (
            <Row
              key={group.name}
              rollup={group}
              levels={levels}
              columns={columns}
              overall={false}
            />
          ))}
          <Row rollup={result.overall} levels={levels} columns={columns} overall />
        </tbody>
      </table>
    </div>
  );
};
