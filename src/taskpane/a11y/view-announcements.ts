import { REPORT_SHEET } from "../../core/rag/write/owned-sheets";
import type { MappingEffect } from "../components/mapping/effect-words";
import { issueChangeText } from "../components/mapping/effect-words";
import type { MappingTaskState } from "../components/mapping/use-mapping-task";
import { ratedSummary } from "../components/rag/rag-words";
import type { RagRunState } from "../components/rag/use-rag-run";
import type { ReportRunState } from "../components/report/use-report-run";

// Apart from run-words.ts (Validate's, which App imports at start-up): these are fetched with their
// lazily loaded views, so their words never weigh on what Excel loads first.
/** What the live region says when Rate or Refresh RAG ends. */
export const ragAnnouncement = (state: RagRunState): string | null => {
  const task = state.status === "idle" ? "" : state.task === "refresh" ? "Refresh RAG" : "Rating";
  switch (state.status) {
    case "done": {
      const { result } = state.run;
      const rated = ratedSummary(
        result.asOf,
        result.actions.length,
        result.measures.length,
        state.request.period ?? null
      );
      return `${task} finished. ${rated}${state.task === "refresh" ? " The ratings are written into the workbook." : ""}`;
    }
    case "failed":
      return `${task} failed: ${state.message}`;
    case "not-a-plan":
      return `${task} finished: ${state.sentence}`;
    default:
      return null;
  }
};

/** What the live region says when Generate report ends. */
export const reportAnnouncement = (state: ReportRunState): string | null => {
  switch (state.status) {
    case "done": {
      const { report } = state.run;
      const counts =
        report.rated.total > 0 ? ` ${report.red} red and ${report.overdue} overdue actions.` : "";
      return `Report finished: the sheet '${REPORT_SHEET}' is written.${counts}`;
    }
    case "failed":
      return `Report failed: ${state.message}`;
    case "not-a-plan":
      return `No report written: ${state.sentence}`;
    default:
      return null;
  }
};

/** What the live region says when the Mapping view's Preview the effect ends. */
export const mappingPreviewAnnouncement = (
  state: MappingTaskState<MappingEffect>
): string | null => {
  switch (state.status) {
    case "done":
      return `Preview finished. ${issueChangeText(state.value.issues.before, state.value.issues.after)}.`;
    case "failed":
      return `Preview failed: ${state.message}`;
    default:
      return null;
  }
};
