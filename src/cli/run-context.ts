import type { Mapping } from "../core/mapping/mapping";
import type { CliArgs } from "./args";
import { wrapText } from "./wrap";

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The width to wrap text to (main.ts: the terminal's, else 100); absent, text is not wrapped. */
  columns?: number;
}

/** What every command's run needs: where to print, the parsed arguments, the --schema mapping. */
export interface RunContext {
  io: CliIo;
  args: CliArgs;
  mapping: Mapping | undefined;
  /** The width text is wrapped to; null: not wrapped. */
  width: number | null;
}

/** Text for a person, wrapped to the width; JSON and CSV are printed as they are. */
export const sayText = (run: RunContext, text: string): void =>
  run.io.out(wrapText(text, run.width));
