/**
 * Excel's functions that reach outside the workbook — fetch from the web, call code in a library,
 * read a live data server — whose formula, put back by undo, could send the plan's data away or
 * run something. Undo refuses to write such a formula whatever its record says.
 */
const OUTSIDE_FUNCTIONS = [
  "WEBSERVICE",
  "FILTERXML",
  "CALL",
  "REGISTER.ID",
  "REGISTER",
  "RTD",
  "IMAGE",
  "EXEC",
];

/** Text literals ("..." with "" for a quote inside), and the formula with each blanked to "". */
const literals = (formula: string): { texts: string[]; code: string } => {
  const texts: string[] = [];
  const code = formula.replace(/"((?:[^"]|"")*)"/g, (_, inner: string) => {
    texts.push(inner.replace(/""/g, '"'));
    return '""';
  });
  return { texts, code };
};

const calls = (code: string, name: string): boolean =>
  new RegExp(`(^|[^A-Z0-9_.])${name.replace(".", "\\.")}\\(`).test(code);

/**
 * Whether a formula reaches outside the workbook: one of the functions above; HYPERLINK anywhere but
 * to a place in the workbook ("#Sheet!A1"); DDE ("cmd|' /C calc'!A0": a pipe outside text); or a
 * reference into another file ("[Budget.xlsx]Sheet1!A1", "[1]Sheet1!A1").
 */
export const reachesOutside = (formula: string): boolean => {
  const { texts, code } = literals(formula);
  if (code.includes("|")) return true;
  // _xlfn. and _xlws. are how the file format writes newer functions; spaces may sit before "(".
  const upper = code
    .toUpperCase()
    .replace(/_XL(?:FN|WS|UDF)\./g, "")
    .replace(/\s+\(/g, "(");
  if (OUTSIDE_FUNCTIONS.some((name) => calls(upper, name))) return true;
  // A link built from cells could be anything, so only literal places in this workbook pass.
  if (
    calls(upper, "HYPERLINK") &&
    (texts.length === 0 || !texts.every((text) => text.startsWith("#") || !/[:/\\.]/.test(text)))
  )
    return true;
  return /\[[^\]]+\][^![\]]*!/.test(code);
};
