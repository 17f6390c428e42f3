import type { RagLevel } from "../model/rag-level";
import type { LevelSet } from "../rag/level-presets";
import { ownedSheetsOf } from "../owned/owned-sheets-of";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { SheetBuilder } from "../write-plan/sheet-builder";
import type { WritePlan } from "../write-plan/write-plan";
import { dashboardRows } from "./dashboard-rows";
import { EVIDENCE_TITLES, evidenceRows } from "./evidence-rows";
import { fitWidths, pagePoints, printScale, rowPoints } from "./report-layout";
import type { StyledCell } from "../write-plan/sheet-builder";
import type { ReportModel } from "./report-model";
import { type PageLayout, ReportRows } from "./report-rows";
import { earlierVersions, keepEarlierReport } from "./kept-reports";

export interface ReportWriteOptions {
  levels: LevelSet;
  colourOf: (level: RagLevel) => string | undefined;
  /** Rebuild over an earlier period's report instead of keeping it as a sheet of its own (default: keep). */
  replaceEarlier?: boolean;
}

// Rows a chart's cells are given when no wrapped text sets their height: Excel's default.
const DEFAULT_ROW_POINTS = 15;
// The plan's title and the report's period repeat at the top of every printed page.
const TITLE_ROWS = 2;

/**
 * The board report as a sheet (docs/REPORT.md): page one is the dashboard, then the evidence, each
 * section starting a new printed page. Rebuilt by clearing and rewriting, never by deleting the sheet
 * (that would wipe the user's undo history, docs/EXCEL.md#undo). Every colour has its glyph and words,
 * every chart its alt text and its numbers in a table above it; widths, heights and the print scale
 * are computed from the content so nothing is cut at the printed size (WCAG 1.4.1, 1.1.1).
 */
export const reportWritePlan = (
  snapshot: WorkbookSnapshot,
  report: ReportModel,
  options: ReportWriteOptions
): WritePlan => {
  // The report's sheet by its mark: a council sheet called "Board report" (in any case) is never emptied.
  const reportSheet = ownedSheetsOf(snapshot.sheets).of("report").name;
  const look = { levels: options.levels, colourOf: options.colourOf };
  const earlier = earlierVersions(snapshot.sheets.find((s) => s.name === reportSheet));
  const layOut = (layout: PageLayout | null): ReportRows => {
    const rows = new ReportRows(layout);
    dashboardRows(rows, report, look, {
      exceptions: EVIDENCE_TITLES.exceptions,
      measures: EVIDENCE_TITLES.measures,
    });
    evidenceRows(rows, report, look, earlier);
    return rows;
  };
  const keep = options.replaceEarlier
    ? { ops: [], kept: null }
    : keepEarlierReport(snapshot, reportSheet, report.period);

  // Twice: first to learn the widths and the scale from the content, then to place the page breaks
  // inside long sections, with their banner and headings again on each new page.
  const first = layOut(null);
  const widths = fitWidths(first.rows);
  const pointsOf = (rows: readonly StyledCell[][]) =>
    rows.reduce((sum, row) => sum + (rowPoints(row, widths) || DEFAULT_ROW_POINTS), 0);
  const dashboardEnd = (first.sectionStarts[0] ?? first.nextRow) - 1;
  const scale = printScale(widths, pointsOf(first.rows.slice(0, dashboardEnd)));
  const out = layOut({
    widths,
    pagePoints: pagePoints(scale) - pointsOf(first.rows.slice(0, TITLE_ROWS)),
  });
  const starts = [...out.sectionStarts, ...out.continued].sort((a, b) => a - b);
  const heights = out.rows.map((row) => rowPoints(row, widths));

  const sheet = new SheetBuilder(reportSheet);
  out.rows.forEach((row, index) => {
    sheet.row(row);
    sheet.height(index + 1, heights[index]);
  });
  widths.forEach((width, index) => sheet.width(index + 1, width));
  return {
    basedOn: snapshot.stamp,
    ops: [
      ...keep.ops,
      { kind: "ensureSheet", sheet: reportSheet, mark: "report" },
      { kind: "clearSheet", sheet: reportSheet },
      ...sheet.toOps(),
      {
        kind: "pageSetup",
        sheet: reportSheet,
        orientation: "landscape",
        fitToPagesWide: 1,
        scale,
        rowBreaks: starts,
        printTitleRows: `1:${TITLE_ROWS}`,
        footer: `${report.period} – page &P of &N – generated ${report.generatedAt}`.slice(0, 255),
      },
      ...out.charts.map((chart) => ({ kind: "chart" as const, sheet: reportSheet, chart })),
    ],
  };
};
