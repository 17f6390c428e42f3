import { err, ok, type Result } from "../core/result";
import type { Severity } from "../core/validate/issue";
import { COMMAND_HELP } from "./help";
import { type Filters, NO_FILTERS } from "./issue-filters";

export type OutputFormat = "text" | "json" | "csv";

/** A parsed command line: the command, its workbooks, and its options. */
export interface CliArgs {
  command: "detect" | "validate" | "rag" | "report" | "undo" | "mapping" | "help" | "version";
  /** mapping save / mapping show. */
  action: "save" | "show" | null;
  /** The workbook arguments as given: files, folders or patterns (expanded by files.ts). */
  files: string[];
  format: OutputFormat;
  /** YYYY-MM-DD; the CLI supplies today when absent. */
  asOf: string | null;
  /** rag --write / report --out / mapping save --out: where to save a copy with Plan Tracker's changes. */
  write: string | null;
  /** report --period: the reporting period's label. */
  period: string | null;
  /** report --committee: officers' names replaced by their team or role. */
  committee: boolean;
  /** report --replace: rebuild over an earlier period's report instead of keeping it. */
  replace: boolean;
  /** report --only "words": only the actions and measures whose ref, title, name or group holds them. */
  only: string | null;
  /** --schema: a mapping file that overrides the one stored in the workbook. */
  schema: string | null;
  /** detect --json / mapping save --accept-suggestions: write suggested polarities into the mapping as confirmed. */
  acceptSuggestions: boolean;
  /** --recursive: a folder's subfolders too. */
  recursive: boolean;
  filters: Filters;
  /** help <command>: the command asked about. */
  topic: string | null;
}

type Options = Omit<CliArgs, "command" | "action" | "files" | "topic">;

const COMMANDS = new Set([
  "detect",
  "validate",
  "rag",
  "report",
  "undo",
  "mapping",
  "help",
  "version",
]);
const VALUE_OPTIONS = new Set([
  "--as-of",
  "--write",
  "--out",
  "--period",
  "--only",
  "--schema",
  "--format",
  "--owner",
  "--group",
  "--severity",
  "--code",
]);
const EXAMPLES: Record<string, string> = {
  "--as-of": "--as-of 2022-10-31",
  "--write": "--write rated.xlsx",
  "--out": "--out report.xlsx",
  "--period": '--period "Improvement Board – July 2022"',
  "--only": '--only "inspection"',
  "--schema": "--schema mapping.json",
  "--format": "--format csv",
  "--owner": '--owner "Sheila Murphy"',
  "--group": '--group "Priority 1"',
  "--severity": "--severity warning",
  "--code": "--code timescale-missing,owner-missing",
};
const FORMATS: readonly OutputFormat[] = ["text", "json", "csv"];
const LEVELS: readonly Severity[] = ["error", "warning", "info"];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const validIsoDate = (text: string): boolean => {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return month >= 1 && month <= 12 && day >= 1 && day <= days;
};

/** One option's value into the options, or the sentence saying what is wrong with it. */
const takeValue = (options: Options, option: string, value: string): string | null => {
  if (option === "--as-of") {
    if (!validIsoDate(value))
      return `--as-of takes a date written YYYY-MM-DD (for example 2022-10-31), not "${value}".`;
    options.asOf = value;
  } else if (option === "--format") {
    const format = FORMATS.find((f) => f === value.toLowerCase());
    if (format === undefined) return `--format takes text, json or csv, not "${value}".`;
    options.format = format;
  } else if (option === "--severity") {
    const level = LEVELS.find((l) => l === value.toLowerCase());
    if (level === undefined)
      return `--severity takes error, warning or info (that level and worse), not "${value}".`;
    options.filters = { ...options.filters, severity: level };
  } else if (option === "--code") {
    const codes = value
      .split(",")
      .map((c) => c.trim())
      .filter((c) => c !== "");
    if (codes.length === 0)
      return `--code needs one or more issue codes, e.g. ${EXAMPLES["--code"]}.`;
    options.filters = {
      ...options.filters,
      codes: [...options.filters.codes, ...codes],
    };
  } else if (option === "--owner") options.filters = { ...options.filters, owner: value };
  else if (option === "--group") options.filters = { ...options.filters, group: value };
  else if (option === "--period") options.period = value;
  else if (option === "--only") options.only = value;
  else if (option === "--schema") options.schema = value;
  else options.write = value;
  return null;
};

/** The `mapping save|show <file>` form: its own checks, since it takes its workbook after the action. */
const mappingArgs = (positional: string[], options: Options): Result<CliArgs, string> => {
  const [, action, file, ...rest] = positional;
  if (action !== "save" && action !== "show")
    return err(
      action === undefined
        ? "The mapping command needs save or show: plan-tracker mapping show <file.xlsx>."
        : `Unknown mapping action "${action}": use mapping save or mapping show.`
    );
  if (!file)
    return err(`mapping ${action} needs a workbook: plan-tracker mapping ${action} <file.xlsx>.`);
  if (rest.length > 0)
    return err(`mapping ${action} works on one workbook at a time; "${rest[0]}" is one too many.`);
  if (options.asOf !== null || options.period !== null)
    return err(
      `${options.asOf !== null ? "--as-of" : "--period"} does not go with the mapping command.`
    );
  if (action === "show" && options.acceptSuggestions)
    return err("--accept-suggestions goes with mapping save (or detect --json), not mapping show.");
  if (action === "save" && options.schema === null)
    return err("mapping save needs --schema <mapping.json>: the mapping to store in the workbook.");
  if (action === "save" && options.write === null)
    return err("mapping save needs --out <copy.xlsx>: the workbook you give is never changed.");
  if (action === "show" && (options.schema !== null || options.write !== null))
    return err(
      `${options.schema !== null ? "--schema" : "--out"} goes with mapping save, not mapping show.`
    );
  return ok({
    command: "mapping",
    action,
    files: [file],
    topic: null,
    ...options,
  });
};

/** The options that only some commands take: the sentence for the first one given elsewhere. */
const misplacedOption = (command: string, options: Options): string | null => {
  const { asOf, write, period, filters, format } = options;
  if (asOf !== null && command !== "rag" && command !== "report")
    return "--as-of goes with the rag and report commands.";
  if (write !== null && command !== "rag" && command !== "report" && command !== "undo")
    return "--write goes with the rag and report commands.";
  if (period !== null && command !== "report") return "--period goes with the report command.";
  if ((options.committee || options.replace || options.only !== null) && command !== "report")
    return `${options.committee ? "--committee" : options.replace ? "--replace" : "--only"} goes with the report command.`;
  if ((filters.severity !== null || filters.codes.length > 0) && command !== "validate")
    return `${filters.severity !== null ? "--severity" : "--code"} goes with the validate command: it picks issues.`;
  if (
    (filters.owner !== null || filters.group !== null) &&
    command !== "validate" &&
    command !== "rag"
  )
    return `${filters.owner !== null ? "--owner" : "--group"} goes with the validate and rag commands.`;
  if (format === "csv" && command !== "validate" && command !== "rag")
    return "--format csv goes with validate (one row per issue) and rag (one row per action and measure).";
  // Accepting writes into a mapping, and only detect --json prints one.
  if (options.acceptSuggestions && (command !== "detect" || format !== "json"))
    return "--accept-suggestions goes with detect --json and mapping save: they write the mapping.";
  return null;
};

export const parseArgs = (argv: readonly string[]): Result<CliArgs, string> => {
  const positional: string[] = [];
  const options: Options = {
    format: "text",
    asOf: null,
    write: null,
    period: null,
    committee: false,
    replace: false,
    only: null,
    schema: null,
    acceptSuggestions: false,
    recursive: false,
    filters: NO_FILTERS,
  };
  const simple = (command: "help" | "version", topic: string | null = null): CliArgs => ({
    command,
    action: null,
    files: [],
    topic,
    ...options,
  });
  let help = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === "--json") options.format = "json";
    else if (arg === "--accept-suggestions") options.acceptSuggestions = true;
    else if (arg === "--committee") options.committee = true;
    else if (arg === "--replace") options.replace = true;
    else if (arg === "--recursive" || arg === "-r") options.recursive = true;
    else if (arg === "--help" || arg === "-h") help = true;
    else if (arg === "--version" || arg === "-v" || arg === "-V") return ok(simple("version"));
    else if (VALUE_OPTIONS.has(arg)) {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith("--"))
        return err(`${arg} needs a value, e.g. ${EXAMPLES[arg]}.`);
      const problem = takeValue(options, arg, value);
      if (problem !== null) return err(problem);
      i += 1;
    } else if (arg.startsWith("-") && arg !== "-")
      return err(`Unknown option ${arg}. Run "plan-tracker help" for the options.`);
    else positional.push(arg);
  }
  const [command, ...files] = positional;
  // "validate --help" is the validate help, as "help validate" is.
  if (help)
    return ok(
      simple("help", command !== undefined && COMMAND_HELP[command] !== undefined ? command : null)
    );
  if (!command) return ok(simple("help"));
  if (!COMMANDS.has(command))
    return err(`Unknown command "${command}". Run "plan-tracker help" for the commands.`);
  if (command === "help") {
    const topic = files[0] ?? null;
    if (topic !== null && COMMAND_HELP[topic] === undefined)
      return err(
        `There is no command "${topic}": the commands are validate, detect, rag, report, undo and mapping.`
      );
    return ok(simple("help", topic));
  }
  if (command === "version") return ok(simple("version"));
  if (command === "mapping") return mappingArgs(positional, options);
  if (files.length === 0)
    return err(`The ${command} command needs a workbook: plan-tracker ${command} <file.xlsx>.`);
  const misplaced = misplacedOption(command, options);
  if (misplaced !== null) return err(misplaced);
  if (command === "report" && options.write === null)
    return err(
      "The report command needs --out <report.xlsx>: the workbook you give is never changed."
    );
  if (command === "undo" && options.write === null)
    return err("The undo command needs --out <copy.xlsx>: the workbook you give is never changed.");
  if (command === "undo" && files.length > 1)
    return err(`undo writes one copy of one workbook per run; "${files[1]}" is one too many.`);
  // A copy is written for one workbook: several would all need a name of their own.
  if (command === "report" && files.length > 1)
    return err(
      `report writes one board report from one workbook per run; "${files[1]}" is one too many.`
    );
  if (command === "rag" && options.write !== null && files.length > 1)
    return err(
      `rag --write saves a rated copy of one workbook per run; "${files[1]}" is one too many.`
    );
  if (command === "detect" && options.acceptSuggestions && files.length > 1)
    return err("detect --json --accept-suggestions prints one mapping: give it one workbook.");
  return ok({
    command: command as CliArgs["command"],
    action: null,
    files,
    topic: null,
    ...options,
  });
};
