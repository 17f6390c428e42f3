import type { Timescale } from "../../model/timescale";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";

// Compare wording, not punctuation or case: "Revise, launch and deliver…" vs "Revise launch and deliver…".
const wording = (title: string): string => title.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();

// Words of a wording() key, counted without splitting it (this runs once per action of the plan).
const wordCount = (key: string): number => {
  let words = 1;
  for (let i = key.indexOf(" "); i !== -1; i = key.indexOf(" ", i + 1)) words += 1;
  return words;
};

// An open-ended timescale has a start but no due date ("Summer 2022 onwards"): say so rather than "none".
const when = (timescale: Timescale): string => timescale.due ?? (timescale.start ? `from ${timescale.start}` : "none");

/** DOMAIN §9 rule 37: the same deliverable twice, often with conflicting dates. */
export const actionDuplicate: ValidationRule = {
  code: "action-duplicate",
  severity: "warning",
  title: "Same action written twice",
  check: ({ model }) => {
    const issues: Issue[] = [];
    const first = new Map<string, (typeof model.actions)[number]>();
    for (const action of model.actions) {
      // A title carried down from a merged Action cell (Thurrock) is shared by design, not repeated.
      const own = typeof action.cells.title?.value === "string" && action.cells.title.value.trim() !== "";
      if (action.placeholder || !own) continue;
      const key = wording(action.title);
      if (wordCount(key) < 3) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, action);
        continue;
      }
      const cell = action.cells.title;
      if (!cell) continue;
      const dates = when(earlier.timescale) !== when(action.timescale) ? ` with a different timescale (${when(earlier.timescale)} vs ${when(action.timescale)})` : "";
      issues.push(issueAt("action-duplicate", "warning", cell, "title",
        `This action repeats the one in row ${earlier.row}${dates}. Merge them into one action with one owner and date.`));
    }
    return issues;
  },
};
