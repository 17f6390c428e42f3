// A CSV from Plan Tracker is usually opened in Excel, which runs a cell starting with "=", "+", "-"
// or "@" as a formula (and tab or CR can hide one): a council's own cell text such as
// =HYPERLINK("http://…") would then run on the analyst's machine. Such a cell gets a leading
// apostrophe, which Excel shows as text (OWASP "CSV injection"). A plain number ("-12.5") cannot
// be a formula and is left as it is, so figures stay figures.
const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/** One field, guarded against formulas and quoted as RFC 4180 requires (comma, quote or line break). */
export const csvField = (text: string): string => {
  const guarded = FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
  return /[",\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded;
};

/**
 * The document: a header row, then the records, lines ended by CRLF (RFC 4180). It starts with a
 * byte-order mark so Excel reads it as UTF-8: owners' names and the en dashes in messages would
 * otherwise come out garbled. It ends without the last line break: the caller's output adds it.
 */
export const csvDocument = (
  header: readonly string[],
  records: readonly (readonly string[])[]
): string =>
  `\uFEFF${[header, ...records].map((record) => record.map(csvField).join(",")).join("\r\n")}\r`;
