import { SEVERITIES, type Issue } from "./issue";

/**
 * Issues in the order a person should read them: every error, then every warning, then the notes —
 * a list that opens with eleven notes about spacing hides the error under them. Within a severity the
 * order given (sheet, then row) is kept.
 */
export const errorsFirst = (issues: readonly Issue[]): Issue[] =>
  SEVERITIES.flatMap((severity) => issues.filter((issue) => issue.severity === severity));
