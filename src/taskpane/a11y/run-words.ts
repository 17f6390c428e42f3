import type { IssueSummary } from "../../core/validate/issue";
import { severityCount } from "../components/validate/severity-words";
import type { AnalysisState } from "../hooks/use-analysis";

/** "Validation finished: 3 errors, 5 warnings, 2 info." */
export const validationFinished = (summary: IssueSummary): string =>
  `Validation finished: ${severityCount("error", summary.error)}, ${severityCount("warning", summary.warning)}, ${severityCount("info", summary.info)}.`;

/** What the live region says when a Validate run ends, or null while none has ended. */
export const validationAnnouncement = (state: AnalysisState): string | null => {
  switch (state.status) {
    case "done":
      return validationFinished(state.analysis.summary);
    case "failed":
      return `Validation failed: ${state.message}`;
    case "not-a-plan":
      return `Validation finished: ${state.sentence}`;
    default:
      return null;
  }
};
