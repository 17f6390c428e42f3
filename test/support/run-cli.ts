import { run } from "../../src/cli/main";

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/**
 * Run the command line as a script would, in-process: its exit code and everything it printed on
 * stdout and stderr, a line each. `columns` is the terminal width to wrap to (none: no wrapping).
 */
export const runCliAt = async (args: readonly string[], columns?: number): Promise<CliRun> => {
  let out = "";
  let err = "";
  const code = await run(args, {
    out: (t) => (out += `${t}\n`),
    err: (t) => (err += `${t}\n`),
    ...(columns !== undefined ? { columns } : {}),
  });
  return { code, out, err };
};

export const runCli = (...args: string[]): Promise<CliRun> => runCliAt(args);
