import { err, ok, type Result } from "../core/result";

/** A parsed command line: the command, its file, and its options. */
export interface CliArgs {
  command: "detect" | "validate" | "rag" | "report" | "mapping" | "help" | "version";
  /** mapping save / mapping show. */
  action: "save" | "show" | null;
  file: string | null;
  json: boolean;
  /** YYYY-MM-DD; the CLI supplies today when absent. */
  asOf: string | null;
  /** rag --write / report --out / mapping save --out: where to save a copy with Plan Tracker's changes. */
  write: string | null;
  /** report --period: the reporting period's label. */
  period: string | null;
  /** --schema: a mapping file that overrides the one stored in the workbook. */
  schema: string | null;
  /** detect --json / mapping save --accept-suggestions: write suggested polarities into the mapping as confirmed. */
  acceptSuggestions: boolean;
}

export const USAGE = `Usage: plan-tracker <command> <file.xlsx> [options]

Commands:
  detect <file.xlsx> [--json]     Show which sheets and columns were understood as what;
                                  --json prints it as a mapping (see "The mapping" in the README)
  validate <file.xlsx> [--json]   Check the plan cell by cell
  rag <file.xlsx> [--as-of YYYY-MM-DD] [--json] [--write out.xlsx]
                                  Rate every action and measure by the plan's rules
  report <file.xlsx> --out <report.xlsx> [--as-of YYYY-MM-DD] [--period "label"]
                                  Write a copy with the board report sheet added
  mapping save <file.xlsx> --schema <mapping.json> --out <copy.xlsx> [--accept-suggestions]
                                  Write a copy of the workbook that carries the mapping
  mapping show <file.xlsx>        Print the mapping the workbook carries
  help                            Show this help

Options:
  --schema <mapping.json>         (detect, validate, rag, report) use this mapping instead of the
                                  one stored in the workbook, or of detection when it has none
  --accept-suggestions            (detect --json, mapping save) write the polarities Plan Tracker
                                  suggested for measures into the mapping, as confirmed

Exit codes: 0 done (validate: no errors), 1 validate found errors, 2 the file or the mapping could
not be used or the arguments are wrong. The input workbook is only read, never changed.`;

const COMMANDS = new Set(["detect", "validate", "rag", "report", "mapping", "help", "version"]);
const VALUE_OPTIONS = new Set(["--as-of", "--write", "--out", "--period", "--schema"]);
const EXAMPLES: Record<string, string> = {
  "--as-of": "--as-of 2022-10-31",
  "--write": "--write rated.xlsx",
  "--out": "--out report.xlsx",
  "--period": '--period "Improvement Board – July 2022"',
  "--schema": "--schema mapping.json",
};

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const validIsoDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
};

/** The `mapping save|show <file>` form: its own checks, since it takes its workbook after the action. */
const mappingArgs = (positional: string[], options: Omit<CliArgs, "command" | "action" | "file">): Result<CliArgs, string> => {
  const [, action, file, ...rest] = positional;
  if (action !== "save" && action !== "show")
    return err(action === undefined ? "The mapping command needs save or show: plan-tracker mapping show <file.xlsx>." : `Unknown mapping action "${action}": use mapping save or mapping show.`);
  if (!file) return err(`mapping ${action} needs a workbook: plan-tracker mapping ${action} <file.xlsx>.`);
  if (rest.length > 0) return err(`Unexpected argument "${rest[0]}". Give one workbook at a time.`);
  if (options.asOf !== null || options.period !== null) return err(`${options.asOf !== null ? "--as-of" : "--period"} does not go with the mapping command.`);
  if (action === "show" && options.acceptSuggestions) return err("--accept-suggestions goes with mapping save (or detect --json), not mapping show.");
  if (action === "save" && options.schema === null) return err("mapping save needs --schema <mapping.json>: the mapping to store in the workbook.");
  if (action === "save" && options.write === null) return err("mapping save needs --out <copy.xlsx>: the workbook you give is never changed.");
  if (action === "show" && (options.schema !== null || options.write !== null)) return err(`${options.schema !== null ? "--schema" : "--out"} goes with mapping save, not mapping show.`);
  return ok({ command: "mapping", action, file, ...options });
};

export const parseArgs = (argv: readonly string[]): Result<CliArgs, string> => {
  const positional: string[] = [];
  const options: Omit<CliArgs, "command" | "action" | "file"> = { json: false, asOf: null, write: null, period: null, schema: null, acceptSuggestions: false };
  const simple = (command: "help" | "version"): CliArgs => ({ command, action: null, file: null, ...options });
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--json") options.json = true;
    else if (arg === "--accept-suggestions") options.acceptSuggestions = true;
    else if (arg === "--help" || arg === "-h") return ok(simple("help"));
    else if (arg === "--version" || arg === "-v") return ok(simple("version"));
    else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--")) return err(`${arg} needs a value, e.g. ${EXAMPLES[arg]}.`);
      if (arg === "--as-of" && !validIsoDate(value)) return err(`--as-of takes a date written YYYY-MM-DD (for example 2022-10-31), not "${value}".`);
      if (arg === "--as-of") options.asOf = value;
      else if (arg === "--period") options.period = value;
      else if (arg === "--schema") options.schema = value;
      else options.write = value;
      i += 1;
    } else if (arg.startsWith("-")) return err(`Unknown option ${arg}. Run "plan-tracker help" for the options.`);
    else positional.push(arg);
  }
  const [command, file, ...rest] = positional;
  if (!command) return ok(simple("help"));
  if (!COMMANDS.has(command)) return err(`Unknown command "${command}". Run "plan-tracker help" for the commands.`);
  if (command === "help" || command === "version") return ok(simple(command));
  if (command === "mapping") return mappingArgs(positional, options);
  if (!file) return err(`The ${command} command needs a workbook: plan-tracker ${command} <file.xlsx>.`);
  if (rest.length > 0) return err(`Unexpected argument "${rest[0]}". Give one workbook at a time.`);
  const { asOf, write, period } = options;
  if ((asOf !== null || write !== null) && command !== "rag" && command !== "report") return err(`${asOf !== null ? "--as-of" : "--write"} goes with the rag and report commands.`);
  if (period !== null && command !== "report") return err("--period goes with the report command.");
  // Accepting writes into a mapping, and only detect --json prints one.
  if (options.acceptSuggestions && (command !== "detect" || !options.json)) return err("--accept-suggestions goes with detect --json and mapping save: they write the mapping.");
  if (command === "report" && write === null) return err("The report command needs --out <report.xlsx>: the workbook you give is never changed.");
  return ok({ command: command as CliArgs["command"], action: null, file, ...options });
};
