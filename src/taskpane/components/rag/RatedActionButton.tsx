import type { RatedAction } from "../../../core/rag/rate-plan";
import type { LevelSet } from "../../../core/rag/level-presets";
import { formatDate } from "../../../core/rag/format-date";
import { asSentence, plural } from "./rag-words";
import type { CellTarget } from "./rated-cells";
import { actionCell } from "./rated-cells";
import { useRowButtonStyles } from "../row-button-styles";
import { RatedRowButton } from "./RatedRowButton";

/** "Due 30 Sep 2022 (124 days overdue)", "Ongoing", "No date": what a board asks of every action (docs/RATINGS.md#exceptions). */
const dueText = ({ action, rating }: RatedAction): string => {
  const { due, kind } = action.timescale;
  if (due === null) return kind === "ONGOING" || kind === "ONGOING_FROM" ? "Ongoing" : "No date";
  const overdue =
    rating.overdueDays !== null && rating.overdueDays > 0
      ? ` (${plural(rating.overdueDays, "day", "days")} overdue)`
      : "";
  return `Due ${formatDate(due)}${overdue}`;
};

/**
 * One rated action as a button that selects its title (or ref) cell. Workbook text is rendered as
 * React text, never HTML: BCP's cells really do hold <p> markup (docs/RULES.md rule 18).
 */
export const RatedActionButton = ({
  rated,
  levels,
  onSelect,
}: {
  rated: RatedAction;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const styles = useRowButtonStyles();
  const { action, rating } = rated;
  const owner = action.owners.length > 0 ? action.owners.join("; ") : "none recorded";
  const title = action.title.trim() === "" ? "(no title)" : action.title;
  return (
    <RatedRowButton
      target={actionCell(action)}
      levels={levels}
      level={rating.level}
      title={`${action.ref ?? action.key} · ${title}`}
      onSelect={onSelect}
    >
      <span className={styles.line}>{asSentence(rating.reason)}</span>
      <span className={styles.detail}>{`Owner: ${owner} · ${dueText(rated)}`}</span>
    </RatedRowButton>
  );
};
