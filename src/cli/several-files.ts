import { basename } from "node:path";
import type { GatewayError } from "../core/gateway";
import { EXIT_OK } from "./exit-codes";
import { countOf } from "./plain-words";
import { type RunContext, sayText } from "./run-context";

/** What one workbook came to in a run over several: its exit code, its line, its JSON entry. */
export interface FileOutcome {
  file: string;
  exit: number;
  /** The one line said of it: its counts, or why it could not be used. */
  line: string;
  /** Its entry in `{"files":[…]}`, after "file" and "exit". */
  json: Record<string, unknown>;
}

/**
 * The refusal's sentence with "it" for the file's name it starts with ("x.xlsx is cut short…"):
 * the line already starts with the path, and "plans/x.xlsx: x.xlsx is …" says it twice.
 */
const withoutName = (file: string, message: string): string => {
  const name = basename(file);
  return message.startsWith(`${name} `) ? `it ${message.slice(name.length + 1)}` : message;
};

/** A workbook that could not be used: its sentence as its line, and in the JSON as "refusal". */
export const refusedOutcome = (file: string, error: GatewayError, exit: number): FileOutcome => ({
  file,
  exit,
  line: `${file}: ${withoutName(file, error.message)}`,
  json: { refusal: { kind: error.kind, message: error.message } },
});

/** The exit code of the run: the worst of the files' (a higher code is worse). */
export const worstExit = (outcomes: readonly FileOutcome[]): number =>
  outcomes.reduce((worst, o) => Math.max(worst, o.exit), EXIT_OK);

export const filesWord = (n: number): string => countOf(n, "file");

/**
 * Prints a run over several workbooks: a line each and the total line, or one JSON document
 * `{"files":[{"file","exit",…}],"total":{…,"exit"}}`. Returns the run's exit code.
 */
export const printSeveral = (
  run: RunContext,
  outcomes: readonly FileOutcome[],
  totalLine: string,
  total: Record<string, unknown>
): number => {
  const exit = worstExit(outcomes);
  if (run.args.format === "json") {
    const files = outcomes.map((o) => ({
      file: o.file,
      exit: o.exit,
      ...o.json,
    }));
    run.io.out(JSON.stringify({ files, total: { ...total, exit } }, null, 2));
  } else sayText(run, [...outcomes.map((o) => o.line), totalLine].join("\n"));
  return exit;
};
