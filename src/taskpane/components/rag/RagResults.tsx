import { makeStyles, tokens } from "@fluentui/react-components";
import type { WorkbookGateway } from "../../../core/gateway";
import { OutcomeMessage } from "../OutcomeMessage";
import { useGoToCell } from "../use-go-to-cell";
import { AllRatings } from "./AllRatings";
import { ExceptionLists } from "./ExceptionLists";
import { LevelLegend } from "./LevelLegend";
import type { RagRun } from "../../engines/rag";
import { ratedSummary } from "./rag-words";
import type { CellTarget } from "./rated-cells";
import { Reconciliation } from "./Reconciliation";
import { RollupTable } from "./RollupTable";

const useStyles = makeStyles({
  results: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  summary: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400 },
});

/** The outcome of one Rate or Refresh: the roll-up, what needs attention, every rating, the legend. */
export const RagResults = ({
  run,
  gateway,
  period,
}: {
  run: RagRun;
  gateway: WorkbookGateway;
  period: string | null;
}) => {
  const styles = useStyles();
  const { selectError, goTo } = useGoToCell(gateway);
  const { result, levels } = run;
  const onSelect = ({ sheet, address }: CellTarget) => void goTo(sheet, address);

  return (
    <div className={styles.results}>
      <p className={styles.summary} role="status" data-testid="rag-summary">
        {ratedSummary(result.asOf, result.actions.length, result.measures.length, period)}
      </p>
      {selectError !== null && <OutcomeMessage intent="warning" body={selectError} />}
      <RollupTable result={result} levels={levels} />
      <Reconciliation reconciliation={run.reconciliation} levels={levels} onSelect={onSelect} />
      <ExceptionLists exceptions={result.exceptions} levels={levels} onSelect={onSelect} />
      <AllRatings result={result} levels={levels} onSelect={onSelect} />
      <LevelLegend levels={levels} />
    </div>
  );
};
