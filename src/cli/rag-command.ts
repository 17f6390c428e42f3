import { addressOf } from "../core/model/address";
import { rateWorkbook, type Rated } from "../app/rate-workbook";
import type { GatewayError } from "../core/gateway";
import { headerMovesSentence } from "../core/mapping/follow-moved-headers";
import { RAG_LEVELS, type RagLevel } from "../core/model/rag-level";
import type { PlanModel } from "../core/parse/plan-model";
import { formatDate } from "../core/rag/format-date";
import type { RagResult, RatedAction, RatedMeasure } from "../core/rag/rate-plan";
import { err, ok, type Result } from "../core/result";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import type { WorkbookPath } from "./files";
import { csvDocument } from "./format-csv";
import {
  actionKept,
  type Filters,
  groupKept,
  measureKept,
  unknownGroupSentence,
} from "./issue-filters";
import { countOf } from "./plain-words";
import { ragJson, ragText } from "./rag-output";
import { openWorkbookFile } from "./read-workbook";
import { type RunContext, sayText } from "./run-context";
import { type FileOutcome, filesWord, printSeveral, refusedOutcome } from "./several-files";

/**
 * The actions and measures --owner and --group keep, and the group's roll-up. The whole plan's
 * roll-up stays the whole plan's: it is the figure the board sees, not a sum of what is listed.
 */
export const filterRated = (result: RagResult, model: PlanModel, filters: Filters): RagResult => {
  if (filters.owner === null && filters.group === null) return result;
  const action = (rated: RatedAction): boolean => actionKept(rated.action, model, filters);
  const measure = (rated: RatedMeasure): boolean => measureKept(rated.measure, model, filters);
  const { exceptions } = result;
  return {
    ...result,
    actions: result.actions.filter(action),
    measures: result.measures.filter(measure),
    groups: result.groups.filter((g) => groupKept(g.name, model, filters)),
    exceptions: {
      ...exceptions,
      redActions: exceptions.redActions.filter(action),
      overdueActions: exceptions.overdueActions.filter(action),
      undatedActions: exceptions.undatedActions.filter(action),
      unownedActions: exceptions.unownedActions.filter(action),
      contradictions: exceptions.contradictions.filter(action),
      redMeasures: exceptions.redMeasures.filter(measure),
      worseningMeasures: exceptions.worseningMeasures.filter(measure),
    },
  };
};

/** Level words for the one-line summaries: the canonical levels, whatever a plan calls them. */
const LEVEL_WORDS: Record<RagLevel, string> = {
  red: "red",
  amber: "amber",
  green: "green",
  blue: "blue",
  done: "done",
  unrated: "not rated",
};

/** "18 actions (12 red, 5 green, 1 not rated)": the levels that occur, worst first. */
const levelCounts = (n: number, noun: string, levels: readonly RagLevel[]): string => {
  const counts = RAG_LEVELS.map((level) => ({
    level,
    count: levels.filter((l) => l === level).length,
  })).filter((c) => c.count > 0);
  return `${countOf(n, noun)}${counts.length > 0 ? ` (${counts.map((c) => `${c.count} ${LEVEL_WORDS[c.level]}`).join(", ")})` : ""}`;
};

const rateEach = async (
  entry: WorkbookPath,
  run: RunContext,
  asOf: string
): Promise<Result<Rated, GatewayError>> => {
  if (entry.problem !== undefined) return err({ kind: "unreadable", message: entry.problem });
  const opened = await openWorkbookFile(entry.path);
  if (!opened.ok) return opened;
  const rated = await rateWorkbook(opened.value, {
    asOf,
    mapping: run.mapping,
  });
  if (!rated.ok) return rated;
  const unknownGroup = unknownGroupSentence(rated.value.model, run.args.filters, entry.path);
  if (unknownGroup !== null) run.io.err(unknownGroup);
  return ok({
    ...rated.value,
    result: filterRated(rated.value.result, rated.value.model, run.args.filters),
  });
};

const CSV_HEADER = [
  "file",
  "type",
  "sheet",
  "cell",
  "ref",
  "name",
  "group",
  "owner",
  "due",
  "period",
  "target",
  "actual",
  "level",
  "label",
  "reason",
];

const text = (value: number | string | null | undefined): string =>
  value === null || value === undefined ? "" : String(value);

/** One row per action, then one per measure, with the plan's own label for each level. */
const csvRecords = (file: string, rated: Rated): string[][] => {
  const { result, levels } = rated;
  const actions = result.actions.map(({ action, rating }) => [
    file,
    "action",
    action.sheet,
    addressOf(action.cells.title) ?? `A${action.row}`,
    action.ref ?? action.key,
    action.title,
    action.group,
    action.owners.join("; "),
    text(action.timescale.due),
    "",
    "",
    "",
    rating.level,
    levels[rating.level].label,
    rating.reason,
  ]);
  const measures = result.measures.map(({ measure, period, rating }) => [
    file,
    "measure",
    measure.sheet,
    addressOf(period?.actualCell) ?? addressOf(measure.cells.name) ?? `A${measure.row}`,
    "",
    measure.name,
    measure.group,
    "",
    "",
    text(period?.label),
    text(period?.target?.value),
    text(period?.actual?.value),
    rating.level,
    levels[rating.level].label,
    rating.reason,
  ]);
  return [...actions, ...measures];
};

/** What the filters left out, said under the text so nobody takes a part for the whole. */
const filterNote = (filters: Filters): string => {
  if (filters.owner === null && filters.group === null) return "";
  const whose = [
    filters.owner !== null ? `owned by ${filters.owner}` : "",
    filters.group !== null ? `in the group ${filters.group}` : "",
  ]
    .filter((p) => p !== "")
    .join(" and ");
  const measures = filters.owner !== null ? " (measures have no owner, so none are listed)" : "";
  return `\n\nListed: only the actions and measures ${whose}${measures}; "Whole plan" counts every action.`;
};

/** One workbook in full: the roll-up by group and what needs attention, or its JSON or CSV. */
const rateOne = async (entry: WorkbookPath, run: RunContext, asOf: string): Promise<number> => {
  const rated = await rateEach(entry, run, asOf);
  if (!rated.ok) {
    run.io.err(rated.error.message);
    return EXIT_UNUSABLE;
  }
  if (rated.value.settings.headerMoves)
    run.io.err(headerMovesSentence(rated.value.settings.headerMoves));
  const { format, filters } = run.args;
  if (format === "json") run.io.out(ragJson(rated.value.result));
  else if (format === "csv")
    run.io.out(csvDocument(CSV_HEADER, csvRecords(entry.path, rated.value)));
  else
    sayText(
      run,
      `${ragText(rated.value.result, rated.value.levels, entry.path)}${filterNote(filters)}`
    );
  return EXIT_OK;
};

/** Several workbooks: each one's counts on a line and a total, or one JSON document, or one CSV. */
const rateSeveral = async (
  entries: readonly WorkbookPath[],
  run: RunContext,
  asOf: string
): Promise<number> => {
  const outcomes: FileOutcome[] = [];
  const records: string[][] = [];
  const actionLevels: RagLevel[] = [];
  const measureLevels: RagLevel[] = [];
  for (const entry of entries) {
    const rated = await rateEach(entry, run, asOf);
    if (!rated.ok) {
      outcomes.push(refusedOutcome(entry.path, rated.error, EXIT_UNUSABLE));
      if (run.args.format === "csv") run.io.err(rated.error.message);
      continue;
    }
    const { result } = rated.value;
    const actions = result.actions.map((a) => a.rating.level);
    const measures = result.measures.map((m) => m.rating.level);
    actionLevels.push(...actions);
    measureLevels.push(...measures);
    if (run.args.format === "csv") records.push(...csvRecords(entry.path, rated.value));
    const line = `${entry.path}: ${levelCounts(actions.length, "action", actions)}; ${levelCounts(measures.length, "measure", measures)}`;
    outcomes.push({
      file: entry.path,
      exit: EXIT_OK,
      line,
      json: JSON.parse(ragJson(result)) as Record<string, unknown>,
    });
  }
  if (run.args.format === "csv") {
    run.io.out(csvDocument(CSV_HEADER, records));
    return outcomes.some((o) => o.exit !== EXIT_OK) ? EXIT_UNUSABLE : EXIT_OK;
  }
  const unrated = outcomes.filter((o) => o.exit !== EXIT_OK).length;
  const rated = outcomes.length - unrated;
  const line = `Total: ${filesWord(outcomes.length)}, ${rated} rated as of ${formatDate(asOf)}${unrated > 0 ? `, ${unrated} could not be` : ""}; ${levelCounts(actionLevels.length, "action", actionLevels)}; ${levelCounts(measureLevels.length, "measure", measureLevels)}.`;
  return printSeveral(run, outcomes, line, {
    files: outcomes.length,
    notRated: unrated,
    asOf,
    actions: actionLevels.length,
    measures: measureLevels.length,
  });
};

/** `plan-tracker rag` without --write: one workbook in full, or several a line each. */
export const rateWorkbooks = async (
  entries: readonly WorkbookPath[],
  several: boolean,
  run: RunContext,
  asOf: string
): Promise<number> => (several ? rateSeveral(entries, run, asOf) : rateOne(entries[0], run, asOf));
