/** Width when stdout is not a terminal (a pipe, a file, a test): wide enough for a path and a sentence. */
export const DEFAULT_WIDTH = 100;
// Narrower than this and a continuation line would hold a word or two: wrap as if it were this wide.
const NARROWEST = 40;

/**
 * The width to wrap to: the one given (the terminal's, or DEFAULT_WIDTH for a pipe: main.ts), or
 * none when none is given, as in tests that compare whole lines.
 */
export const outputWidth = (columns: number | undefined): number | null =>
  columns === undefined || !Number.isFinite(columns) || columns <= 0
    ? null
    : Math.max(NARROWEST, Math.floor(columns));

const leadingSpaces = (line: string): number => line.length - line.trimStart().length;

/**
 * Where continuation lines start. A line laid out in columns ("  ERROR  C2  code  message") hangs
 * its message under the message, so the columns stay readable; any other line (or one whose last
 * column starts too far right to leave room) is indented two spaces past its own indent.
 */
const hangingIndent = (line: string, width: number): number => {
  const lead = leadingSpaces(line);
  const gaps = [...line.slice(0, Math.floor(width * 0.6)).matchAll(/\S( {2,})(?=\S)/g)];
  const last = gaps[gaps.length - 1];
  const column = last?.index === undefined ? -1 : last.index + 1 + last[1].length;
  return column > lead && width - column >= 40 ? column : Math.min(lead + 2, width - NARROWEST / 2);
};

/** Where to break: the last space that fits, else (a long path or address) mid-word at the edge. */
const breakAt = (text: string, room: number, after: number): number => {
  const space = text.lastIndexOf(" ", room);
  return space > after ? space : room;
};

/** One line wrapped to the width, its continuation lines indented (see hangingIndent). */
export const wrapLine = (line: string, width: number): string[] => {
  if (line.length <= width) return [line];
  const hang = " ".repeat(hangingIndent(line, width));
  const lines: string[] = [];
  let indent = "";
  let rest = line;
  let after = leadingSpaces(line);
  while (indent.length + rest.length > width) {
    const at = breakAt(rest, width - indent.length, after);
    lines.push(`${indent}${rest.slice(0, at)}`.trimEnd());
    rest = rest.slice(at).trimStart();
    indent = hang;
    after = 0;
  }
  if (rest !== "") lines.push(`${indent}${rest}`);
  return lines;
};

/** Text for a person at a terminal: every line wrapped to the width (none: as it is). */
export const wrapText = (text: string, width: number | null): string =>
  width === null
    ? text
    : text
        .split("\n")
        .flatMap((line) => wrapLine(line, width))
        .join("\n");
