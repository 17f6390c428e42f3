/** The canonical levels every layout's labels, glyphs, numbers and colours map onto (docs/STATUSES.md). */
export type RagLevel = "red" | "amber" | "green" | "blue" | "done" | "unrated";

export const RAG_LEVELS: readonly RagLevel[] = ["red", "amber", "green", "blue", "done", "unrated"];

/** The levels that mean the action is complete: never overdue, whatever its date (docs/RATINGS.md#action-rag step 1). */
export const COMPLETE_LEVELS: readonly RagLevel[] = ["blue", "done"];

/** How a level is shown: never colour alone (glyph and label too), AA contrast text on the fill. */
export interface LevelStyle {
  level: RagLevel;
  label: string;
  meaning: string;
  glyph: string;
  fill: string;
  fontColour: string;
  /** Rank for "worst of": higher is worse; terminal levels (complete) rank 0. */
  rank: number;
  complete: boolean;
}

/** Default glyphs follow the GCC workstream legend (docs/STATUSES.md rule 5). */
export const DEFAULT_LEVEL_STYLES: Record<RagLevel, LevelStyle> = {
  red: {
    level: "red",
    label: "Red",
    meaning: "Significant delay or off target; needs escalation",
    glyph: "▲",
    fill: "#D4351C",
    fontColour: "#FFFFFF",
    rank: 3,
    complete: false,
  },
  amber: {
    level: "amber",
    label: "Amber",
    meaning: "Started but at risk, or within tolerance of target",
    glyph: "◆",
    fill: "#FFBF47",
    fontColour: "#0B0C0C",
    rank: 2,
    complete: false,
  },
  green: {
    level: "green",
    label: "Green",
    meaning: "On track or on target",
    glyph: "■",
    fill: "#00703C",
    fontColour: "#FFFFFF",
    rank: 1,
    complete: false,
  },
  blue: {
    level: "blue",
    label: "Blue",
    meaning: "Complete; kept in the plan for monitoring",
    glyph: "●",
    fill: "#1D70B8",
    fontColour: "#FFFFFF",
    rank: 0,
    complete: true,
  },
  done: {
    level: "done",
    label: "Done",
    meaning: "Complete; can be removed from the plan",
    glyph: "✓",
    fill: "#505A5F",
    fontColour: "#FFFFFF",
    rank: 0,
    complete: true,
  },
  unrated: {
    level: "unrated",
    label: "Not rated",
    meaning: "No valid rating: blank, 0, too early or no data",
    glyph: "–",
    fill: "#F3F2F1",
    fontColour: "#0B0C0C",
    rank: -1,
    complete: false,
  },
};
