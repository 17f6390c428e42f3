import type { StatusEntry, StatusVocabulary } from "./status-vocabulary";

/**
 * Status words English trackers use without any key, beyond the seed councils' own. Whether a word is
 * late is the date check's job: "Not started", "In progress", "Ongoing", "On hold" and "BAU" say what
 * is happening, not how well, so they read as unrated and can never make an action green.
 */
export const COMMON_UNRATED_WORDS: readonly string[] = [
  "Not started",
  "Not yet started",
  "Yet to start",
  "Started",
  "In progress",
  "Ongoing",
  "On hold",
  "Paused",
  // An action log's item still to do (its done items are "Closed", a complete word).
  "Open",
  "Re-opened",
  "Reopened",
  "Deferred",
  "BAU",
  "Business as usual",
  "Not rated",
  "No data",
  "Too early to say",
  "Team Manager has yet to provide an update",
];

/**
 * Words that say the rating was deliberately not given: the IPA's "Exempt under FOI", a return marked
 * commercially sensitive. The item stays unrated and is never rated green from its date alone; the
 * person who typed it made no mistake.
 */
export const WITHHELD: StatusEntry = {
  level: "unrated",
  labels: [
    "Exempt",
    "Exempt under FOI",
    "FOI exempt",
    "Withheld",
    "Rating withheld",
    "Not published",
    "Commercially sensitive",
    "N/A - commercially sensitive",
  ],
  glyphs: [],
  standing: "withheld",
};

/**
 * Withheld ratings are matched by their opening words: the IPA writes "Exempt under Section 43 of the
 * Freedom of Information Act 2000 (Commercial Interests)", each exemption its own sentence.
 */
export const WITHHELD_WORDS: StatusVocabulary = {
  id: "withheld",
  match: "prefix",
  entries: [WITHHELD],
};

/**
 * Words that take an action out of the plan's work without completing it. Counting them as complete
 * would flatter the board's figures and counting them as open would report them overdue for ever, so
 * the action becomes a placeholder: kept, pointed at, left out of counts and ratings.
 */
export const WITHDRAWN: StatusEntry = {
  level: "unrated",
  labels: [
    "Cancelled",
    "Canceled",
    "Withdrawn",
    "Superseded",
    "Merged",
    "No longer required",
    "Stopped",
  ],
  glyphs: [],
  standing: "withdrawn",
};

/**
 * The IPA's five Delivery Confidence ratings, worst first. RagLevel keeps its fixed levels, which
 * every roll-up, colour and legend is built on, so each rating lands on the level a three-colour board
 * would give it (Amber/Red with Red: delivery in doubt, urgent action; Amber/Green with Green: delivery
 * probable) while `rank` keeps the five-step order and `name` the label people know. Adding levels
 * instead would have changed every count, chart and legend for a distinction only some plans make.
 */
export const DELIVERY_CONFIDENCE: StatusVocabulary = {
  id: "delivery-confidence",
  match: "exact",
  entries: [
    { level: "red", name: "Red", rank: 1, labels: ["Red", "R"], glyphs: [] },
    {
      level: "red",
      name: "Amber/Red",
      rank: 2,
      labels: ["Amber/Red", "Red/Amber", "A/R", "R/A"],
      glyphs: [],
    },
    { level: "amber", name: "Amber", rank: 3, labels: ["Amber", "A"], glyphs: [] },
    {
      level: "green",
      name: "Amber/Green",
      rank: 4,
      labels: ["Amber/Green", "Green/Amber", "A/G", "G/A"],
      glyphs: [],
    },
    { level: "green", name: "Green", rank: 5, labels: ["Green", "G"], glyphs: [] },
  ],
};

/** The Delivery Confidence labels, worst first. */
export const DELIVERY_CONFIDENCE_ORDER: readonly string[] = DELIVERY_CONFIDENCE.entries.map(
  (entry) => entry.name ?? entry.labels[0]
);
