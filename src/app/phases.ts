/**
 * Where a long run has got to, told as it goes so a surface can say so: on a plan of 100,000 actions
 * the core takes seconds, and the pane must never be busy for more than a second without showing
 * progress (docs/HISTORY.md#issue-6). Writes report their own steps through the gateway's onProgress.
 */
export type Phase =
  | { phase: "reading" }
  | { phase: "finding" }
  | { phase: "checking"; actions: number }
  | { phase: "rating"; actions: number; measures: number }
  | { phase: "reporting" };

export type OnPhase = (phase: Phase) => void;
