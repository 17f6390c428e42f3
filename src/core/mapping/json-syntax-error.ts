/**
 * Where a text stops being JSON, and what was expected there: "line 3, column 14: expected a comma
 * or } after the entry, found ]". JSON.parse says this differently in every engine (Node, Edge,
 * Safari; some give no position at all), so the pane and the command line find it themselves and
 * tell the officer the same thing everywhere. Only called after JSON.parse has failed.
 */
export interface JsonSyntaxError {
  line: number;
  column: number;
  /** "expected a comma or } after the entry, found ]". */
  problem: string;
}

class Stop {
  constructor(
    readonly at: number,
    readonly expected: string
  ) {}
}

const WHITESPACE = new Set([" ", "\t", "\n", "\r"]);
const NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/;
const ESCAPE = /^\\(["\\/bfnrt]|u[0-9a-fA-F]{4})/;
// Past a nesting this deep the text is not a mapping; stop rather than overflow the stack.
const MAX_DEPTH = 512;

const scan = (text: string): void => {
  let at = 0;
  const skipSpace = (): void => {
    while (at < text.length && WHITESPACE.has(text[at])) at += 1;
  };
  const expect = (char: string, what: string): void => {
    skipSpace();
    if (text[at] !== char) throw new Stop(at, what);
    at += 1;
  };
  const string = (): void => {
    at += 1; // the opening quote
    for (;;) {
      if (at >= text.length) throw new Stop(at, 'a closing " for the text');
      const char = text[at];
      if (char === '"') {
        at += 1;
        return;
      }
      if (char === "\\") {
        const escape = ESCAPE.exec(text.slice(at, at + 6));
        if (!escape)
          throw new Stop(at, 'an escape such as \\" or \\n (a single \\ must be written \\\\)');
        at += escape[0].length;
      } else if (char < " ")
        throw new Stop(at, "the text to end on the same line (write a line break as \\n)");
      else at += 1;
    }
  };
  const value = (depth: number): void => {
    skipSpace();
    if (depth > MAX_DEPTH) throw new Stop(at, "less deeply nested entries");
    const char = text[at];
    if (char === "{") {
      at += 1;
      skipSpace();
      if (text[at] === "}") {
        at += 1;
        return;
      }
      for (;;) {
        skipSpace();
        if (text[at] !== '"') throw new Stop(at, 'a name in double quotes ("name")');
        string();
        expect(":", "a colon after the name");
        value(depth + 1);
        skipSpace();
        if (text[at] === "}") {
          at += 1;
          return;
        }
        if (text[at] !== ",") throw new Stop(at, "a comma or } after the entry");
        at += 1;
      }
    }
    if (char === "[") {
      at += 1;
      skipSpace();
      if (text[at] === "]") {
        at += 1;
        return;
      }
      for (;;) {
        value(depth + 1);
        skipSpace();
        if (text[at] === "]") {
          at += 1;
          return;
        }
        if (text[at] !== ",") throw new Stop(at, "a comma or ] after the item");
        at += 1;
      }
    }
    if (char === '"') return string();
    for (const literal of ["true", "false", "null"]) {
      if (text.startsWith(literal, at)) {
        at += literal.length;
        return;
      }
    }
    const number = NUMBER.exec(text.slice(at, at + 64));
    if (number) {
      at += number[0].length;
      return;
    }
    throw new Stop(at, "a value (text in double quotes, a number, true, false, null, [ or {)");
  };
  value(0);
  skipSpace();
  if (at < text.length) throw new Stop(at, "the end of the mapping");
};

const describeFound = (text: string, at: number): string => {
  if (at >= text.length) return "the end of the text";
  const char = text[at];
  if (char === "'") return "' (JSON needs double quotes)";
  const word = /^[^\s,:[\]{}"]+/.exec(text.slice(at, at + 30));
  return word && word[0].length > 1 ? word[0] : char;
};

/** Line and column (1-based, as editors show them) of the first place the text is not JSON. */
export const jsonSyntaxError = (text: string): JsonSyntaxError | null => {
  try {
    scan(text);
    return null;
  } catch (stop: unknown) {
    if (!(stop instanceof Stop)) throw stop;
    const before = text.slice(0, stop.at);
    const line = before.split("\n").length;
    const column = stop.at - before.lastIndexOf("\n");
    const trailingComma = /,\s*$/.test(before) && (text[stop.at] === "}" || text[stop.at] === "]");
    const problem = trailingComma
      ? `remove the comma before ${text[stop.at]} (JSON allows no comma after the last entry)`
      : `expected ${stop.expected}, found ${describeFound(text, stop.at)}`;
    return { line, column, problem };
  }
};
