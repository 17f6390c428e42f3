import { readPlan } from "../app/analyse-workbook";
import { generateReport } from "../app/generate-report";
import { writeRatings } from "../app/rate-workbook";
import { acceptPolarityProposals, polarityProposals } from "../core/mapping/accept-suggestions";
import { headerMovesSentence } from "../core/mapping/follow-moved-headers";
import type { Mapping } from "../core/mapping/mapping";
import type { XlsxGateway } from "../xlsx/xlsx-gateway";
import { acceptedSentence } from "./detect-command";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import { saveMapping, showMapping } from "./mapping-command";
import { undoIntoCopy } from "./undo-command";
import { filterRated } from "./rag-command";
import { ragJson, ragText } from "./rag-output";
import { openWorkbookFile } from "./read-workbook";
import { type CliIo, type RunContext, sayText } from "./run-context";
import { saveCopyOrSay } from "./save-copy";
import { isSameFile } from "./same-file";

/** "25 Nov 2026 09:14", in the machine's own time, for the report's header and footer. */
const nowText = (): string => {
  const now = new Date();
  const months = [
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
  ];
  return `${now.getDate()} ${months[now.getMonth()]} ${now.getFullYear()} ${String(now.getHours()).padStart(2, "0")}:${String(now.getMinutes()).padStart(2, "0")}`;
};

/** mapping save --accept-suggestions: read the workbook with the given mapping, then confirm what was suggested. */
const withAcceptedSuggestions = async (
  gateway: XlsxGateway,
  mapping: Mapping,
  io: CliIo
): Promise<Mapping | null> => {
  const plan = await readPlan(gateway, mapping);
  if (!plan.ok) {
    io.err(plan.error.message);
    return null;
  }
  const proposals = polarityProposals(plan.value.model);
  io.err(acceptedSentence(proposals.length));
  return acceptPolarityProposals(mapping, proposals);
};

/** The copy must be a new file: exceljs drops parts it does not model, so the original is never saved over. */
const sameFile = (io: CliIo, option: string, out: string, file: string): boolean => {
  if (!isSameFile(out, file)) return false;
  io.err(`${option} must name a new file: Plan Tracker never changes the workbook it reads.`);
  return true;
};

const rateIntoCopy = async (
  run: RunContext,
  gateway: XlsxGateway,
  file: string,
  asOf: string
): Promise<number> => {
  const { io, args, mapping } = run;
  const out = args.write ?? "";
  if (sameFile(io, "--write", out, file)) return EXIT_UNUSABLE;
  const rated = await writeRatings(gateway, { asOf, mapping });
  if (!rated.ok) {
    io.err(rated.error.message);
    return EXIT_UNUSABLE;
  }
  if (!(await saveCopyOrSay(gateway, out, io.err))) return EXIT_UNUSABLE;
  if (rated.value.settings.headerMoves)
    io.err(headerMovesSentence(rated.value.settings.headerMoves));
  // What the write left as it was (RAG cells merged with another column), said as the report command says its notes.
  for (const note of rated.value.applied.skipped ?? []) io.err(note);
  const result = filterRated(rated.value.result, rated.value.model, args.filters);
  if (args.format === "json") io.out(ragJson(result));
  else sayText(run, ragText(result, rated.value.levels, file));
  return EXIT_OK;
};

const reportIntoCopy = async (
  run: RunContext,
  gateway: XlsxGateway,
  file: string,
  asOf: string
): Promise<number> => {
  const { io, args, mapping } = run;
  const out = args.write ?? "";
  if (sameFile(io, "--out", out, file)) return EXIT_UNUSABLE;
  const made = await generateReport(gateway, {
    asOf,
    period: args.period ?? undefined,
    generatedAt: nowText(),
    mapping,
    ...(args.committee ? { audience: "committee" as const } : {}),
    ...(args.only !== null ? { only: args.only } : {}),
    ...(args.replace ? { replaceEarlier: true } : {}),
  });
  if (!made.ok) {
    io.err(made.error.message);
    return EXIT_UNUSABLE;
  }
  if (!(await saveCopyOrSay(gateway, out, io.err))) return EXIT_UNUSABLE;
  const { report } = made.value;
  const { current } = report.measureHeadline;
  const measures =
    current.percent === null
      ? "none rated"
      : `${current.count} of ${current.of} (${current.percent.toFixed(1)}%)`;
  sayText(
    run,
    `${report.audience === "committee" ? "Committee version of the board report" : "Board report"} for ${report.period}${report.subset ? ` (only ${report.subset})` : ""} written to ${out} (sheet "Board report"): ${report.rated.total} actions, ${report.red} red, ${report.overdue} overdue; measures at or within tolerance of target: ${measures}.`
  );
  if (made.value.kept)
    sayText(
      run,
      `The earlier report was kept as the sheet "${made.value.kept}" (--replace rebuilds over it instead).`
    );
  for (const note of made.value.applied.skipped ?? []) io.err(note);
  return EXIT_OK;
};

/** mapping save|show, report --out, undo --out and rag --write: one workbook read, and (but for show) a copy written. */
export const writeCopy = async (run: RunContext, file: string, asOf: string): Promise<number> => {
  const { io, args } = run;
  const opened = await openWorkbookFile(file);
  if (!opened.ok) {
    io.err(opened.error.message);
    return EXIT_UNUSABLE;
  }
  const gateway = opened.value;
  if (args.command === "rag") return rateIntoCopy(run, gateway, file, asOf);
  if (args.command === "report") return reportIntoCopy(run, gateway, file, asOf);
  if (args.command === "undo") return undoIntoCopy(run, gateway, file, asOf);
  if (args.action === "show") return showMapping(gateway, file, io);
  let { mapping } = run;
  if (!mapping) return EXIT_UNUSABLE;
  if (args.acceptSuggestions) {
    const accepted = await withAcceptedSuggestions(gateway, mapping, io);
    if (!accepted) return EXIT_UNUSABLE;
    mapping = accepted;
  }
  return saveMapping(gateway, file, mapping, args.write ?? "", io);
};
