import { Button } from "@fluentui/react-components";
import { useState } from "react";
import type { UpdateDone } from "../../../app/update-action";
import type { LevelSet } from "../../../core/rag/level-presets";
import type { MyAction } from "../../../core/updates/my-actions";
import { LevelTag } from "../rag/LevelTag";
import { useRowButtonStyles } from "../row-button-styles";
import type { WorkbookGateway } from "../../../core/gateway";
import type { MyActionsEngine } from "./my-actions-engine-types";
import { UpdateForm } from "./UpdateForm";

export interface MyActionItemProps {
  item: MyAction;
  levels: LevelSet;
  engine: MyActionsEngine;
  gateway: WorkbookGateway;
  asOf: string;
  onGoTo: (sheet: string, address: string) => void;
  onSaved: (done: UpdateDone) => void;
}

/**
 * One of the person's actions: a button that goes to its row, what Plan Tracker read of it (due date
 * as written and as read, recorded status, rating and reason, latest progress), and its update form.
 */
export const MyActionItem = ({
  item,
  levels,
  engine,
  gateway,
  asOf,
  onGoTo,
  onSaved,
}: MyActionItemProps) => {
  const styles = useRowButtonStyles();
  const [open, setOpen] = useState(false);
  const name = item.ref ?? item.key;
  const due =
    item.dueWritten === ""
      ? "no date"
      : item.dueRead === null
        ? `${item.dueWritten} (not read as a date)`
        : `${item.dueWritten} (read as ${item.dueRead})`;
  return (
    <li data-my-action-row={item.row} data-my-action-sheet={item.sheet}>
      <button
        type="button"
        className={styles.button}
        onClick={() => onGoTo(item.sheet, item.address)}
        title={`Go to ${item.sheet}!${item.address}`}
      >
        <LevelTag levels={levels} level={item.level} />{" "}
        <span className={styles.title}>{`${name} · ${item.title}`}</span>
        <span className={styles.detail}>{item.group}</span>
        <span className={styles.line}>{`Due: ${due}`}</span>
        <span className={styles.line}>{`Recorded status: ${item.recorded ?? "none"}`}</span>
        <span
          className={styles.line}
        >{`Plan Tracker: ${item.reason}${item.through === "lead" ? " (in a group you lead)" : ""}`}</span>
        {item.progress !== "" && (
          <span className={styles.detail}>{`Latest progress: ${item.progress}`}</span>
        )}
      </button>
      <Button size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? `Close the update for ${name}` : `Update ${name}`}
      </Button>
      {open && (
        <UpdateForm
          engine={engine}
          gateway={gateway}
          sheet={item.sheet}
          row={item.row}
          name={name}
          asOf={asOf}
          onSaved={(done) => {
            setOpen(false);
            onSaved(done);
          }}
          onClose={() => setOpen(false)}
        />
      )}
    </li>
  );
};
