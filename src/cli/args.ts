import { err, ok, type Result } from "../core/result";

/** A parsed command line: the command, its file, and its options. */
export interface CliArgs {
  command: "detect" | "validate" | "rag" | "report" | "help" | "version";
  file: string | null;
  json: boolean;
  /** YYYY-MM-DD; the CLI supplies today when absent. */
  asOf: string | null;
  /** rag --write / report --out: where to save a copy with Plan Tracker's changes. */
  write: string | null;
  /** report --period: the reporting period's label. */
  period: string | null;
}

export const USAGE = `Usage: plan-tracker <command> <file.xlsx> [options]

Commands:
  detect <file.xlsx> [--json]     Show which sheets and columns were understood as what
  validate <file.xlsx> [--json]   Check the plan cell by cell
  rag <file.xlsx> [--as-of YYYY-MM-DD] [--json] [--write out.xlsx]
                                  Rate every action and measure by the plan's rules
  report <file.xlsx> --out <report.xlsx> [--as-of YYYY-MM-DD] [--period "label"]
                                  Write a copy with the board report sheet added
  help                            Show this help

Exit codes (validate): 0 no errors, 1 errors found, 2 the file could not be read or the arguments are wrong.
The input workbook is only read, never changed.`;

const COMMANDS = new Set(["detect", "validate", "rag", "report", "help", "version"]);

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const validIsoDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
};

export const parseArgs = (argv: readonly string[]): Result<CliArgs, string> => {
  const positional: string[] = [];
  let json = false;
  let asOf: string | null = null;
  let write: string | null = null;
  let period: string | null = null;
  const simple = (command: "help" | "version"): CliArgs => ({ command, file: null, json, asOf, write, period });
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") return ok(simple("help"));
    else if (arg === "--version" || arg === "-v") return ok(simple("version"));
    else if (arg === "--as-of" || arg === "--write" || arg === "--out" || arg === "--period") {
      const value = argv[i + 1];
      const example: Record<string, string> = { "--as-of": "--as-of 2022-10-31", "--write": "--write rated.xlsx", "--out": "--out report.xlsx", "--period": '--period "Improvement Board – July 2022"' };
      if (value === undefined || value.startsWith("--")) return err(`${arg} needs a value, e.g. ${example[arg]}.`);
      if (arg === "--as-of" && !validIsoDate(value)) return err(`--as-of takes a date written YYYY-MM-DD (for example 2022-10-31), not "${value}".`);
      if (arg === "--as-of") asOf = value;
      else if (arg === "--period") period = value;
      else write = value;
      i += 1;
    } else if (arg.startsWith("-")) return err(`Unknown option ${arg}. Run "plan-tracker help" for the options.`);
    else positional.push(arg);
  }
  const [command, file, ...rest] = positional;
  if (!command) return ok(simple("help"));
  if (!COMMANDS.has(command)) return err(`Unknown command "${command}". Run "plan-tracker help" for the commands.`);
  if (command === "help" || command === "version") return ok(simple(command));
  if (!file) return err(`The ${command} command needs a workbook: plan-tracker ${command} <file.xlsx>.`);
  if (rest.length > 0) return err(`Unexpected argument "${rest[0]}". Give one workbook at a time.`);
  if ((asOf !== null || write !== null) && command !== "rag" && command !== "report") return err(`${asOf !== null ? "--as-of" : "--write"} goes with the rag and report commands.`);
  if (period !== null && command !== "report") return err("--period goes with the report command.");
  if (command === "report" && write === null) return err("The report command needs --out <report.xlsx>: the workbook you give is never changed.");
  return ok({ command: command as CliArgs["command"], file, json, asOf, write, period });
};
