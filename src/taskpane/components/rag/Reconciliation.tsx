import { makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { Reconciliation as ReconciliationData } from "../../../core/rag/reconcile";
import { useRowButtonStyles } from "../row-button-styles";
import { PagedList } from "./PagedList";
import { RatedRowButton } from "./RatedRowButton";
import type { CellTarget } from "./rated-cells";

const useStyles = makeStyles({
  heading: {
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    margin: `${tokens.spacingVerticalL} 0 ${tokens.spacingVerticalXS} 0`,
  },
  count: { margin: 0 },
});

/**
 * Owners and dates, side by side (docs/HISTORY.md#issue-11-2): how many agree, then each action where they do not,
 * in one line with the reason, a way to the owner's cell. Shown after the roll-up, where a lead
 * compares "owners say" with "the dates say" before the board does.
 */
export const Reconciliation = ({
  reconciliation,
  levels,
  onSelect,
}: {
  reconciliation: ReconciliationData;
  levels: LevelSet;
  onSelect: (target: CellTarget) => void;
}) => {
  const styles = useStyles();
  const rows = useRowButtonStyles();
  const headingId = useId();
  if (reconciliation.compared === 0) return null;
  const { disagreements } = reconciliation;
  return (
    <section aria-labelledby={headingId} data-testid="rag-reconciliation">
      <h3
        id={headingId}
        className={styles.heading}
      >{`Owners and dates disagree (${disagreements.length})`}</h3>
      <p
        className={styles.count}
      >{`${reconciliation.summary.charAt(0).toUpperCase()}${reconciliation.summary.slice(1)}.`}</p>
      <PagedList
        items={disagreements}
        keyOf={(item, index) => `${item.sheet}-${item.cell}-${index}`}
        render={(item) => (
          <RatedRowButton
            target={{ sheet: item.sheet, address: item.cell }}
            levels={levels}
            level={item.calculated}
            title={`${item.ref} · ${item.title.trim() === "" ? "(no title)" : item.title}`}
            onSelect={onSelect}
          >
            <span className={rows.line}>{item.line}</span>
            <span
              className={rows.detail}
            >{`Owner: ${item.owner === "" ? "none recorded" : item.owner}`}</span>
          </RatedRowButton>
        )}
      />
    </section>
  );
};
