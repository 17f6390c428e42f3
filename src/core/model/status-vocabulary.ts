import type { RagLevel } from "./rag-level";
import {
  COMMON_UNRATED_WORDS,
  DELIVERY_CONFIDENCE,
  WITHDRAWN,
  WITHHELD_WORDS,
} from "./status-words";

/** One level's words and symbols in a council's status vocabulary (docs/STATUSES.md). */
export interface StatusEntry {
  level: RagLevel;
  /** Labels, compared case-insensitively after whitespace is tidied. */
  labels: string[];
  /** Shape symbols shown beside the label. Never decisive when a label is present (docs/STATUSES.md rule 1). */
  glyphs: string[];
  /** The label shown for this entry wherever the rating appears ("Amber/Red"), when it is more than its level. */
  name?: string;
  /** 1-based place on the vocabulary's own ordered ladder (Delivery Confidence: 1 Red … 5 Green; a dropdown: as listed). */
  rank?: number;
  /**
   * Not a rating: `withheld` (exempt under FOI) leaves the item unrated whatever its dates;
   * `withdrawn` (cancelled, superseded, merged) takes it out of the plan's counts.
   */
  standing?: "withheld" | "withdrawn";
}

/**
 * How one council writes statuses: labels and glyphs per level, an optional numeric scale (Thurrock
 * 1–5, where 0 means not rated), and the tick marks used in grids such as the GCC v2.0 DASHBOARD.
 */
export interface StatusVocabulary {
  id: string;
  entries: StatusEntry[];
  /**
   * `exact`: the whole cell is the label. `prefix`: the cell starts with the label (BCP's key cells
   * hold the label followed by its long description: `High risk – action not started yet…`).
   */
  match: "exact" | "prefix";
  /** Whole-number ratings; 0 is always "not rated" and is never listed here. */
  scale?: Partial<Record<number, RagLevel>>;
  /**
   * Tick marks and what a tick alone means. In a GCC legend or DASHBOARD the row says the level and
   * the tick only selects it, so that level is "unrated" and callers pass the row's level instead.
   */
  ticks?: { marks: string[]; level: RagLevel };
  /**
   * Where the vocabulary applies, when it was read from the workbook itself (a column's dropdown, a
   * key beside a table): only those columns of that sheet. Absent: everywhere.
   */
  scope?: { sheet: string; columns: readonly number[] };
}

/** GCC workstream legend (000 L144–145): ■ On target, ◆ At risk, ▲ Compromised, ● Completed; `In progress` is not a rating. */
const gcc: StatusVocabulary = {
  id: "gcc",
  match: "exact",
  entries: [
    { level: "green", labels: ["On target"], glyphs: ["■"] },
    { level: "amber", labels: ["At risk"], glyphs: ["◆"] },
    { level: "red", labels: ["Compromised"], glyphs: ["▲"] },
    { level: "blue", labels: ["Completed"], glyphs: ["●"] },
    { level: "unrated", labels: ["In progress"], glyphs: [] },
  ],
  ticks: { marks: ["X", "✓", "✔"], level: "unrated" },
};

/** BCP's RAG key (003 L56–61): colour-only cells, matched through the key's descriptions by their opening words. */
const bcp: StatusVocabulary = {
  id: "bcp",
  match: "prefix",
  entries: [
    { level: "red", labels: ["High risk"], glyphs: [] },
    { level: "amber", labels: ["Significant risk"], glyphs: [] },
    { level: "green", labels: ["On track"], glyphs: [] },
    { level: "blue", labels: ["Actioned"], glyphs: [] },
    { level: "done", labels: ["Completed and can be removed"], glyphs: [] },
  ],
};

/** Thurrock's 1–5 scale (004 L140–144); 0 means not rated. */
const thurrock: StatusVocabulary = {
  id: "thurrock",
  match: "exact",
  entries: [],
  scale: { 1: "red", 2: "amber", 3: "green", 4: "blue", 5: "done" },
};

/** GCC corporate scorecard "Measure Symbols" (001 L6334–6340): the three no-RAG states are unrated. */
const scorecard: StatusVocabulary = {
  id: "scorecard",
  match: "exact",
  entries: [
    { level: "green", labels: ["Performance Better than Target"], glyphs: [] },
    { level: "amber", labels: ["Performance Worse than Target"], glyphs: [] },
    { level: "red", labels: ["Performance significantly worse than Target"], glyphs: [] },
    { level: "unrated", labels: ["No information", "Missing Target", "No Value"], glyphs: [] },
  ],
};

/**
 * Common words for plans with no council vocabulary, including the GCC QA action tracker's
 * (001 L8456–8491), matched whatever their case, hyphens or slashes ("Off-track", "On Hold").
 * Statuses that are not ratings are unrated, never green: whether they are late is the date check's
 * job (status-words.ts says which and why).
 */
const generic: StatusVocabulary = {
  id: "generic",
  match: "exact",
  entries: [
    {
      level: "red",
      labels: [
        "Red",
        "R",
        "Off track",
        "Off target",
        "Overdue",
        "Compromised",
        "Significant delay",
        "Behind schedule",
        "High risk",
        "Major issues",
        "Ongoing - off track",
      ],
      glyphs: ["▲"],
    },
    {
      level: "amber",
      labels: [
        "Amber",
        "A",
        "At risk",
        "Delayed",
        "Some delay",
        "Slipping",
        "Significant risk",
        "Minor delay",
        "Ongoing - delayed",
        "Ongoing - at risk",
      ],
      glyphs: ["◆"],
    },
    {
      level: "green",
      labels: [
        "Green",
        "G",
        "On track",
        "On target",
        "On schedule",
        "Not yet due",
        "Ongoing - on track",
      ],
      glyphs: ["■"],
    },
    {
      level: "blue",
      labels: [
        "Blue",
        "B",
        "Complete",
        "Completed",
        "Actioned",
        "Completed on time",
        "Completed late",
        "Achieved",
        "Completed - BAU",
        "Complete - BAU",
        "Completed - business as usual",
        "Delivered",
      ],
      glyphs: ["●"],
    },
    {
      level: "done",
      labels: [
        "Done",
        "Closed",
        "Completed and can be removed",
        "Service ended prior to completion",
      ],
      glyphs: [],
    },
    { level: "unrated", labels: [...COMMON_UNRATED_WORDS], glyphs: ["–"] },
    WITHDRAWN,
  ],
  ticks: { marks: ["✓", "✔", "☑", "✅"], level: "blue" },
};

/** The vocabularies of docs/STATUSES.md, by id. */
export const PRESET_VOCABULARIES = {
  gcc,
  bcp,
  thurrock,
  scorecard,
  deliveryConfidence: DELIVERY_CONFIDENCE,
  generic,
  withheld: WITHHELD_WORDS,
} as const;

export type PresetVocabularyId = keyof typeof PRESET_VOCABULARIES;
