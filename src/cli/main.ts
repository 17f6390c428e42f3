import type { Mapping } from "../core/mapping/mapping";
import packageJson from "../../package.json";
import { parseArgs } from "./args";
import { writeCopy } from "./copy-commands";
import { detectWorkbooks } from "./detect-command";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import { expandArguments } from "./files";
import { helpFor } from "./help";
import { rateWorkbooks } from "./rag-command";
import { readMappingFile } from "./read-mapping-file";
import type { CliIo, RunContext } from "./run-context";
import { validateWorkbooks } from "./validate-command";
import { DEFAULT_WIDTH, outputWidth, wrapText } from "./wrap";

export type { CliIo } from "./run-context";

/** Today in the machine's own calendar (the core never reads the clock; the CLI edge does). */
const today = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
};

/**
 * The version in package.json. The JSON is imported, so webpack writes the version into the
 * bundle when it is built and the tests read the same file: there is one place to change it.
 */
export const version = (): string => packageJson.version;

export const run = async (argv: readonly string[], io: CliIo): Promise<number> => {
  const args = parseArgs(argv);
  if (!args.ok) {
    io.err(args.error);
    return EXIT_UNUSABLE;
  }
  const width = outputWidth(io.columns);
  const { command } = args.value;
  if (command === "help") {
    io.out(wrapText(helpFor(args.value.topic), width));
    return EXIT_OK;
  }
  if (command === "version") {
    io.out(version());
    return EXIT_OK;
  }
  // The --schema mapping is checked before any workbook is opened: a wrong one changes nothing.
  let mapping: Mapping | undefined;
  if (args.value.schema !== null) {
    const loaded = await readMappingFile(args.value.schema);
    if (!loaded.ok) {
      io.err(loaded.error);
      return EXIT_UNUSABLE;
    }
    mapping = loaded.value;
  }
  const context: RunContext = { io, args: args.value, mapping, width };
  const asOf = args.value.asOf ?? today();
  // Commands that write a copy take one workbook, as given; the others take files, folders and patterns.
  if (
    command === "mapping" ||
    command === "report" ||
    command === "undo" ||
    (command === "rag" && args.value.write !== null)
  )
    return writeCopy(context, args.value.files[0] ?? "", asOf);
  const { paths, several } = await expandArguments(args.value.files, args.value.recursive);
  if (command === "detect") return detectWorkbooks(paths, several, context);
  if (command === "rag") return rateWorkbooks(paths, several, context, asOf);
  return validateWorkbooks(paths, several, context);
};

/** Entry point of the bundled CLI: a bug still gets one sentence, never a stack trace (unless asked). */
export const main = async (): Promise<void> => {
  const io: CliIo = {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`plan-tracker: ${text}\n`),
    // Wrapped to the terminal; a pipe or a file gets 100 columns.
    columns: process.stdout.isTTY ? process.stdout.columns : DEFAULT_WIDTH,
  };
  try {
    process.exitCode = await run(process.argv.slice(2), io);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    io.err(
      `something went wrong inside Plan Tracker (${reason.split("\n")[0]}). The workbook was not changed.`
    );
    if (process.env.PLAN_TRACKER_DEBUG && error instanceof Error)
      process.stderr.write(`${error.stack ?? ""}\n`);
    process.exitCode = EXIT_UNUSABLE;
  }
};
