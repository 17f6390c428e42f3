import { Spinner, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import { PageFrameContext } from "../a11y/page-frame";
import { PaneHeader } from "../a11y/PaneHeader";
import { App } from "../App";
import { OutcomeMessage } from "../components/OutcomeMessage";
import type { Analyse } from "../hooks/use-analysis";
import { DownloadButton } from "./DownloadButton";
import { PreviewBanner } from "./PreviewBanner";
import type { OpenWorkbook } from "./preview-gateway";
import { openXlsxInBrowser } from "./preview-gateway";
import type { CellHighlights } from "./grid/cell-highlights";
import { NO_HIGHLIGHTS } from "./grid/cell-highlights";
import type { GridSelection } from "./grid/SheetGrid";
import { SheetGrid } from "./grid/SheetGrid";
import { HighlightContext } from "./highlight-context";
import type { SampleWorkbook } from "./samples";
import { usePreviewWorkbook } from "./use-preview-workbook";
import type { FetchBytes } from "./workbook-source";
import { WorkbookPicker } from "./WorkbookPicker";

/** Side by side from this width (a ~360 px pane plus a useful grid); stacked below it. */
const WIDE = "@media (min-width: 800px)";

const useStyles = makeStyles({
  shell: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalS,
    boxSizing: "border-box",
    fontFamily: tokens.fontFamilyBase,
    [WIDE]: { height: "100vh" },
  },
  layout: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingHorizontalM,
    [WIDE]: { flexDirection: "row", flexGrow: 1, minHeight: 0 },
  },
  pane: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    [WIDE]: { width: "360px", flexShrink: 0, overflowY: "auto" },
  },
  header: { padding: `0 ${tokens.spacingHorizontalM}` },
  grid: {
    height: "70vh",
    minWidth: 0,
    [WIDE]: { height: "auto", flexGrow: 1, minHeight: 0 },
  },
  gridTitle: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  gridHeading: {
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  gridSection: { display: "flex", flexDirection: "column", height: "100%" },
  gridBody: { flexGrow: 1, minHeight: 0 },
});

export interface PreviewShellProps {
  initialSample: SampleWorkbook;
  initialView?: string;
  /** For tests; the default opens .xlsx bytes through the lazily loaded xlsx gateway. */
  openWorkbook?: OpenWorkbook;
  fetcher?: FetchBytes;
  analyse?: Analyse;
}

/**
 * The pane outside Excel: a persistent banner, a workbook picker, the same App as in Excel over an
 * .xlsx gateway, and beside it a read-only grid that shows where each issue is and, after a RAG run,
 * the Actual cells coloured against their targets (as Excel's conditional formats would).
 */
export const PreviewShell = ({
  initialSample,
  initialView,
  openWorkbook = openXlsxInBrowser,
  fetcher,
  analyse,
}: PreviewShellProps) => {
  const styles = useStyles();
  const { state, source, open } = usePreviewWorkbook(
    { kind: "sample", sample: initialSample },
    openWorkbook,
    fetcher
  );
  const [selection, setSelection] = useState<GridSelection | null>(null);
  // Set by the RAG view after Rate or Refresh: the Actual cells the workbook's conditional formats colour.
  const [highlights, setHighlights] = useState<CellHighlights>(NO_HIGHLIGHTS);
  const selectionSerial = useRef(0);
  // The page's first element: App puts its skip links here, before the banner and the picker.
  const [skipLinks, setSkipLinks] = useState<HTMLDivElement | null>(null);
  const frame = useMemo(() => ({ skipLinks }), [skipLinks]);

  const workbook = state.status === "ready" ? state.workbook : null;
  const gateway = workbook?.gateway ?? null;

  useEffect(() => {
    setSelection(null);
    setHighlights(NO_HIGHLIGHTS);
    if (gateway === null) return;
    return gateway.onSelect((sheet, address) => {
      selectionSerial.current += 1;
      setSelection({ sheet, address, serial: selectionSerial.current });
    });
  }, [gateway]);

  const ownFile = source.kind === "file" ? source.file.name : null;
  // The phase while a workbook opens (in the workbook's worker, so the page keeps answering meanwhile).
  const openingName = source.kind === "file" ? source.file.name : source.sample.file;
  return (
    <PageFrameContext.Provider value={frame}>
      <div className={styles.shell}>
        <div ref={setSkipLinks} />
        {/* The page's one banner landmark (axe "region": the notice and picker were outside any landmark);
          it stays mounted while a workbook opens, so focus on the picker is never lost. */}
        <PaneHeader className={styles.header}>
          <PreviewBanner ownFile={ownFile} />
          <WorkbookPicker
            sample={source.kind === "sample" ? source.sample : null}
            ownFile={ownFile}
            onSample={(sample) => open({ kind: "sample", sample })}
            onFile={(file) => open({ kind: "file", file })}
            disabled={state.status === "loading"}
          />
          <div aria-live="polite">
            {state.status === "loading" && (
              <Spinner size="small" labelPosition="after" label={`Opening ${openingName}…`} />
            )}
          </div>
        </PaneHeader>
        <div className={styles.layout}>
          <div className={styles.pane}>
            {workbook === null ? (
              // No pane while a workbook opens or after it failed to: this is then the page's main content.
              <main aria-label="Workbook">
                {state.status === "failed" && (
                  <OutcomeMessage intent="error" body={state.message} />
                )}
              </main>
            ) : (
              <HighlightContext.Provider value={setHighlights}>
                <App
                  key={workbook.serial}
                  gateway={workbook.gateway}
                  mode="preview"
                  initialView={initialView}
                  analyse={analyse}
                />
              </HighlightContext.Provider>
            )}
          </div>
          <section className={styles.grid} aria-label="Workbook preview">
            {workbook !== null && (
              <div className={styles.gridSection}>
                <div className={styles.gridTitle}>
                  <h2 className={styles.gridHeading}>{workbook.name}</h2>
                  {/* The copy as it now is, with every write made here, saved to the person's own computer. */}
                  {workbook.gateway.save !== undefined && (
                    <DownloadButton
                      name={workbook.name}
                      save={() => workbook.gateway.save?.() ?? Promise.reject(new Error("no save"))}
                    />
                  )}
                </div>
                {workbook.gridMessage !== null && (
                  <OutcomeMessage intent="warning" body={workbook.gridMessage} />
                )}
                {workbook.snapshot !== null && (
                  <div className={styles.gridBody}>
                    <SheetGrid
                      snapshot={workbook.snapshot}
                      selection={selection}
                      highlights={highlights}
                    />
                  </div>
                )}
              </div>
            )}
          </section>
        </div>
      </div>
    </PageFrameContext.Provider>
  );
};
