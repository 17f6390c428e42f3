import type { LayoutId } from "../parse/plan-model";
import { DEFAULT_LEVEL_STYLES, type LevelStyle, type RagLevel } from "../model/rag-level";

/**
 * Each council's own words for the canonical levels (docs/STATUSES.md). Blue means different things in
 * different councils, so the meaning travels with the label. Glyphs follow the GCC workstream legend
 * (one glyph per level in output); fills are AA-contrast with their font colour.
 */
export type LevelSet = Record<RagLevel, LevelStyle>;

const withWords = (words: Partial<Record<RagLevel, Partial<LevelStyle>>>): LevelSet => {
  const set = {} as LevelSet;
  for (const level of Object.keys(DEFAULT_LEVEL_STYLES) as RagLevel[])
    set[level] = { ...DEFAULT_LEVEL_STYLES[level], ...words[level] };
  return set;
};

export const LEVEL_PRESETS: Record<LayoutId, LevelSet> = {
  gcc: withWords({
    green: { label: "On target", meaning: "On track to deliver within the timescale" },
    amber: { label: "At risk", meaning: "Started but at risk of missing the timescale" },
    red: {
      label: "Compromised",
      meaning: "Delivery compromised: overdue or significantly delayed",
    },
    blue: { label: "Completed", meaning: "Completed" },
    done: { label: "Closed", meaning: "Completed and closed" },
  }),
  bcp: withWords({
    red: {
      label: "High risk",
      meaning: "Action not started when expected, escalation required, or significant delay",
    },
    amber: {
      label: "Significant risk",
      meaning: "Plan in place and action started, but further work required",
    },
    green: { label: "On track", meaning: "Running to plan and within timescale" },
    blue: { label: "Actioned", meaning: "Implemented and embedded" },
    done: {
      label: "Completed and can be removed",
      meaning: "Completed and can be removed from the plan",
    },
  }),
  thurrock: withWords({
    red: {
      label: "1 – Not started or significant delay",
      meaning: "Not yet started or significantly delayed; must be prioritised",
    },
    amber: { label: "2 – Some delay", meaning: "Started with some delay; must be monitored" },
    green: { label: "3 – On track", meaning: "On track to be completed by the agreed date" },
    blue: {
      label: "4 – Completed, monitoring",
      meaning: "Completed and sustained; remains in the plan for monitoring",
    },
    done: {
      label: "5 – Completed, can be removed",
      meaning: "Completed and sustained; can be removed from the plan",
    },
  }),
  scorecard: withWords({
    green: {
      label: "Performance Better than Target",
      meaning: "Performance at or better than target",
    },
    amber: {
      label: "Performance Worse than Target",
      meaning: "Performance worse than target, within tolerance",
    },
    red: {
      label: "Performance significantly worse than Target",
      meaning: "Performance worse than target beyond tolerance",
    },
    unrated: { label: "No information", meaning: "Missing target, no value or no information" },
  }),
  generic: withWords({
    red: { label: "Red" },
    amber: { label: "Amber" },
    green: { label: "Green" },
    blue: { label: "Complete" },
    done: { label: "Closed" },
  }),
};

/** "▲ Compromised": glyph and label together, so colour is never the only signal (WCAG 1.4.1). */
export const levelText = (set: LevelSet, level: RagLevel): string =>
  `${set[level].glyph} ${set[level].label}`;
