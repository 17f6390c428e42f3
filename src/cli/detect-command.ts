import { readPlan, type ReadPlan } from "../app/analyse-workbook";
import type { GatewayError } from "../core/gateway";
import { err, type Result } from "../core/result";
import { polarityProposals } from "../core/mapping/accept-suggestions";
import { isRateable } from "../core/parse/workbook-kind";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import type { WorkbookPath } from "./files";
import { detectJson, detectText, mappingLine } from "./detect-output";
import { jsonWithKind, kindLine } from "./kind-output";
import { countOf } from "./plain-words";
import { openWorkbookFile } from "./read-workbook";
import { type RunContext, sayText } from "./run-context";
import { type FileOutcome, filesWord, printSeveral, refusedOutcome } from "./several-files";

/** Said on stderr, so --json stays clean. */
export const acceptedSentence = (count: number): string =>
  count === 0
    ? "No polarity was suggested, so there was nothing to accept."
    : `Accepted ${count} suggested ${count === 1 ? "polarity" : "polarities"}: the mapping now gives ${count === 1 ? "it" : "them"} as confirmed.`;

/** Open and read one workbook (detect reads any workbook: one that is not a plan is named, not refused). */
const readEach = async (
  entry: WorkbookPath,
  run: RunContext
): Promise<Result<ReadPlan, GatewayError>> => {
  if (entry.problem !== undefined) return err({ kind: "unreadable", message: entry.problem });
  const opened = await openWorkbookFile(entry.path);
  if (!opened.ok) return opened;
  return readPlan(opened.value, run.mapping);
};

/** One workbook in full: its kind, the mapping in force, every table and column. */
const detectOne = async (entry: WorkbookPath, run: RunContext): Promise<number> => {
  const plan = await readEach(entry, run);
  if (!plan.ok) {
    run.io.err(plan.error.message);
    return EXIT_UNUSABLE;
  }
  const { model, settings, snapshot, kind } = plan.value;
  const { args } = run;
  if (args.acceptSuggestions) run.io.err(acceptedSentence(polarityProposals(model).length));
  if (args.format === "json")
    run.io.out(jsonWithKind(detectJson(settings, model, args.acceptSuggestions), kind));
  else
    sayText(
      run,
      detectText(
        model,
        entry.path,
        kind,
        mappingLine(settings, entry.path, args.schema, snapshot.mappingXml !== undefined)
      )
    );
  return EXIT_OK;
};

/** Several workbooks: what each is, a line each (detect's own first line), and a total. */
const detectSeveral = async (
  entries: readonly WorkbookPath[],
  run: RunContext
): Promise<number> => {
  const outcomes: FileOutcome[] = [];
  let plans = 0;
  for (const entry of entries) {
    const plan = await readEach(entry, run);
    if (!plan.ok) {
      outcomes.push(refusedOutcome(entry.path, plan.error, EXIT_UNUSABLE));
      continue;
    }
    const { model, settings, kind } = plan.value;
    if (isRateable(kind.kind)) plans += 1;
    const json = JSON.parse(jsonWithKind(detectJson(settings, model), kind)) as Record<
      string,
      unknown
    >;
    outcomes.push({
      file: entry.path,
      exit: EXIT_OK,
      line: kindLine(model, entry.path, kind),
      json,
    });
  }
  const unread = outcomes.filter((o) => o.exit !== EXIT_OK).length;
  const others = outcomes.length - unread - plans;
  const parts = [
    countOf(plans, "plan"),
    others > 0 ? `${others} not a plan` : "",
    unread > 0 ? `${unread} could not be read` : "",
  ].filter((p) => p !== "");
  return printSeveral(
    run,
    outcomes,
    `Total: ${filesWord(outcomes.length)} (${parts.join(", ")}).`,
    {
      files: outcomes.length,
      plans,
      notPlans: others,
      unreadable: unread,
    }
  );
};

/** `plan-tracker detect`: one workbook in full, or several a line each. */
export const detectWorkbooks = async (
  entries: readonly WorkbookPath[],
  several: boolean,
  run: RunContext
): Promise<number> => (several ? detectSeveral(entries, run) : detectOne(entries[0], run));
