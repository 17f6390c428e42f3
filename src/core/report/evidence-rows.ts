import { cellAddress } from "../model/address";
import type { CellValue } from "../model/cell-value";
import { VERSION_LOG_HEADINGS, VERSION_LOG_TITLE } from "./kept-reports";
import { excelRound } from "../model/excel-round";
import type { RagLevel } from "../model/rag-level";
import { formatDate } from "../rag/format-date";
import { severityWords } from "./plain-quality";
import {
  bannerRow,
  dateCell,
  headCell,
  type LevelLook,
  noteCell,
  ratingCell,
  ratingHead,
  textCell,
  titleCell,
} from "./report-cells";
import { REPORT_COLUMNS } from "./report-layout";
import type { ReportModel } from "./report-model";
import type { ReportRows } from "./report-rows";

export const EVIDENCE_TITLES = {
  exceptions: "Every red and overdue action",
  grid: "Priority grid",
  measures: "Every measure and its trend",
  narrative: "Working well and priority action areas",
  next: "Due before the next board",
  quality: "Data quality: how far to trust these figures",
} as const;

const PROGRESS_CHARS = 700;
// A list longer than this is no longer read by a board: past it, the rest is counted and pointed to
// (a plan of 100,000 actions would otherwise print thousands of pages and move tens of megabytes).
export const EVIDENCE_ROWS = 1_000;

const more = (out: ReportRows, total: number, what: string) => {
  if (total > EVIDENCE_ROWS)
    out.row([
      noteCell(
        `And ${total - EVIDENCE_ROWS} more ${what}, not listed here: Refresh RAG lists every action's rating on its own sheet, and a report of part of the plan (Only actions and measures about…) lists all of that part.`
      ),
    ]);
};
const TREND_ROWS = 12;

/** "1.2 Title" and where a long progress note was cut, so the cell never outgrows Excel's row height. */
const progressText = (progress: string): string =>
  progress.length > PROGRESS_CHARS ? `${progress.slice(0, PROGRESS_CHARS - 1)}…` : progress;

/**
 * The evidence behind page one, each section starting a new printed page (docs/REPORT.md#contents):
 * returns the rows where the sections start, for the page breaks.
 */
export const evidenceRows = (
  out: ReportRows,
  report: ReportModel,
  look: LevelLook,
  earlier: readonly CellValue[][] = []
): number[] => {
  const section = (title: string) => out.section(title);
  const used: RagLevel[] = report.levelsUsed.length > 0 ? report.levelsUsed : ["unrated"];
  const hasActions = report.rated.total > 0;

  if (hasActions) {
    section(`${EVIDENCE_TITLES.exceptions} (${report.actionExceptions.length})`);
    out.header(
      [
        "Action",
        "Group",
        "Owner",
        "Due",
        "Rating",
        "Days overdue",
        "Carried from",
        "Reason and latest progress",
      ].map(headCell)
    );
    if (report.actionExceptions.length === 0) out.row([noteCell("No action is red or overdue.")]);
    for (const e of report.actionExceptions.slice(0, EVIDENCE_ROWS))
      out.row([
        textCell(`${e.ref} ${e.title}`),
        textCell(e.group),
        textCell(e.owner),
        dateCell(e.due),
        ratingCell(look, e.level),
        textCell(e.overdueDays ?? "–"),
        textCell(e.carriedFrom ?? "–"),
        textCell(
          `${e.reason}.${e.progress.trim() !== "" ? `\nLatest progress: ${progressText(e.progress.trim())}` : ""}`
        ),
      ]);
    more(out, report.actionExceptions.length, "red or overdue actions");
    if (report.reconciliation && report.reconciliation.disagreements.length > 0) {
      out.blank();
      const { summary, disagreements } = report.reconciliation;
      out.row([titleCell("Owners and dates disagree")]);
      out.row([noteCell(`${summary.charAt(0).toUpperCase()}${summary.slice(1)}.`)]);
      out.header(
        [
          "Action",
          "Owner",
          "Owner's rating",
          "Plan Tracker",
          "Owner's words",
          "Sheet",
          "Cell",
          "Why",
        ].map(headCell)
      );
      for (const d of disagreements.slice(0, EVIDENCE_ROWS))
        out.row([
          textCell(`${d.ref} ${d.title}`),
          textCell(d.owner || "No owner recorded"),
          d.ownerLevel === null ? textCell(d.ownerWords) : ratingCell(look, d.ownerLevel),
          ratingCell(look, d.calculated),
          textCell(d.ownerWords || "–"),
          textCell(d.sheet),
          textCell(d.cell),
          textCell(d.reason),
        ]);
      more(out, disagreements.length, "disagreements");
    }

    section(EVIDENCE_TITLES.grid);
    if (report.numericScale) {
      out.header(
        ["Priority", "Previous mean", "Current mean", "Box", "Direction", "Overdue", "Lead"].map(
          headCell
        )
      );
      for (const g of report.groups)
        out.row([
          textCell(g.name),
          textCell(g.score?.previous ?? "–"),
          textCell(g.score?.current ?? "–"),
          textCell(
            g.score?.current === null || g.score?.current === undefined
              ? "–"
              : excelRound(g.score.current, 0)
          ),
          textCell(g.score?.direction ?? "–"),
          textCell(g.overdue),
          textCell(g.lead ?? "–"),
        ]);
      out.blank();
    }
    // Counts with each level's share of the group, as the plans' own keys print them (docs/RATINGS.md#counts).
    out.header([headCell("Group"), ...used.map((l) => ratingHead(look, l)), headCell("Overdue")]);
    for (const g of [
      ...report.groups,
      { name: "Whole plan", counts: report.rated.counts, overdue: report.overdue },
    ]) {
      const total = used.reduce((sum, l) => sum + g.counts[l], 0);
      out.row([
        textCell(g.name),
        ...used.map((l) =>
          textCell(
            total === 0 ? "0" : `${g.counts[l]} (${excelRound((g.counts[l] / total) * 100, 0)}%)`
          )
        ),
        textCell(g.overdue),
      ]);
    }
  }

  if (report.measures.length > 0) {
    section(`${EVIDENCE_TITLES.measures} (${report.measures.length})`);
    out.header(
      [
        "Measure",
        "Group",
        "Period",
        "Target",
        "Actual",
        "Rating",
        "Direction of travel",
        "Trend and comparator",
      ].map(headCell)
    );
    for (const m of report.measures.slice(0, EVIDENCE_ROWS))
      out.row([
        textCell(m.name),
        textCell(m.group),
        textCell(m.period || "–"),
        textCell(m.target || "–"),
        textCell(m.actual || "–"),
        ratingCell(look, m.level),
        textCell(`${m.direction}. Good is: ${m.polarity.toLowerCase()}`),
        textCell(
          [
            m.trend ? `Trend: ${m.trend}` : "No values yet",
            m.comparator ? `Comparator: ${m.comparator}` : "",
          ]
            .filter((t) => t !== "")
            .join("\n")
        ),
      ]);
    more(out, report.measures.length, "measures");
    for (const series of report.chartMeasures) {
      // A chart and its table stay on one page.
      out.keep((Math.max(TREND_ROWS, series.periods.length + 1) + 1) * 15);
      out.blank();
      const top = out.row([
        headCell(`${series.name}: period`),
        headCell(`Target${series.percent ? " (%)" : ""}`),
        headCell(`Actual${series.percent ? " (%)" : ""}`),
      ]);
      for (const p of series.periods)
        out.row([textCell(p.label), textCell(p.target), textCell(p.actual)]);
      const bottom = out.nextRow - 1;
      out.charts.push({
        chartType: "line",
        source: `A${top}:C${bottom}`,
        seriesBy: "columns",
        title: `${series.name}: target and actual`,
        altText: `Line chart of the target and the actual for ${series.name} from ${series.periods[0].label} to ${series.periods[series.periods.length - 1].label}. The figures are in the table to its left.`,
        topLeft: cellAddress(top, 4),
        bottomRight: cellAddress(Math.max(bottom, top + TREND_ROWS - 1), REPORT_COLUMNS),
        seriesColours: ["#505A5F", "#1D70B8"],
      });
      out.blank(Math.max(0, top + TREND_ROWS - out.nextRow));
    }
  }

  const narrative = report.narrative.filter(
    (n) => n.workingWell.length + n.priorityAreas.length > 0
  );
  if (narrative.length > 0) {
    section(`${EVIDENCE_TITLES.narrative} (a draft for the lead to edit)`);
    out.header(["Point", "Heading", "Owner", "Date"].map(headCell));
    for (const n of narrative) {
      out.row([
        { ...textCell(n.group), format: { bold: true, border: true, wrap: true, vertical: "top" } },
        textCell(""),
        textCell(""),
        textCell(""),
      ]);
      for (const [heading, bullets] of [
        ["Working well", n.workingWell],
        ["Priority action area", n.priorityAreas],
      ] as const)
        for (const b of bullets)
          out.row([
            textCell(b.text),
            textCell(heading),
            textCell(b.owner || "–"),
            b.date ? dateCell(b.date) : textCell("–"),
          ]);
    }
  }

  if (hasActions) {
    section(
      `${EVIDENCE_TITLES.next}: ${formatDate(report.asOf)} to ${formatDate(report.nextPeriod.until)} (${report.nextPeriod.actions.length})`
    );
    if (report.nextPeriod.actions.length === 0)
      out.row([noteCell("No action that is not yet complete falls due in this time.")]);
    else {
      out.header(["Action", "Group", "Owner", "Due", "Rating"].map(headCell));
      for (const a of report.nextPeriod.actions.slice(0, EVIDENCE_ROWS))
        out.row([
          textCell(`${a.ref} ${a.title}`),
          textCell(a.group),
          textCell(a.owner),
          dateCell(a.due),
          ratingCell(look, a.level),
        ]);
      more(out, report.nextPeriod.actions.length, "actions due");
    }
  }

  section(EVIDENCE_TITLES.quality);
  const { summary, findings } = report.dataQuality;
  out.row([
    noteCell(
      `${summary.error} ${summary.error === 1 ? "item must" : "items must"} be fixed, ${summary.warning} should be checked and ${summary.info} ${summary.info === 1 ? "is" : "are"} for information. Actions with an error are not rated.`
    ),
  ]);
  if (findings.length > 0) {
    out.header(["What was found", "How serious", "How many"].map(headCell));
    for (const f of findings)
      out.row([textCell(f.what), textCell(severityWords(f.severity)), textCell(f.count)]);
  }
  out.blank();
  versionLog(out, report, earlier);
  return out.sectionStarts;
};

/** The version log (as the plans keep theirs): the earlier reports' rows carried forward, then this one. */
const versionLog = (
  out: ReportRows,
  report: ReportModel,
  earlier: readonly CellValue[][]
): void => {
  out.row(bannerRow(VERSION_LOG_TITLE, REPORT_COLUMNS));
  out.header(VERSION_LOG_HEADINGS.map(headCell));
  const numbers = earlier.map((row) => Number(row[0])).filter((n) => Number.isFinite(n));
  for (const row of earlier)
    out.row(
      VERSION_LOG_HEADINGS.map((_, c) =>
        textCell(
          typeof row[c] === "boolean" ? String(row[c]) : ((row[c] as string | number | null) ?? "")
        )
      )
    );
  const purpose = `Board report for ${report.period}${report.audience === "committee" ? ", committee version" : ""}${report.subset ? `, only ${report.subset}` : ""}`;
  out.row([
    textCell(numbers.length === 0 ? 1 : Math.max(...numbers) + 1),
    textCell(purpose),
    textCell("Plan Tracker"),
    textCell(report.generatedAt),
  ]);
};
