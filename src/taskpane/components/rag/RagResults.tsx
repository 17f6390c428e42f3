import { MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import { AllRatings } from "./AllRatings";
import { ExceptionLists } from "./ExceptionLists";
import { LevelLegend } from "./LevelLegend";
import type { RagRun } from "./rag-engine";
import { ratedSummary } from "./rag-words";
import type { CellTarget } from "./rated-cells";
import { RollupTable } from "./RollupTable";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/** The outcome of one Rate or Refresh: the roll-up, what needs attention, every rating, the legend. */
export const RagResults = ({ run, gateway, period }: { run: RagRun; gateway: WorkbookGateway; period: string | null }) => {
  const styles = useStyles();
  const [selectError, setSelectError] = useState<string | null>(null);
  const { result, levels } = run;

  const goTo = async ({ sheet, address }: CellTarget) => {
    setSelectError(null);
    try {
      const selected = await gateway.select(sheet, address);
      if (!selected.ok) setSelectError(selected.error.message);
    } catch (error: unknown) {
      console.error("Plan Tracker: select failed", error);
      setSelectError(`Plan Tracker could not go to ${sheet}!${address}; please find the cell by hand.`);
    }
  };
  const onSelect = (target: CellTarget) => void goTo(target);

  return (
    <div className={styles.results}>
      <p className={styles.summary} role="status" data-testid="rag-summary">
        {ratedSummary(result.asOf, result.actions.length, result.metrics.length, period)}
      </p>
      {selectError !== null && (
        <MessageBar intent="warning">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      <RollupTable result={result} levels={levels} />
      <ExceptionLists exceptions={result.exceptions} levels={levels} onSelect={onSelect} />
      <AllRatings result={result} levels={levels} onSelect={onSelect} />
      <LevelLegend levels={levels} />
    </div>
  );
};
