import type { LevelSet } from "../../../core/rag/level-presets";
import type { RatedMetric } from "../../../core/rag/rate-plan";
import { asSentence, directionText, measuredText } from "./rag-words";
import type { CellTarget } from "./rated-cells";
import { metricCell } from "./rated-cells";
import { useRowButtonStyles } from "../row-button-styles";
import { RatedRowButton } from "./RatedRowButton";

/** One rated measure as a button that selects the Actual cell it was rated on (or its name cell). */
export const RatedMetricButton = ({
  rated,
  levels,
  onSelect,
}: {
  rated: RatedMetric;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const styles = useRowButtonStyles();
  const { metric, period, rating, direction } = rated;
  const values =
    period === null
      ? "No reporting period to rate"
      : `${period.label}: target ${measuredText(period.target)}, actual ${measuredText(period.actual)}`;
  return (
    <RatedRowButton
      target={metricCell(rated)}
      levels={levels}
      level={rating.level}
      title={metric.name.trim() === "" ? "(no name)" : metric.name}
      onSelect={onSelect}
    >
      <span className={styles.line}>{values}</span>
      <span className={styles.detail}>{`Direction: ${directionText(direction)}`}</span>
      <span className={styles.detail}>{asSentence(rating.reason)}</span>
    </RatedRowButton>
  );
};
