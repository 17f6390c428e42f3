import type { Analysis } from "../app/analysis";
import { analyseWorkbook } from "../app/analyse-workbook";
import { headerMovesSentence } from "../core/mapping/follow-moved-headers";
import { cellText } from "../core/model/cell-value";
import { err, ok, type Result } from "../core/result";
import type { GatewayError } from "../core/gateway";
import { summarise } from "../core/validate/issue";
import { EXIT_ISSUES, EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import type { WorkbookPath } from "./files";
import { csvDocument } from "./format-csv";
import {
  type Filters,
  filterIssues,
  hasFilters,
  rowContexts,
  unknownGroupSentence,
} from "./issue-filters";
import { countOf, severityCounts } from "./plain-words";
import { openWorkbookFile } from "./read-workbook";
import { type RunContext, sayText } from "./run-context";
import {
  type FileOutcome,
  filesWord,
  printSeveral,
  refusedOutcome,
  worstExit,
} from "./several-files";
import { validateJson, validateText } from "./validate-output";

interface Checked {
  /** The issues the filters keep, and their summary. */
  analysis: Analysis;
  /** How many issues there were before filtering. */
  found: number;
}

/** Open, read and check one workbook; the filters pick its issues (and so its exit code). */
const checkWorkbook = async (
  entry: WorkbookPath,
  run: RunContext
): Promise<Result<Checked, GatewayError>> => {
  if (entry.problem !== undefined) return err({ kind: "unreadable", message: entry.problem });
  const opened = await openWorkbookFile(entry.path);
  if (!opened.ok) return opened;
  const analysis = await analyseWorkbook(opened.value, run.mapping);
  if (!analysis.ok) return analysis;
  const unknownGroup = unknownGroupSentence(analysis.value.model, run.args.filters, entry.path);
  if (unknownGroup !== null) run.io.err(unknownGroup);
  const issues = filterIssues(analysis.value.issues, analysis.value.model, run.args.filters);
  return ok({
    analysis: { ...analysis.value, issues, summary: summarise(issues) },
    found: analysis.value.issues.length,
  });
};

const exitOf = (analysis: Analysis): number => (analysis.summary.error > 0 ? EXIT_ISSUES : EXIT_OK);

const CSV_HEADER = [
  "file",
  "sheet",
  "cell",
  "severity",
  "code",
  "field",
  "owner",
  "value",
  "message",
];

const csvRecords = (file: string, analysis: Analysis): string[][] => {
  const contextOf = rowContexts(analysis.model);
  return analysis.issues.map((issue) => [
    file,
    issue.sheet,
    issue.cell,
    issue.severity,
    issue.code,
    issue.field ?? "",
    contextOf(issue).owners.join("; "),
    cellText(issue.value),
    issue.message,
  ]);
};

/** "on rows owned by Sheila Murphy, in Priority 1, warnings and worse, with code owner-missing". */
const filterWords = (filters: Filters): string => {
  const parts = [
    filters.owner !== null ? `on rows owned by ${filters.owner}` : "",
    filters.group !== null ? `in the group ${filters.group}` : "",
    filters.severity === "error"
      ? "errors only"
      : filters.severity === "warning"
        ? "warnings and errors"
        : "",
    filters.codes.length > 0 ? `with code ${filters.codes.join(" or ")}` : "",
  ];
  return parts.filter((p) => p !== "").join(", ");
};

/** One workbook in full, as the command has always printed it. */
const validateOne = async (entry: WorkbookPath, run: RunContext): Promise<number> => {
  const checked = await checkWorkbook(entry, run);
  if (!checked.ok) {
    run.io.err(checked.error.message);
    return EXIT_UNUSABLE;
  }
  const { analysis, found } = checked.value;
  if (analysis.settings?.headerMoves)
    run.io.err(headerMovesSentence(analysis.settings.headerMoves));
  const { format, filters } = run.args;
  if (format === "json") run.io.out(validateJson(analysis));
  else if (format === "csv") run.io.out(csvDocument(CSV_HEADER, csvRecords(entry.path, analysis)));
  else {
    const shown = hasFilters(filters)
      ? `\n\nShown: ${analysis.issues.length} of ${countOf(found, "issue")}, those ${filterWords(filters)}.`
      : "";
    sayText(run, `${validateText(analysis, entry.path)}${shown}`);
  }
  return exitOf(analysis);
};

/** Several workbooks: a line each and a total, or one JSON document, or one CSV of every issue. */
const validateSeveral = async (
  entries: readonly WorkbookPath[],
  run: RunContext
): Promise<number> => {
  const outcomes: FileOutcome[] = [];
  const records: string[][] = [];
  const total = { error: 0, warning: 0, info: 0 };
  for (const entry of entries) {
    const checked = await checkWorkbook(entry, run);
    if (!checked.ok) {
      outcomes.push(refusedOutcome(entry.path, checked.error, EXIT_UNUSABLE));
      // A CSV has no row for a workbook that was not checked: its sentence goes to stderr.
      if (run.args.format === "csv") run.io.err(checked.error.message);
      continue;
    }
    const { analysis } = checked.value;
    for (const level of ["error", "warning", "info"] as const)
      total[level] += analysis.summary[level];
    if (run.args.format === "csv") records.push(...csvRecords(entry.path, analysis));
    const single = JSON.parse(validateJson(analysis)) as Record<string, unknown>;
    outcomes.push({
      file: entry.path,
      exit: exitOf(analysis),
      line: `${entry.path}: ${severityCounts(analysis.summary)}`,
      json: { summary: analysis.summary, ...single },
    });
  }
  if (run.args.format === "csv") {
    run.io.out(csvDocument(CSV_HEADER, records));
    return worstExit(outcomes);
  }
  const withErrors = outcomes.filter((o) => o.exit === EXIT_ISSUES).length;
  const clean = outcomes.filter((o) => o.exit === EXIT_OK).length;
  const unusable = outcomes.length - withErrors - clean;
  const counts = [
    withErrors > 0 ? `${withErrors} with errors` : "",
    clean > 0 ? `${clean} without errors` : "",
    unusable > 0 ? `${unusable} not checked` : "",
  ].filter((p) => p !== "");
  const line = `Total: ${filesWord(outcomes.length)} (${counts.join(", ")}); ${severityCounts(total)}${hasFilters(run.args.filters) ? `, those ${filterWords(run.args.filters)}` : ""}.`;
  return printSeveral(run, outcomes, line, {
    files: outcomes.length,
    withErrors,
    withoutErrors: clean,
    notChecked: unusable,
    summary: total,
  });
};

/** `plan-tracker validate`: one workbook in full, or several a line each. */
export const validateWorkbooks = async (
  entries: readonly WorkbookPath[],
  several: boolean,
  run: RunContext
): Promise<number> => (several ? validateSeveral(entries, run) : validateOne(entries[0], run));
