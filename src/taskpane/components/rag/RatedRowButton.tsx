import type { ReactNode } from "react";
import type { RagLevel } from "../../../core/model/rag-level";
import type { LevelSet } from "../../../core/rag/level-presets";
import { useRowButtonStyles } from "../row-button-styles";
import { LevelTag } from "./LevelTag";
import type { CellTarget } from "./rated-cells";

export interface RatedRowButtonProps {
  target: CellTarget;
  levels: LevelSet;
  level: RagLevel;
  /** The row's name in bold after its level ("1.2 · Recruit social workers"). */
  title: string;
  onSelect: (target: CellTarget) => void;
  /** The lines under the title: why it was rated so, its owner, its values. */
  children: ReactNode;
}

/**
 * One rated action or measure as a button that selects its cell: the level (glyph and words), the
 * name, then the row's own lines. The data attributes name the cell for the preview's grid and e2e.
 */
export const RatedRowButton = ({
  target,
  levels,
  level,
  title,
  onSelect,
  children,
}: RatedRowButtonProps) => {
  const styles = useRowButtonStyles();
  return (
    <button
      type="button"
      className={styles.button}
      onClick={() => onSelect(target)}
      data-rag-sheet={target.sheet}
      data-rag-cell={target.address}
      title={`Go to ${target.sheet}!${target.address}`}
    >
      <LevelTag levels={levels} level={level} /> <span className={styles.title}>{title}</span>
      {children}
    </button>
  );
};
