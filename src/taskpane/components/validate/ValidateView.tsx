import { Button } from "@fluentui/react-components";
import { ResultsArea } from "../../a11y/ResultsArea";
import { SKIP_TARGETS } from "../../a11y/skip-targets";
import { LazyPhaseSpinner } from "../../progress/LazySpinner";
import type { ViewProps } from "../../views/view-props";
import { NothingToRate } from "../NothingToRate";
import { LazyOutcomeMessage } from "../LazyOutcomeMessage";
import { useViewStyles } from "../view-styles";
import { LazyValidationResult, preloadValidationResult } from "./lazy-validation-result";

/** Validate: read the whole workbook, check it cell by cell, list what is wrong and where. */
export const ValidateView = ({ gateway, mode, analysis }: ViewProps) => {
  const styles = useViewStyles();
  const { state, run } = analysis;
  const busy = state.status === "busy";
  return (
    <div className={styles.view}>
      <p className={styles.intro}>
        {mode === "excel"
          ? "Check this workbook cell by cell. Nothing in it is changed."
          : "Check the workbook shown here cell by cell. Nothing in it is changed."}
      </p>
      <div className={styles.actions}>
        <Button
          id={SKIP_TARGETS.action}
          appearance="primary"
          onClick={() => {
            preloadValidationResult();
            void run();
          }}
          disabledFocusable={busy}
        >
          Validate workbook
        </Button>
      </div>
      {/* The skip link's target; App's live region announces how the run ended. */}
      <ResultsArea label="Validation results">
        <div aria-live="polite">
          {state.status === "busy" && (
            <LazyPhaseSpinner
              progress={state.progress}
              starting="Reading the workbook and checking it…"
            />
          )}
        </div>
        {state.status === "failed" && <LazyOutcomeMessage intent="error" body={state.message} />}
        {state.status === "not-a-plan" && <NothingToRate sentence={state.sentence} />}
        {state.status === "done" && (
          <LazyValidationResult analysis={state.analysis} gateway={gateway} />
        )}
      </ResultsArea>
    </div>
  );
};
