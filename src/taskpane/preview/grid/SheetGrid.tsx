import { makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { WorkbookSnapshot } from "../../../core/snapshot/workbook-snapshot";
import type { CellHighlights } from "./cell-highlights";
import { NO_HIGHLIGHTS } from "./cell-highlights";
import { GridTable } from "./GridTable";
import { SheetTabs } from "./SheetTabs";

/** A cell the pane asked to select (XlsxGateway.onSelect), with a serial so repeats still scroll. */
export interface GridSelection {
  sheet: string;
  address: string;
  serial: number;
}

const useStyles = makeStyles({
  grid: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    height: "100%",
    minHeight: 0,
    minWidth: 0,
  },
  status: {
    margin: 0,
    minHeight: tokens.lineHeightBase300,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
  },
  body: { flexGrow: 1, minHeight: 0 },
  empty: { margin: tokens.spacingVerticalM, color: tokens.colorNeutralForeground2 },
});

const firstShown = (snapshot: WorkbookSnapshot): string =>
  (snapshot.sheets.find((sheet) => sheet.visibility === "visible") ?? snapshot.sheets[0])?.name ??
  "";

export interface SheetGridProps {
  snapshot: WorkbookSnapshot;
  selection: GridSelection | null;
  /** RAG levels to show on cells (the RAG view's Actual cells), keyed "Sheet!A1". */
  highlights?: CellHighlights;
}

/** The preview's read-only view of the workbook: sheet tabs over a windowed table. */
export const SheetGrid = ({ snapshot, selection, highlights = NO_HIGHLIGHTS }: SheetGridProps) => {
  const styles = useStyles();
  const [active, setActive] = useState(() => firstShown(snapshot));

  // A select() on another sheet brings that sheet forward, as Excel does.
  useEffect(() => {
    if (selection !== null && snapshot.sheets.some((sheet) => sheet.name === selection.sheet))
      setActive(selection.sheet);
  }, [selection, snapshot]);

  useEffect(() => {
    setActive((current) =>
      snapshot.sheets.some((sheet) => sheet.name === current) ? current : firstShown(snapshot)
    );
  }, [snapshot]);

  const sheet = snapshot.sheets.find((candidate) => candidate.name === active);
  if (sheet === undefined)
    return <p className={styles.empty}>This workbook has no sheets to show.</p>;
  const selectedHere = selection !== null && selection.sheet === sheet.name ? selection : null;

  return (
    <div className={styles.grid}>
      <SheetTabs sheets={snapshot.sheets} active={sheet.name} onChange={setActive} />
      <p className={styles.status} role="status">
        {selection === null ? "" : `Selected ${selection.sheet}!${selection.address}`}
      </p>
      <div className={styles.body}>
        <GridTable
          sheet={sheet}
          selectedAddress={selectedHere?.address ?? null}
          selectionSerial={selectedHere?.serial ?? 0}
          highlights={highlights}
        />
      </div>
    </div>
  );
};
