import type { Phase } from "../../app/phases";

/**
 * Where a run has got to: a phase of the read and the core, a step of the write, or (the Mapping
 * view's Save, one small write with no steps to count) saving the mapping.
 */
export type RunProgress =
  Phase | { phase: "writing"; done: number; total: number } | { phase: "saving" };

export type OnRunProgress = (progress: RunProgress) => void;

/** The gateway's write progress (done, total) as a RunProgress. */
export const writing =
  (onProgress: OnRunProgress | undefined) =>
  (done: number, total: number): void =>
    onProgress?.({ phase: "writing", done, total });

const count = (n: number, one: string, many: string): string =>
  `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;

/** What the pane says while a phase is under way, in the person's words. */
export const phaseWords = (progress: RunProgress): string => {
  switch (progress.phase) {
    case "reading":
      return "Reading the workbook…";
    case "finding":
      return "Finding the plan…";
    case "checking":
      return `Checking ${count(progress.actions, "action", "actions")}…`;
    case "rating":
      return progress.measures > 0
        ? `Rating ${count(progress.actions, "action", "actions")} and ${count(progress.measures, "measure", "measures")}…`
        : `Rating ${count(progress.actions, "action", "actions")}…`;
    case "reporting":
      return "Building the board report…";
    case "writing":
      return progress.total > 0
        ? `Writing ${Math.min(progress.done, progress.total)} of ${progress.total}…`
        : "Writing…";
    case "saving":
      return "Saving the mapping in the workbook…";
  }
};
