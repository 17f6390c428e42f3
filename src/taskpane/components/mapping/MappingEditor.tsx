import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Button,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { acceptPolarityProposals } from "../../../core/mapping/accept-suggestions";
import type { Mapping } from "../../../core/mapping/mapping";
import { mappingJson } from "../../../core/mapping/mapping-json";
import { PhaseSpinner } from "../../progress/PhaseSpinner";
import type { ViewProps } from "../../views/view-props";
import { OutcomeMessage } from "../OutcomeMessage";
import { useViewStyles } from "../view-styles";
import { localIsoDate } from "../rag/as-of-date";
import { withPreset } from "./apply-preset";
import {
  withColumnField,
  withColumnPeriod,
  withDates,
  withLevel,
  withMeasure,
  withMissingValues,
  withPolicy,
  withProgressNotes,
  withReport,
} from "./edit-mapping";
import { EffectSummary } from "./EffectSummary";
import { useRunAnnouncement } from "../../a11y/announce";
import { ResultsArea } from "../../a11y/ResultsArea";
import { SKIP_TARGETS } from "../../a11y/skip-targets";
import { mappingPreviewAnnouncement } from "../../a11y/view-announcements";
import type { MappingEffect } from "./effect-words";
import { LevelsSection } from "./LevelsSection";
import type { LoadedMapping } from "../../engines/mapping";
import type { LoadMappingEngine } from "./mapping-engine-types";
import { MeasuresSection, measureList } from "./MeasuresSection";
import { MissingValuesInput } from "./MissingValuesInput";
import { PolicySection } from "./PolicySection";
import { PresetPicker } from "./PresetPicker";
import { ReportSection } from "./ReportSection";
import { UpdatesSection } from "./UpdatesSection";
import { SheetsSection } from "./SheetsSection";
import { sourceLine } from "./source-words";
import { useMappingTask } from "./use-mapping-task";

const useStyles = makeStyles({
  // A task pane can be 320 px wide: controls shrink to it rather than push the pane sideways (a
  // native select is otherwise as wide as its longest option).
  editor: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    "& select, & input, & .fui-Select, & .fui-Input, & .fui-Field": {
      minWidth: 0,
      maxWidth: "100%",
    },
  },
  source: { margin: 0 },
  panel: { paddingBottom: tokens.spacingVerticalM },
  stack: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

// One array for "no words", so the box below sees the same list until the words really change.
const NO_WORDS: readonly string[] = [];

/** Said after saving inside Excel (docs/HISTORY.md#issue-5: the mapping travels inside the workbook). */
export const SAVED_IN_WORKBOOK =
  "Saved in the workbook: everyone who opens it, and the command line, will use these settings.";
/** Said after saving in the preview, where the workbook is a copy held in this page until another is opened. */
export const SAVED_IN_PREVIEW =
  "Saved in the copy shown here: Validate, RAG and Report here now use these settings.";

export interface MappingEditorProps extends ViewProps {
  loaded: LoadedMapping;
  loadEngine: LoadMappingEngine;
  today: () => Date;
  onSaved: (loaded: LoadedMapping) => void;
  onReadAgain: () => void;
}

const plural = (count: number, one: string, many: string): string =>
  `${count} ${count === 1 ? one : many}`;

/**
 * The mapping as loaded beside the edited one: every edit is kept here until Save, previewed against
 * the workbook as it reads now, and checked whole before it is saved (never half applied).
 */
export const MappingEditor = ({
  gateway,
  mode,
  analysis,
  loaded,
  loadEngine,
  today,
  onSaved,
  onReadAgain,
}: MappingEditorProps) => {
  const styles = useStyles();
  const view = useViewStyles();
  const [edited, setEdited] = useState<Mapping>(loaded.mapping);
  const preview = useMappingTask<MappingEffect>();
  // Said in the pane's live region when Preview the effect ends (docs/HISTORY.md#issue-16).
  useRunAnnouncement(preview.state, mappingPreviewAnnouncement);
  const save = useMappingTask<Mapping>();
  const clearPreview = preview.clear;
  const clearSave = save.clear;

  const edit = useCallback(
    (change: (mapping: Mapping) => Mapping) => {
      setEdited(change);
      // An answer about another mapping would mislead.
      clearPreview();
      clearSave();
    },
    [clearPreview, clearSave]
  );

  const loadedJson = useMemo(() => mappingJson(loaded.mapping), [loaded.mapping]);
  const changed = useMemo(() => mappingJson(edited) !== loadedJson, [edited, loadedJson]);
  const measures = useMemo(
    () => measureList(loaded.measures, edited.measures),
    [loaded.measures, edited.measures]
  );
  const tables = edited.sheets.reduce((sum, sheet) => sum + sheet.tables.length, 0);
  const busy = preview.state.status === "busy" || save.state.status === "busy";

  const onPreview = () =>
    void preview.run(
      async (onProgress) =>
        (await loadEngine()).previewEffect(
          gateway,
          {
            edited,
            asOf: localIsoDate(today()),
            baseline: loaded.storedProblem !== undefined ? "detection" : "workbook",
          },
          onProgress
        ),
      "previewing the mapping"
    );

  const onSave = async () => {
    clearPreview();
    const saved = await save.run(
      async (onProgress) => (await loadEngine()).saveMapping(gateway, edited, onProgress),
      "saving the mapping"
    );
    if (saved === null) return;
    setEdited(saved);
    onSaved({
      mapping: saved,
      source: "stored",
      headings: loaded.headings,
      measures: loaded.measures,
      ...(loaded.suggestions ? { suggestions: loaded.suggestions } : {}),
    });
    // Validate's last result was worked out with the old settings; bring it up to date.
    if (analysis.state.status === "done") void analysis.run();
  };

  return (
    <div className={styles.editor}>
      <p className={styles.source} data-testid="mapping-source">
        <strong>Where these settings come from:</strong> {sourceLine(loaded)}
      </p>
      {loaded.storedProblem !== undefined && (
        <OutcomeMessage
          intent="warning"
          layout="multiline"
          body={`${loaded.storedProblem} What detection understood is shown instead; saving replaces the stored mapping.`}
        />
      )}
      <PresetPicker
        initial={edited.layout}
        disabled={busy}
        onApply={(preset) => edit((mapping) => withPreset(mapping, preset))}
      />
      <Accordion multiple collapsible>
        <AccordionItem value="sheets">
          <AccordionHeader as="h3">{`Sheets and columns (${plural(edited.sheets.length, "sheet", "sheets")}, ${plural(tables, "table", "tables")})`}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <SheetsSection
              mapping={edited}
              headings={loaded.headings}
              onField={(at, column, field, heading) =>
                edit((mapping) => withColumnField(mapping, at, column, field, heading))
              }
              onPeriod={(at, column, change) =>
                edit((mapping) => withColumnPeriod(mapping, at, column, change))
              }
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="levels">
          <AccordionHeader as="h3">Levels</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <LevelsSection
              levels={edited.levels}
              onLevel={(id, change) => edit((mapping) => withLevel(mapping, id, change))}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="measures">
          <AccordionHeader as="h3">{`Measures (${measures.length})`}</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <div className={styles.stack}>
              <MissingValuesInput
                words={edited.missingValues ?? NO_WORDS}
                onWords={(words) => edit((mapping) => withMissingValues(mapping, words))}
              />
              <MeasuresSection
                measures={measures}
                mapped={edited.measures}
                onMeasure={(name, change) => edit((mapping) => withMeasure(mapping, name, change))}
                suggestions={loaded.suggestions}
                onAcceptSuggestions={() =>
                  edit((mapping) => acceptPolarityProposals(mapping, loaded.suggestions ?? []))
                }
              />
            </div>
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="policy">
          <AccordionHeader as="h3">Rating rules</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <PolicySection
              policy={edited.policy}
              onPolicy={(change) => edit((mapping) => withPolicy(mapping, change))}
              onDates={(change) => edit((mapping) => withDates(mapping, change))}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="updates">
          <AccordionHeader as="h3">Updates from the pane</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <UpdatesSection
              updates={edited.updates}
              onProgress={(progress) => edit((mapping) => withProgressNotes(mapping, progress))}
            />
          </AccordionPanel>
        </AccordionItem>
        <AccordionItem value="report">
          <AccordionHeader as="h3">Report</AccordionHeader>
          <AccordionPanel className={styles.panel}>
            <ReportSection
              report={edited.report}
              measures={measures}
              onReport={(change) => edit((mapping) => withReport(mapping, change))}
            />
          </AccordionPanel>
        </AccordionItem>
      </Accordion>
      <p className={view.writes} data-testid="mapping-changed">
        {changed ? "You have changes that are not saved yet." : "No changes yet."}
      </p>
      <div className={view.actions}>
        <Button id={SKIP_TARGETS.action} onClick={onPreview} disabledFocusable={busy}>
          Preview the effect
        </Button>
        <Button appearance="primary" onClick={() => void onSave()} disabledFocusable={busy}>
          Save to the workbook
        </Button>
        <Button onClick={() => edit(() => loaded.mapping)} disabledFocusable={busy || !changed}>
          Discard changes
        </Button>
        <Button appearance="subtle" onClick={onReadAgain} disabledFocusable={busy}>
          Read the workbook again
        </Button>
      </div>
      {/* The skip link's target: the run's progress and outcome, then the preview's effect. */}
      <ResultsArea label="Preview and save">
        <div aria-live="polite">
          {preview.state.status === "busy" && (
            <PhaseSpinner
              progress={preview.state.progress}
              starting="Checking and rating the workbook both ways…"
            />
          )}
          {save.state.status === "busy" && (
            <PhaseSpinner
              progress={save.state.progress}
              starting="Saving the mapping in the workbook…"
            />
          )}
          {preview.state.status === "failed" && (
            <OutcomeMessage
              intent="error"
              layout="multiline"
              title="Cannot preview"
              body={preview.state.message}
            />
          )}
          {save.state.status === "failed" && (
            <OutcomeMessage
              intent="error"
              layout="multiline"
              title="Not saved"
              body={save.state.message}
            />
          )}
          {save.state.status === "done" && (
            <OutcomeMessage
              intent="success"
              layout="multiline"
              body={mode === "excel" ? SAVED_IN_WORKBOOK : SAVED_IN_PREVIEW}
            />
          )}
        </div>
        {preview.state.status === "done" && <EffectSummary effect={preview.state.value} />}
      </ResultsArea>
    </div>
  );
};
