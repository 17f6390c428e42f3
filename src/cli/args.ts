import { err, ok, type Result } from "../core/result";

/** A parsed command line: the command, its file, and its options. */
export interface CliArgs {
  command: "detect" | "validate" | "help" | "version";
  file: string | null;
  json: boolean;
}

export const USAGE = `Usage: plan-tracker <command> <file.xlsx> [options]

Commands:
  detect <file.xlsx> [--json]     Show which sheets and columns were understood as what
  validate <file.xlsx> [--json]   Check the plan cell by cell
  help                            Show this help

Exit codes (validate): 0 no errors, 1 errors found, 2 the file could not be read or the arguments are wrong.
The input workbook is only read, never changed.`;

const COMMANDS = new Set(["detect", "validate", "help", "version"]);

export const parseArgs = (argv: readonly string[]): Result<CliArgs, string> => {
  const positional: string[] = [];
  let json = false;
  for (const arg of argv) {
    if (arg === "--json") json = true;
    else if (arg === "--help" || arg === "-h") return ok({ command: "help", file: null, json });
    else if (arg === "--version" || arg === "-v") return ok({ command: "version", file: null, json });
    else if (arg.startsWith("-")) return err(`Unknown option ${arg}. Run "plan-tracker help" for the options.`);
    else positional.push(arg);
  }
  const [command, file, ...rest] = positional;
  if (!command) return ok({ command: "help", file: null, json });
  if (!COMMANDS.has(command)) return err(`Unknown command "${command}". Run "plan-tracker help" for the commands.`);
  if (command === "help" || command === "version") return ok({ command, file: null, json });
  if (!file) return err(`The ${command} command needs a workbook: plan-tracker ${command} <file.xlsx>.`);
  if (rest.length > 0) return err(`Unexpected argument "${rest[0]}". Give one workbook at a time.`);
  return ok({ command: command as CliArgs["command"], file, json });
};
