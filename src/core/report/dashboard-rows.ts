import { cellAddress } from "../model/address";
import type { RagLevel } from "../model/rag-level";
import { formatDate } from "../rag/format-date";
import { excelRound } from "../model/excel-round";
import {
  bannerRow,
  changeText,
  dateCell,
  headCell,
  type LevelLook,
  noteCell,
  ratingCell,
  ratingHead,
  shortened,
  textCell,
  titleCell,
} from "./report-cells";
import { REPORT_COLUMNS } from "./report-layout";
import { EVIDENCE_ROWS } from "./evidence-rows";
import type { ReportModel, Share } from "./report-model";
import type { ReportRows } from "./report-rows";

/** The dashboard shows a fixed number of exceptions and measures, worst first; the evidence lists them all. */
export const DASHBOARD_ITEMS = 5;
const CHART_ROWS = 11;
// A bar a group: a chart of many groups needs more rows to keep its labels legible.
const chartRows = (groups: number): number => Math.max(CHART_ROWS, Math.ceil(groups * 0.8) + 4);
const TITLE_CHARS = 110;
const REASON_CHARS = 120;
const GROUP_CHARS = 40;

const shareText = (share: Share | null): string =>
  share === null || share.percent === null
    ? "none rated"
    : `${share.count} of ${share.of} (${share.percent.toFixed(1)}%)`;
const percentText = (count: number, total: number): string =>
  total === 0 ? `${count}` : `${count} (${excelRound((count / total) * 100, 0)}%)`;

/** The first page: what a board reads in two minutes (docs/REPORT.md#contents). */
export const dashboardRows = (
  out: ReportRows,
  report: ReportModel,
  look: LevelLook,
  evidenceTitles: { exceptions: string; measures: string }
): void => {
  const { levels } = look;
  const hasActions = report.rated.total > 0;
  const hasMeasures = report.measures.length > 0;
  const used: RagLevel[] = report.levelsUsed.length > 0 ? report.levelsUsed : ["unrated"];
  out.row([titleCell(shortened(report.title, TITLE_CHARS))]);
  out.row([titleCell(`Board report – ${report.period}`)]);
  const holds = [
    hasActions ? `${report.rated.total} actions` : "",
    hasMeasures ? `${report.measures.length} measures` : "",
  ]
    .filter((t) => t !== "")
    .join(" and ");
  out.row([
    noteCell(
      `Data as at ${formatDate(report.asOf)}. The plan holds ${holds}. This page is the summary; the evidence follows, one section to a page.`
    ),
  ]);
  if (report.audience === "committee" || report.subset) {
    const parts = [
      report.subset ? `Only ${report.subset}.` : "",
      report.audience === "committee"
        ? "Committee version: officers are named by their role or team."
        : "",
    ];
    out.row([noteCell(parts.filter((p) => p !== "").join(" "))]);
  }
  out.blank();

  out.row(bannerRow("Headline", REPORT_COLUMNS));
  if (hasActions) {
    out.row([headCell(`Actions (${report.rated.total})`), ...used.map((l) => ratingHead(look, l))]);
    out.row([
      textCell(`Now, as of ${formatDate(report.asOf)}`),
      ...used.map((l) => textCell(percentText(report.rated.counts[l], report.rated.total))),
    ]);
    if (report.recorded) {
      // The owners' own ratings beside Plan Tracker's, shared as the plan's key shares them (docs/RATINGS.md#counts).
      const recorded = report.recorded;
      out.row([
        textCell(`As recorded by owners (of ${recorded.total})`),
        ...used.map((l) =>
          textCell(
            `${recorded.counts[l]}${l === "unrated" && recorded.total < report.rated.total ? "" : ` (${recorded.percent[l]}%)`}`
          )
        ),
      ]);
    }
    const change = report.change;
    if (change)
      out.row([
        textCell(`Change since ${change.since}`),
        ...used.map((l) => textCell(changeText(change.counts[l]))),
      ]);
  }
  const before =
    report.change !== null || (hasMeasures && report.measureHeadline.previous !== null);
  const figure = (label: string, now: string | number, then: string) =>
    out.row([textCell(label), textCell(now), ...(before ? [textCell(then)] : [])]);
  out.row([headCell("Headline figure"), headCell("Now"), ...(before ? [headCell("Before")] : [])]);
  if (hasActions) {
    figure(
      `Red actions (${levels.red.label})`,
      report.red,
      report.change
        ? `${report.change.since}: ${report.rated.counts.red - report.change.counts.red}`
        : ""
    );
    figure("Overdue actions (past their due date, not complete)", report.overdue, "");
  }
  if (hasMeasures) {
    const { current, previous, currentPeriod, previousPeriod } = report.measureHeadline;
    figure(
      `Measures at or better than target, or within tolerance${currentPeriod ? ` (${currentPeriod})` : ""}`,
      shareText(current),
      previous ? `${previousPeriod ?? "previous"}: ${shareText(previous)}` : ""
    );
    figure(
      "Measures off target beyond tolerance",
      report.measureExceptions.filter((m) => m.level === "red").length,
      ""
    );
  }
  out.blank();

  if (hasActions && report.groups.length > 0) {
    const chartTop = dashboardCharts(out, report, look, used);
    out.blank(Math.max(0, chartTop + chartRows(report.groups.length) - out.nextRow) + 1);
  } else if (hasMeasures) measureCharts(out, report, look);

  if (hasActions) {
    const total = report.actionExceptions.length;
    out.row(
      bannerRow(
        `Red and overdue actions: ${total === 0 ? "none" : total <= DASHBOARD_ITEMS ? `all ${total}` : `the worst ${DASHBOARD_ITEMS} of ${total}`}`,
        REPORT_COLUMNS
      )
    );
    if (total > 0) {
      out.row(
        ["Action", "Owner", "Due", "Rating", "Days overdue", "Carried from", "Group", "Reason"].map(
          headCell
        )
      );
      for (const e of report.actionExceptions.slice(0, DASHBOARD_ITEMS))
        out.row([
          textCell(shortened(`${e.ref} ${e.title}`, TITLE_CHARS)),
          textCell(e.owner),
          dateCell(e.due),
          ratingCell(look, e.level),
          textCell(e.overdueDays ?? "–"),
          textCell(e.carriedFrom ?? "–"),
          textCell(shortened(e.group, GROUP_CHARS)),
          textCell(shortened(e.reason, REASON_CHARS)),
        ]);
      if (total > DASHBOARD_ITEMS)
        out.row([
          noteCell(
            `And ${total - DASHBOARD_ITEMS} more: ${total > EVIDENCE_ROWS ? `the first ${EVIDENCE_ROWS.toLocaleString("en-GB")} are` : "every one is"} listed under "${evidenceTitles.exceptions}" in the evidence.`
          ),
        ]);
    } else out.row([noteCell("No action is red or overdue.")]);
    out.blank();
  }

  if (hasMeasures) {
    const off = report.measureExceptions;
    const limit = hasActions ? DASHBOARD_ITEMS : DASHBOARD_ITEMS * 2;
    out.row(
      bannerRow(
        `Measures off target: ${off.length === 0 ? "none" : off.length <= limit ? `all ${off.length}` : `the worst ${limit} of ${off.length}`}`,
        REPORT_COLUMNS
      )
    );
    if (off.length > 0) {
      out.row(
        [
          "Measure",
          "Period",
          "Target",
          "Actual",
          "Rating",
          "Direction of travel",
          "Good is",
          "Comparator",
        ].map(headCell)
      );
      const worstFirst = [
        ...off.filter((m) => m.level === "red"),
        ...off.filter((m) => m.level !== "red"),
      ];
      // A plan of measures alone has the room the action blocks would take.
      const shown = hasActions ? DASHBOARD_ITEMS : DASHBOARD_ITEMS * 2;
      for (const m of worstFirst.slice(0, shown))
        out.row([
          textCell(shortened(m.name, TITLE_CHARS)),
          textCell(m.period),
          textCell(m.target),
          textCell(m.actual),
          ratingCell(look, m.level),
          textCell(m.direction.replace("-", " ")),
          textCell(m.polaritySuggested !== undefined ? `${m.polarity} (suggested)` : m.polarity),
          textCell(m.comparator || "–"),
        ]);
      if (off.length > shown)
        out.row([
          noteCell(
            `And ${off.length - shown} more: every measure is listed under "${evidenceTitles.measures}" in the evidence.`
          ),
        ]);
    } else
      out.row([
        noteCell(
          report.measureHeadline.current.of === 0
            ? "No measure could be rated: none has both a target and a polarity."
            : "Every rated measure is at or better than target."
        ),
      ]);
  }
};

/** The RAG mix by group and the status mix over time: each chart's numbers in a table above it. Returns the charts' top row. */
const dashboardCharts = (
  out: ReportRows,
  report: ReportModel,
  look: LevelLook,
  used: RagLevel[]
): number => {
  const { levels } = look;
  out.row(
    bannerRow(
      report.numericScale
        ? "Priorities: mean rating and box, and the mix of ratings"
        : "RAG mix by group",
      REPORT_COLUMNS
    )
  );
  let chartSource: string;
  let chartKind: "barStacked" | "columnClustered" = "barStacked";
  if (report.numericScale) {
    // Thurrock's own form: the mean of each priority's 1–5 ratings, previous and current, and the box (the rounded mean).
    const top = out.row(
      ["Priority", "Previous mean", "Current mean", "Box", "Direction", "Overdue"].map(headCell)
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
      ]);
    chartSource = `A${top}:C${out.nextRow - 1}`;
    chartKind = "columnClustered";
  } else {
    const top = out.row([
      headCell("Group"),
      ...used.map((l) => ratingHead(look, l)),
      headCell("Overdue"),
    ]);
    for (const g of report.groups)
      out.row([textCell(g.name), ...used.map((l) => textCell(g.counts[l])), textCell(g.overdue)]);
    chartSource = `A${top}:${cellAddress(out.nextRow - 1, 1 + used.length)}`;
  }
  const withHistory = report.periods.length >= 2;
  let mixSource: string | null = null;
  if (withHistory) {
    out.blank();
    const top = out.row([headCell("Period"), ...used.map((l) => ratingHead(look, l))]);
    for (const p of report.periods)
      out.row([textCell(p.period), ...used.map((l) => textCell(p.counts[l]))]);
    mixSource = `A${top}:${cellAddress(out.nextRow - 1, 1 + used.length)}`;
  } else
    out.row([
      noteCell(
        "The status mix over time starts once this period's snapshot is taken (Take snapshot in the RAG view)."
      ),
    ]);
  out.blank();
  const chartTop = out.nextRow;
  const levelWords = used.map((l) => levels[l].label).join(", ");
  out.charts.push({
    chartType: chartKind,
    source: chartSource,
    seriesBy: "columns",
    title: report.numericScale
      ? "Mean rating by priority, previous and current"
      : "RAG mix of actions by group",
    altText: report.numericScale
      ? "Columns: for each priority, the mean rating in the previous and the current period. The same figures are in the table above."
      : `Stacked bars: for each group, how many actions are at each rating (${levelWords}). The same figures are in the table above.`,
    topLeft: cellAddress(chartTop, 1),
    bottomRight: cellAddress(
      chartTop + chartRows(report.groups.length) - 1,
      withHistory ? 3 : REPORT_COLUMNS
    ),
    ...(report.numericScale
      ? { seriesColours: ["#505A5F", "#1D70B8"] }
      : { seriesColours: used.map((l) => look.colourOf(l) ?? levels[l].fill) }),
  });
  if (mixSource)
    out.charts.push({
      chartType: "barStacked",
      source: mixSource,
      seriesBy: "columns",
      title: "Status mix over the last periods",
      altText: `Stacked bars: for each recorded period and now, how many actions were at each rating (${levelWords}). The same figures are in the table above.`,
      topLeft: cellAddress(chartTop, 4),
      bottomRight: cellAddress(chartTop + chartRows(report.groups.length) - 1, REPORT_COLUMNS),
      seriesColours: used.map((l) => look.colourOf(l) ?? levels[l].fill),
    });
  return chartTop;
};

/** For a plan of measures alone: the measures' ratings by group, as a table and a stacked bar chart beside it. */
const measureCharts = (out: ReportRows, report: ReportModel, look: LevelLook): void => {
  const groups = report.groups.filter((g) => Object.values(g.measureCounts).some((n) => n > 0));
  const used = (["red", "amber", "green", "unrated"] as const).filter((l) =>
    groups.some((g) => g.measureCounts[l] > 0)
  );
  if (groups.length === 0 || used.length === 0) return;
  out.row(bannerRow("Measures by group", REPORT_COLUMNS));
  const top = out.row([headCell("Group"), ...used.map((l) => ratingHead(look, l))]);
  for (const g of groups)
    out.row([textCell(g.name), ...used.map((l) => textCell(g.measureCounts[l]))]);
  out.blank();
  const chartTop = out.nextRow;
  out.charts.push({
    chartType: "barStacked",
    source: `A${top}:${cellAddress(out.nextRow - 2, 1 + used.length)}`,
    seriesBy: "columns",
    title: "Measures by rating and group",
    altText: `Stacked bars: for each group, how many measures are at each rating (${used.map((l) => look.levels[l].label).join(", ")}). The same figures are in the table above.`,
    topLeft: cellAddress(chartTop, 1),
    bottomRight: cellAddress(chartTop + chartRows(groups.length) - 1, REPORT_COLUMNS),
    seriesColours: used.map((l) => look.colourOf(l) ?? look.levels[l].fill),
  });
  out.blank(chartRows(groups.length) + 1);
};
