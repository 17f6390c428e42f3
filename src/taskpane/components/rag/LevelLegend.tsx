import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import { RAG_LEVELS } from "../../../core/model/rag-level";
import type { LevelSet } from "../../../core/rag/level-presets";
import { LevelTag } from "./LevelTag";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS} 0`,
  },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
  },
  meaning: { display: "block", color: tokens.colorNeutralForeground2 },
});

/**
 * What each level means in this plan's own words: Blue means different things in different councils
 * (docs/STATUSES.md), so the meaning is shown, not assumed.
 */
export const LevelLegend = ({ levels }: { levels: LevelSet }) => {
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} data-testid="rag-legend">
      <h3 id={headingId} className={styles.heading}>
        What each level means
      </h3>
      <ul className={styles.list}>
        {RAG_LEVELS.map((level) => (
          <li key={level}>
            <LevelTag levels={levels} level={level} />
            <span className={styles.meaning}>{levels[level].meaning}</span>
          </li>
        ))}
      </ul>
    </section>
  );
};
