import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { UIEvent } from "react";
import { useEffect, useLayoutEffect, useRef, useState } from "react";
import { cellAddress, columnLetter, parseCellAddress } from "../../../core/model/address";
import { cellAt, lastColumn, lastRow } from "../../../core/snapshot/sheet-access";
import type { SheetSnapshot } from "../../../core/snapshot/workbook-snapshot";
import { displayText, fillColours } from "./cell-display";
import type { CellHighlights } from "./cell-highlights";
import { NO_HIGHLIGHTS, highlightKey } from "./cell-highlights";
import type { Viewport } from "./grid-window";
import { GRID_SIZES, gridWindow, scrollToCell } from "./grid-window";

const ROW_HEADER_WIDTH = 52;
/** jsdom and a not-yet-laid-out container report 0×0; draw a screenful until the real size is known. */
const FALLBACK_SIZE = { height: 600, width: 800 };

const useStyles = makeStyles({
  scroller: {
    position: "relative",
    overflow: "auto",
    height: "100%",
    minHeight: "240px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "-2px",
    },
  },
  table: {
    tableLayout: "fixed",
    borderCollapse: "separate",
    borderSpacing: 0,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    height: `${GRID_SIZES.rowHeight}px`,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
  },
  corner: { left: 0, zIndex: 3 },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontWeight: tokens.fontWeightRegular,
    color: tokens.colorNeutralForeground2,
    textAlign: "right",
    paddingRight: tokens.spacingHorizontalXS,
  },
  row: { height: `${GRID_SIZES.rowHeight}px` },
  cell: {
    boxSizing: "border-box",
    height: `${GRID_SIZES.rowHeight}px`,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    overflow: "hidden",
    whiteSpace: "nowrap",
    textOverflow: "ellipsis",
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  // The cell an issue points at: a thick dark outline that shows on any fill, not colour alone.
  selected: {
    outline: `3px solid ${tokens.colorStrokeFocus2}`,
    outlineOffset: "-3px",
    boxShadow: `inset 0 0 0 5px ${tokens.colorNeutralBackground1}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  // A highlighted Actual cell: its glyph comes first, so the level reads without the colour.
  glyph: { marginRight: "0.25em" },
  spacer: { padding: 0, border: "none" },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
  },
});

export interface GridTableProps {
  sheet: SheetSnapshot;
  /** The A1 address to highlight and bring into view, if any. */
  selectedAddress: string | null;
  /** Changes on every select(), so selecting the same cell twice scrolls back to it. */
  selectionSerial: number;
  /** Cells to mark with a RAG level (Actual cells against their targets), keyed "Sheet!A1". */
  highlights?: CellHighlights;
}

/** One sheet as a read-only, windowed HTML table with column letters and row numbers. */
export const GridTable = ({
  sheet,
  selectedAddress,
  selectionSerial,
  highlights = NO_HIGHLIGHTS,
}: GridTableProps) => {
  const styles = useStyles();
  const scroller = useRef<HTMLDivElement>(null);
  const [viewport, setViewport] = useState<Viewport>({
    scrollTop: 0,
    scrollLeft: 0,
    ...FALLBACK_SIZE,
  });

  // A range ("A3:A10") is shown by its first cell, as Excel shows the active cell of a selection.
  const selected =
    selectedAddress === null ? null : parseCellAddress(selectedAddress.split(":")[0]);
  // Always reach the selected cell, even if it lies beyond the used range (an issue on a blank row).
  const rows = Math.max(lastRow(sheet), 1, selected?.row ?? 0);
  const columns = Math.max(lastColumn(sheet), 1, selected?.column ?? 0);

  const measure = () => {
    const element = scroller.current;
    if (element === null) return FALLBACK_SIZE;
    return {
      height: element.clientHeight > 0 ? element.clientHeight : FALLBACK_SIZE.height,
      width: element.clientWidth > 0 ? element.clientWidth : FALLBACK_SIZE.width,
    };
  };

  useEffect(() => {
    const element = scroller.current;
    if (element === null || typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() =>
      setViewport((previous) => ({ ...previous, ...measure() }))
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // A new sheet starts at A1, as Excel does.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (element !== null) {
      element.scrollTop = 0;
      element.scrollLeft = 0;
    }
    setViewport({ scrollTop: 0, scrollLeft: 0, ...measure() });
  }, [sheet.name]);

  useLayoutEffect(() => {
    if (selected === null) return;
    const size = measure();
    const target = scrollToCell(selected.row, selected.column, {
      scrollTop: 0,
      scrollLeft: 0,
      ...size,
    });
    const element = scroller.current;
    if (element !== null) {
      element.scrollTop = target.scrollTop;
      element.scrollLeft = target.scrollLeft;
    }
    // Set the window directly too: jsdom fires no scroll events, and the browser clamps at the end.
    setViewport({
      ...size,
      scrollTop: element?.scrollTop || target.scrollTop,
      scrollLeft: element?.scrollLeft || target.scrollLeft,
    });
  }, [selectionSerial, sheet.name]);

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const { scrollTop, scrollLeft } = event.currentTarget;
    setViewport((previous) =>
      previous.scrollTop === scrollTop && previous.scrollLeft === scrollLeft
        ? previous
        : { ...previous, scrollTop, scrollLeft }
    );
  };

  const view = gridWindow(rows, columns, viewport);
  const visibleColumns: number[] = [];
  for (let c = view.firstColumn; c <= view.lastColumn; c += 1) visibleColumns.push(c);
  const visibleRows: number[] = [];
  for (let r = view.firstRow; r <= view.lastRow; r += 1) visibleRows.push(r);
  const spanAll = visibleColumns.length + 3;

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      onScroll={onScroll}
      tabIndex={0}
      role="region"
      aria-label={`Sheet ${sheet.name}, read only`}
      data-testid="sheet-grid"
    >
      <table
        className={styles.table}
        role="grid"
        aria-readonly="true"
        aria-label={sheet.name}
        aria-rowcount={rows + 1}
        aria-colcount={columns + 1}
        style={{ width: `${ROW_HEADER_WIDTH + columns * GRID_SIZES.columnWidth}px` }}
      >
        <colgroup>
          <col style={{ width: `${ROW_HEADER_WIDTH}px` }} />
          <col style={{ width: `${view.leftSpace}px` }} />
          {visibleColumns.map((c) => (
            <col key={c} style={{ width: `${GRID_SIZES.columnWidth}px` }} />
          ))}
          <col style={{ width: `${view.rightSpace}px` }} />
        </colgroup>
        <thead>
          <tr aria-rowindex={1}>
            <th className={mergeClasses(styles.header, styles.corner)} aria-colindex={1}>
              <span className={styles.visuallyHidden}>Row</span>
            </th>
            <th className={styles.spacer} aria-hidden="true" />
            {visibleColumns.map((c) => (
              <th key={c} scope="col" className={styles.header} aria-colindex={c + 1}>
                {columnLetter(c)}
              </th>
            ))}
            <th className={styles.spacer} aria-hidden="true" />
          </tr>
        </thead>
        <tbody>
          {view.topSpace > 0 && (
            <tr aria-hidden="true" style={{ height: `${view.topSpace}px` }}>
              <td className={styles.spacer} colSpan={spanAll} />
            </tr>
          )}
          {visibleRows.map((r) => (
            <tr key={r} className={styles.row} aria-rowindex={r + 1}>
              <th scope="row" className={styles.rowHeader} aria-colindex={1}>
                {r}
              </th>
              <td className={styles.spacer} aria-hidden="true" />
              {visibleColumns.map((c) => {
                const address = cellAddress(r, c);
                const text = displayText(cellAt(sheet, r, c), sheet.numberFormats[address]);
                const highlight = highlights.get(highlightKey(sheet.name, address));
                const colours = fillColours(highlight?.fill ?? sheet.fills[address]);
                const isSelected = selected !== null && selected.row === r && selected.column === c;
                return (
                  <td
                    key={c}
                    className={
                      isSelected ? mergeClasses(styles.cell, styles.selected) : styles.cell
                    }
                    style={colours ?? undefined}
                    data-address={address}
                    data-rag-level={highlight?.level}
                    aria-colindex={c + 1}
                    aria-selected={isSelected ? "true" : undefined}
                    title={
                      highlight !== undefined
                        ? `${text}: ${highlight.label}. ${highlight.reason}`
                        : text.length > 12
                          ? text
                          : undefined
                    }
                  >
                    {highlight !== undefined && (
                      <span className={styles.glyph} aria-hidden="true">
                        {highlight.glyph}
                      </span>
                    )}
                    {text}
                    {highlight !== undefined && (
                      <span className={styles.visuallyHidden}>{`, ${highlight.label}`}</span>
                    )}
                  </td>
                );
              })}
              <td className={styles.spacer} aria-hidden="true" />
            </tr>
          ))}
          {view.bottomSpace > 0 && (
            <tr aria-hidden="true" style={{ height: `${view.bottomSpace}px` }}>
              <td className={styles.spacer} colSpan={spanAll} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
};
