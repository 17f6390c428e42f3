import { Button } from "@fluentui/react-components";
import { PhaseSpinner } from "../../progress/PhaseSpinner";
import type { ViewProps } from "../../views/view-props";
import { OutcomeMessage } from "../OutcomeMessage";
import { useViewStyles } from "../view-styles";
import { loadEngines } from "../../engines/load-engines";
import type { LoadMappingEngine } from "./mapping-engine-types";
import { MappingEditor } from "./MappingEditor";
import { useMappingLoad } from "./use-mapping-load";

export interface MappingViewProps extends ViewProps {
  /** For tests; defaults to the mapping code fetched on first use. */
  loadEngine?: LoadMappingEngine;
  /** For tests; the as-of date of a preview is this day in the person's own calendar. */
  today?: () => Date;
}

const clock = () => new Date();

/**
 * Mapping (docs/HISTORY.md#issue-5-3): what Plan Tracker understood of this workbook — sheets, header rows,
 * columns, levels, measures and rules — corrected by the team, previewed, and saved inside the
 * workbook so every colleague and every run uses the same settings.
 */
export const MappingView = ({
  gateway,
  mode,
  analysis,
  loadEngine = loadEngines,
  today = clock,
}: MappingViewProps) => {
  const styles = useViewStyles();
  const { state, reload, markStored } = useMappingLoad(gateway, loadEngine);
  return (
    <div className={styles.view}>
      <p className={styles.intro}>
        {mode === "excel"
          ? "See what Plan Tracker understood of this workbook, correct it, preview the effect, and save it in the workbook for everyone who uses it."
          : "See what Plan Tracker understood of the workbook shown here, correct it, preview the effect, and save it with the workbook."}
      </p>
      <div aria-live="polite">
        {state.status === "loading" && (
          <PhaseSpinner
            progress={state.progress}
            starting="Reading what Plan Tracker understood of this workbook…"
          />
        )}
      </div>
      {state.status === "failed" && (
        <>
          <OutcomeMessage intent="error" layout="multiline" body={state.message} />
          <div>
            <Button onClick={() => void reload()}>Read the workbook again</Button>
          </div>
        </>
      )}
      {state.status === "ready" && (
        <MappingEditor
          key={state.read}
          gateway={gateway}
          mode={mode}
          analysis={analysis}
          loaded={state.loaded}
          loadEngine={loadEngine}
          today={today}
          onSaved={markStored}
          onReadAgain={() => void reload()}
        />
      )}
    </div>
  );
};
