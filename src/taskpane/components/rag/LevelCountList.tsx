import { makeStyles, tokens } from "@fluentui/react-components";
import type { RagLevel } from "../../../core/model/rag-level";
import { RAG_LEVELS } from "../../../core/model/rag-level";
import type { LevelCounts } from "../../../core/rag/level-counts";
import type { LevelSet } from "../../../core/rag/level-presets";
import { LevelTag } from "./LevelTag";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
  none: { color: tokens.colorNeutralForeground2 },
});

/**
 * "▲ High risk 9 (45%)" for each level that has any, most severe first then unrated (docs/RATINGS.md#counts).
 * Percentages are the core's, rounded as Excel's ROUND does, and are not forced to sum to 100.
 */
export const LevelCountList = ({
  counts,
  percent,
  levels,
}: {
  counts: LevelCounts;
  percent: LevelCounts;
  levels: LevelSet;
}) => {
  const styles = useStyles();
  const present: RagLevel[] = RAG_LEVELS.filter((level) => counts[level] > 0);
  if (present.length === 0) return <span className={styles.none}>none</span>;
  return (
    <ul className={styles.list}>
      {present.map((level) => (
        <li key={level} data-level={level}>
          <LevelTag
            levels={levels}
            level={level}
          >{`${counts[level]} (${percent[level]}%)`}</LevelTag>
        </li>
      ))}
    </ul>
  );
};
