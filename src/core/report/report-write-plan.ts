import { cellAddress } from "../model/address";
import { RAG_LEVELS, type RagLevel } from "../model/rag-level";
import { isoToSerial } from "../parse/excel-date";
import { formatDate } from "../rag/format-date";
import type { LevelSet } from "../rag/level-presets";
import { levelCell } from "../rag/write/level-cell";
import { ownedSheetsOf } from "../owned/owned-sheets-of";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { SheetBuilder, type StyledCell } from "../write-plan/sheet-builder";
import type { WriteOp, WritePlan } from "../write-plan/write-plan";
import type { ReportModel, Share } from "./report-model";

const DARK = "#0B0C0C";
const title = (text: string): StyledCell => ({ value: text, format: { bold: true } });
const section = (text: string): StyledCell => ({ value: text, fill: "#1D70B8", format: { bold: true, fontColour: "#FFFFFF" } });
const head = (text: string): StyledCell => ({ value: text, fill: DARK, format: { bold: true, fontColour: "#FFFFFF", border: true, wrap: true } });
const cell = (value: string | number | null, wrap = true): StyledCell => ({ value, format: { border: true, wrap, vertical: "top" } });
const dateCell = (iso: string | null): StyledCell =>
  iso === null ? cell("No date") : { value: isoToSerial(iso), numberFormat: "dd/mm/yyyy", format: { border: true, vertical: "top" } };
const shareText = (share: Share | null, period: string | null): string =>
  share === null || share.percent === null ? "not known" : `${share.count} of ${share.of} (${share.percent.toFixed(1)}%)${period ? ` in ${period}` : ""}`;

// Rows a chart occupies below its table; charts sit below tables so the page stays one page wide.
const CHART_ROWS = 16;
const LAST_COLUMN = 10;

export interface ReportWriteOptions {
  levels: LevelSet;
  colourOf: (level: RagLevel) => string | undefined;
}

/**
 * The board report as a sheet (docs/HISTORY.md#issue-4): rebuilt by clearing and rewriting, never by deleting the
 * sheet (that would wipe the user's undo history, docs/EXCEL.md#undo). Every colour has its glyph and label
 * beside it, headers are plain table rows, charts have titles and alt text, and the page prints A4
 * landscape, one page wide, with the title rows repeated and a footer (WCAG 1.4.1, 1.1.1).
 */
export const reportWritePlan = (snapshot: WorkbookSnapshot, report: ReportModel, options: ReportWriteOptions): WritePlan => {
  const { levels } = options;
  // The report's sheet by its mark: a council sheet called "Board report" (in any case) is never emptied.
  const reportSheet = ownedSheetsOf(snapshot.sheets).of("report").name;
  const sheet = new SheetBuilder(reportSheet);
  const charts: WriteOp[] = [];
  const level = (l: RagLevel) => levelCell(levels, l, options.colourOf(l));
  const mixHeads = RAG_LEVELS.map((l) => ({ ...level(l), format: { ...level(l).format, bold: true, wrap: true } }));

  sheet.row([{ value: report.title, format: { bold: true } }]);
  sheet.row([title(`Board report – ${report.period}`)]);
  sheet.row([
    `Ratings as of ${formatDate(report.asOf)}. Generated ${report.generatedAt} from ${report.basedOn.workbook} as read at ${report.basedOn.takenAt} (workbook state ${report.basedOn.fingerprint}).`,
  ]);
  sheet.blank();

  sheet.row([section("Headline")]);
  sheet.row([head(`Actions (${report.rated.total})`), ...mixHeads]);
  sheet.row([cell(`Rated by Plan Tracker as of ${formatDate(report.asOf)}`), ...RAG_LEVELS.map((l) => cell(`${report.rated.counts[l]} (${report.rated.percent[l]}%)`))]);
  if (report.recorded) {
    const recorded = report.recorded;
    sheet.row([cell(`As recorded by owners (of ${recorded.total})`), ...RAG_LEVELS.map((l) => cell(`${recorded.counts[l]}${l === "unrated" && recorded.total < report.rated.total ? "" : ` (${recorded.percent[l]}%)`}`))]);
  }
  sheet.row([cell("Red actions"), cell(report.red), cell("Overdue actions"), cell(report.overdue)]);
  sheet.row([cell("Measures at or better than target, or within tolerance"), cell(shareText(report.metrics.current, report.metrics.currentPeriod))]);
  sheet.row([cell("The same in the previous period"), cell(shareText(report.metrics.previous, report.metrics.previousPeriod))]);
  sheet.blank();

  if (report.reconciliation) {
    // Owners and dates side by side, one line each: what the board most needs to question (docs/HISTORY.md#issue-11-2).
    const { summary, disagreements } = report.reconciliation;
    sheet.row([section("Owners and dates disagree")]);
    sheet.row([`${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`]);
    if (disagreements.length > 0) {
      sheet.row(["Ref", "Action", "Owner", "Owner's rating", "Plan Tracker", "Why"].map(head));
      for (const d of disagreements)
        sheet.row([cell(d.ref), cell(d.title), cell(d.owner || "No owner recorded"), d.ownerLevel === null ? cell(d.ownerWords) : level(d.ownerLevel), level(d.calculated), cell(d.reason)]);
    }
    sheet.blank();
  }

  sheet.row([section("By group")]);
  const groupHeader = sheet.row([
    head("Group"),
    ...mixHeads,
    head("Overdue"),
    ...(report.numericScale ? [head("Previous mean"), head("Current mean"), head("Direction")] : []),
  ]);
  for (const group of report.groups)
    sheet.row([
      cell(`${group.name}${group.lead ? ` (lead: ${group.lead})` : ""}`),
      ...RAG_LEVELS.map((l) => cell(group.counts[l])),
      cell(group.overdue),
      ...(report.numericScale ? [cell(group.score?.previous ?? "–"), cell(group.score?.current ?? "–"), cell(group.score?.direction ?? "–")] : []),
    ]);
  const groupLast = sheet.nextRow - 1;
  if (report.groups.length > 0) {
    const chartTop = sheet.nextRow + 1;
    charts.push({
      kind: "chart",
      sheet: reportSheet,
      chart: {
        chartType: "barStacked",
        source: `A${groupHeader}:${cellAddress(groupLast, 1 + RAG_LEVELS.length)}`,
        seriesBy: "columns",
        title: "RAG mix of actions by group",
        altText: `Stacked bars: for each group, how many actions are at each rating (${RAG_LEVELS.map((l) => levels[l].label).join(", ")}). The same figures are in the table above.`,
        topLeft: cellAddress(chartTop, 1),
        bottomRight: cellAddress(chartTop + CHART_ROWS - 1, 8),
        seriesColours: RAG_LEVELS.map((l) => options.colourOf(l) ?? levels[l].fill),
      },
    });
    sheet.blank(CHART_ROWS + 2);
  }

  sheet.row([section("What needs attention: red and overdue actions")]);
  sheet.row(["Ref", "Action", "Group", "Owner", "Due", "Rating", "Reason", "Latest progress"].map(head));
  if (report.actionExceptions.length === 0) sheet.row([cell("None: no action is red or overdue.")]);
  for (const e of report.actionExceptions)
    sheet.row([cell(e.ref), cell(e.title), cell(e.group), cell(e.owner), dateCell(e.due), level(e.level), cell(e.reason), cell(e.progress.length > 280 ? `${e.progress.slice(0, 279)}…` : e.progress)]);
  sheet.blank();

  sheet.row([section("Measures off target")]);
  sheet.row(["Measure", "Group", "Period", "Target", "Actual", "Rating", "Direction of travel", "Comparator"].map(head));
  if (report.metricExceptions.length === 0)
    sheet.row([cell(report.metrics.current.of === 0 ? "None could be rated: no measure has both a target and a polarity." : "None: every rated measure is at or better than target.")]);
  for (const m of report.metricExceptions)
    sheet.row([cell(m.polaritySuggested !== undefined ? `${m.name} (polarity ${m.polaritySuggested})` : m.name), cell(m.group), cell(m.period), cell(m.target), cell(m.actual), level(m.level), cell(m.direction), cell(m.comparator || "–")]);
  sheet.blank();

  for (const series of report.chartMetrics) {
    sheet.row([section(`Target against actual: ${series.name}`)]);
    const top = sheet.row([head("Period"), head(`Target${series.percent ? " (%)" : ""}`), head(`Actual${series.percent ? " (%)" : ""}`)]);
    for (const p of series.periods) sheet.row([cell(p.label, false), cell(p.target), cell(p.actual)]);
    const bottom = sheet.nextRow - 1;
    charts.push({
      kind: "chart",
      sheet: reportSheet,
      chart: {
        chartType: "line",
        source: `A${top}:C${bottom}`,
        seriesBy: "columns",
        title: `${series.name}: target and actual`,
        altText: `Line chart of the target and the actual for ${series.name} from ${series.periods[0].label} to ${series.periods[series.periods.length - 1].label}. The figures are in the table to its left.`,
        topLeft: cellAddress(top, 5),
        bottomRight: cellAddress(Math.max(bottom, top + 12), LAST_COLUMN),
        seriesColours: ["#505A5F", "#1D70B8"],
      },
    });
    sheet.blank(Math.max(0, top + 13 - sheet.nextRow) + 1);
  }

  sheet.row([section("Working well and priority action areas (draft for the lead to edit)")]);
  sheet.row([head("Group"), head("Working well"), head("Priority action areas")]);
  const bullets = (items: { text: string; owner: string; date: string | null }[]) =>
    items.length === 0 ? "–" : items.map((b) => `• ${b.text}${b.owner ? ` (${b.owner}${b.date ? `, ${formatDate(b.date)}` : ""})` : ""}`).join("\n");
  for (const n of report.narrative) sheet.row([cell(n.group), cell(bullets(n.workingWell)), cell(bullets(n.priorityAreas))]);
  sheet.blank();

  sheet.row([section("Data quality: how far to trust these numbers")]);
  const { summary } = report.dataQuality;
  sheet.row([cell(`${summary.error} errors, ${summary.warning} warnings, ${summary.info} notes were found in the workbook. Items with errors are not rated and are listed above.`)]);
  sheet.row([head("Check"), head("Severity"), head("Cells")]);
  for (const code of report.dataQuality.topCodes) sheet.row([cell(code.code, false), cell(code.severity, false), cell(code.count)]);

  [40, 22, 22, 22, 16, 20, 26, 40, 14, 14].forEach((width, index) => sheet.width(index + 1, width));
  return {
    basedOn: snapshot.stamp,
    ops: [
      { kind: "ensureSheet", sheet: reportSheet, mark: "report" },
      { kind: "clearSheet", sheet: reportSheet },
      ...sheet.toOps(),
      { kind: "pageSetup", sheet: reportSheet, orientation: "landscape", fitToPagesWide: 1, printTitleRows: "1:3", footer: `Page &P of &N – generated ${report.generatedAt}` },
      ...charts,
    ],
  };
};
