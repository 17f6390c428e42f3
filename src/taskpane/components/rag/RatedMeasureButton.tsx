import type { LevelSet } from "../../../core/rag/level-presets";
import type { RatedMeasure } from "../../../core/rag/rate-plan";
import { asSentence, directionText, measuredText } from "./rag-words";
import type { CellTarget } from "./rated-cells";
import { measureCell } from "./rated-cells";
import { useRowButtonStyles } from "../row-button-styles";
import { RatedRowButton } from "./RatedRowButton";

/** One rated measure as a button that selects the Actual cell it was rated on (or its name cell). */
export const RatedMeasureButton = ({
  rated,
  levels,
  onSelect,
}: {
  rated: RatedMeasure;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const styles = useRowButtonStyles();
  const { measure, period, rating, direction } = rated;
  const values =
    period === null
      ? "No reporting period to rate"
      : `${period.label}: target ${measuredText(period.target)}, actual ${measuredText(period.actual)}`;
  return (
    <RatedRowButton
      target={measureCell(rated)}
      levels={levels}
      level={rating.level}
      title={measure.name.trim() === "" ? "(no name)" : measure.name}
      onSelect={onSelect}
    >
      <span className={styles.line}>{values}</span>
      <span className={styles.detail}>{`Direction: ${directionText(direction)}`}</span>
      <span className={styles.detail}>{asSentence(rating.reason)}</span>
    </RatedRowButton>
  );
};
