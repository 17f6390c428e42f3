import { makeStyles, tokens } from "@fluentui/react-components";
import { RAG_LEVELS, type RagLevel } from "../../../core/model/rag-level";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { LevelMix } from "../../../core/report/report-model";
import { LevelTag } from "../rag/LevelTag";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

/**
 * A key like BCP's "Total out of 38 actions" shares out the rated actions only, so the unrated ones
 * are counted but have no share (docs/RATINGS.md#counts); the core then leaves them out of the total.
 */
const unratedOutsideTotal = (mix: LevelMix): boolean =>
  mix.counts.unrated > 0 &&
  RAG_LEVELS.filter((level) => level !== "unrated").reduce(
    (sum, level) => sum + mix.counts[level],
    0
  ) === mix.total;

/**
 * "▲ High risk 2 (5%)" for each level that has any, most severe first (docs/RATINGS.md#counts): glyph and
 * label with every count, so colour is never the only signal (WCAG 1.4.1). Percentages are the
 * core's, whole numbers rounded as Excel's ROUND does, not forced to sum to 100.
 */
export const LevelMixList = ({
  mix,
  levels,
  label,
}: {
  mix: LevelMix;
  levels: LevelSet;
  label: string;
}) => {
  const styles = useStyles();
  const outside = unratedOutsideTotal(mix);
  const present: RagLevel[] = RAG_LEVELS.filter((level) => mix.counts[level] > 0);
  return (
    <ul className={styles.list} aria-label={label}>
      {present.map((level) => (
        <li key={level} data-level={level}>
          <LevelTag levels={levels} level={level}>
            {level === "unrated" && outside
              ? `${mix.counts[level]}, not counted in the ${mix.total}`
              : `${mix.counts[level]} (${mix.percent[level]}%)`}
          </LevelTag>
        </li>
      ))}
    </ul>
  );
};
