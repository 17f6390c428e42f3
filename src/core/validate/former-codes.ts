/**
 * Rule codes that were renamed, old → new. Codes are shown to people and typed into their scripts
 * (`validate --code …`) and saved CSV/JSON reports, so an old code still picks the rule it named
 * (docs/RULES.md). `metric-placeholder` became `measure-placeholder` when Plan Tracker settled on one
 * word for measures (docs/GLOSSARY.md).
 */
const FORMER_CODES: Readonly<Record<string, string>> = {
  "metric-placeholder": "measure-placeholder",
};

/** The code a rule goes by now, for a code as given (any case); unknown codes pass through. */
export const currentCode = (code: string): string => {
  const lower = code.toLowerCase();
  return Object.prototype.hasOwnProperty.call(FORMER_CODES, lower) ? FORMER_CODES[lower] : lower;
};
