import type { LevelSet } from "../../../core/rag/level-presets";
import type { RatedMetric } from "../../../core/rag/rate-plan";
import { LevelTag } from "./LevelTag";
import { asSentence, directionText, measuredText } from "./rag-words";
import type { CellTarget } from "./rated-cells";
import { metricCell } from "./rated-cells";
import { useRowButtonStyles } from "../row-button-styles";

/** One rated measure as a button that selects the Actual cell it was rated on (or its name cell). */
export const RatedMetricButton = ({ rated, levels, onSelect }: { rated: RatedMetric; levels: LevelSet; onSelect: (target: CellTarget) => void }) => {
  const styles = useRowButtonStyles();
  const { metric, period, rating, direction } = rated;
  const target = metricCell(rated);
  const values =
    period === null
      ? "No reporting period to rate"
      : `${period.label}: target ${measuredText(period.target)}, actual ${measuredText(period.actual)}`;
  return (
    <button
      type="button"
      className={styles.button}
      onClick={() => onSelect(target)}
      data-rag-sheet={target.sheet}
      data-rag-cell={target.address}
      title={`Go to ${target.sheet}!${target.address}`}
    >
      <LevelTag levels={levels} level={rating.level} />{" "}
      <span className={styles.title}>{metric.name.trim() === "" ? "(no name)" : metric.name}</span>
      <span className={styles.line}>{values}</span>
      <span className={styles.detail}>{`Direction: ${directionText(direction)}`}</span>
      <span className={styles.detail}>{asSentence(rating.reason)}</span>
    </button>
  );
};
