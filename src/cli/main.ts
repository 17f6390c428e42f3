import { analyseWorkbook, readPlan } from "../app/analyse-workbook";
import type { PlanSettings } from "../app/plan-settings";
import { acceptPolarityProposals, polarityProposals } from "../core/mapping/accept-suggestions";
import { headerMovesSentence } from "../core/mapping/follow-moved-headers";
import type { Mapping } from "../core/mapping/mapping";
import { parseArgs, USAGE } from "./args";
import { detectJson, detectText, mappingLine } from "./detect-output";
import { EXIT_ISSUES, EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import { saveMapping, showMapping } from "./mapping-command";
import { readMappingFile } from "./read-mapping-file";
import { openWorkbookFile } from "./read-workbook";
import { validateJson, validateText } from "./validate-output";
import { resolve } from "node:path";
import { rateWorkbook, writeRatings } from "../app/rate-workbook";
import { ragJson, ragText } from "./rag-output";
import { saveCopy } from "./save-copy";
import { jsonWithKind } from "./kind-output";
import { generateReport } from "../app/generate-report";

/** "25 Nov 2026 09:14", in the machine's own time, for the report's header and footer. */
const nowText = (): string => {
  const now = new Date();
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()} ${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
};

/** Today in the machine's own calendar (the core never reads the clock; the CLI edge does). */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

const version = (): string => (typeof PLAN_TRACKER_VERSION === "string" ? PLAN_TRACKER_VERSION : "dev");
declare const PLAN_TRACKER_VERSION: string | undefined;

export const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.err(args.error);
    return EXIT_UNUSABLE;
  }
  const { command, file, json } = args.value;
  if (command === "help") {
    io.out(USAGE);
    return EXIT_OK;
  }
  if (command === "version") {
    io.out(version());
    return EXIT_OK;
  }
  // The --schema mapping is checked before the workbook is opened: a wrong one changes nothing.
  let mapping: Mapping | undefined;
  if (args.value.schema !== null) {
    const loaded = await readMappingFile(args.value.schema);
    if (!loaded.ok) {
      io.err(loaded.error);
      return EXIT_UNUSABLE;
    }
    mapping = loaded.value;
  }
  const opened = await openWorkbookFile(file ?? "");
  if (!opened.ok) {
    io.err(opened.error.message);
    return EXIT_UNUSABLE;
  }
  const gateway = opened.value;
  if (command === "mapping") {
    if (args.value.action === "show") return showMapping(gateway, file ?? "", io);
    if (!mapping) return EXIT_UNUSABLE;
    if (args.value.acceptSuggestions) {
      const accepted = await withAcceptedSuggestions(gateway, mapping, io);
      if (!accepted) return EXIT_UNUSABLE;
      mapping = accepted;
    }
    return saveMapping(gateway, file ?? "", mapping, args.value.write ?? "", io);
  }
  if (command === "detect") {
    const plan = await readPlan(gateway, mapping);
    if (!plan.ok) {
      io.err(plan.error.message);
      return EXIT_UNUSABLE;
    }
    const { model, settings, snapshot, kind } = plan.value;
    if (args.value.acceptSuggestions) io.err(acceptedSentence(polarityProposals(model).length));
    io.out(json ? jsonWithKind(detectJson(settings, model, args.value.acceptSuggestions), kind) : detectText(model, file ?? "", kind, mappingLine(settings, file ?? "", args.value.schema, snapshot.mappingXml !== undefined)));
    return EXIT_OK;
  }
  if (command === "rag") {
    const asOf = args.value.asOf ?? today();
    const out = args.value.write;
    if (out !== null && resolve(out) === resolve(file ?? "")) {
      io.err("--write must name a new file: Plan Tracker never changes the workbook it reads.");
      return EXIT_UNUSABLE;
    }
    const rated = out === null ? await rateWorkbook(gateway, { asOf, mapping }) : await writeRatings(gateway, { asOf, mapping });
    if (!rated.ok) {
      io.err(rated.error.message);
      return EXIT_UNUSABLE;
    }
    if (out !== null) {
      const saved = await saveCopy(gateway, out);
      if (!saved.ok) {
        io.err(saved.error);
        return EXIT_UNUSABLE;
      }
    }
    noteHeaderMoves(rated.value.settings, io);
    io.out(json ? ragJson(rated.value.result) : ragText(rated.value.result, rated.value.levels, file ?? ""));
    return EXIT_OK;
  }
  if (command === "report") {
    const out = args.value.write ?? "";
    if (resolve(out) === resolve(file ?? "")) {
      io.err("--out must name a new file: Plan Tracker never changes the workbook it reads.");
      return EXIT_UNUSABLE;
    }
    const made = await generateReport(gateway, { asOf: args.value.asOf ?? today(), period: args.value.period ?? undefined, generatedAt: nowText(), mapping });
    if (!made.ok) {
      io.err(made.error.message);
      return EXIT_UNUSABLE;
    }
    const saved = await saveCopy(gateway, out);
    if (!saved.ok) {
      io.err(saved.error);
      return EXIT_UNUSABLE;
    }
    const { report } = made.value;
    io.out(`Board report for ${report.period} written to ${out} (sheet "Board report"): ${report.rated.total} actions, ${report.red} red, ${report.overdue} overdue; measures at or within tolerance of target: ${report.metrics.current.percent === null ? "none rated" : `${report.metrics.current.count} of ${report.metrics.current.of} (${report.metrics.current.percent.toFixed(1)}%)`}.`);
    for (const note of made.value.applied.skipped ?? []) io.err(note);
    return EXIT_OK;
  }
  const analysis = await analyseWorkbook(gateway, mapping);
  if (!analysis.ok) {
    io.err(analysis.error.message);
    return EXIT_UNUSABLE;
  }
  if (analysis.value.settings) noteHeaderMoves(analysis.value.settings, io);
  io.out(json ? validateJson(analysis.value) : validateText(analysis.value, file ?? ""));
  return analysis.value.summary.error > 0 ? EXIT_ISSUES : EXIT_OK;
};

/** Said on stderr, so --json stays clean. */
const acceptedSentence = (count: number): string =>
  count === 0 ? "No polarity was suggested, so there was nothing to accept." : `Accepted ${count} suggested ${count === 1 ? "polarity" : "polarities"}: the mapping now gives ${count === 1 ? "it" : "them"} as confirmed.`;

/** mapping save --accept-suggestions: read the workbook with the given mapping, then confirm what was suggested. */
const withAcceptedSuggestions = async (gateway: Parameters<typeof readPlan>[0], mapping: Mapping, io: CliIo): Promise<Mapping | null> => {
  const plan = await readPlan(gateway, mapping);
  if (!plan.ok) {
    io.err(plan.error.message);
    return null;
  }
  const proposals = polarityProposals(plan.value.model);
  io.err(acceptedSentence(proposals.length));
  return acceptPolarityProposals(mapping, proposals);
};

/** Tables followed to where rows inserted above them moved them: said on stderr, so --json stays clean. */
const noteHeaderMoves = (settings: PlanSettings, io: CliIo): void => {
  if (settings.headerMoves) io.err(headerMovesSentence(settings.headerMoves));
};

/** Entry point of the bundled CLI: a bug still gets one sentence, never a stack trace (unless asked). */
export const main = async (): Promise<void> => {
  const io: CliIo = { out: (text) => process.stdout.write(`${text}\n`), err: (text) => process.stderr.write(`plan-tracker: ${text}\n`) };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(`something went wrong inside Plan Tracker (${reason.split("\n")[0]}). The workbook was not changed.`);
    if (process.env.PLAN_TRACKER_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ""}\n`);
    process.exitCode = EXIT_UNUSABLE;
  }
};

