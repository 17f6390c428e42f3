/** @jest-environment node */
import { headingWords } from "../../../../src/core/parse/detect/heading-words";
import {
  DEFAULT_HEADER_VOCABULARY,
  matchFields,
} from "../../../../src/core/parse/detect/header-vocabulary";

const best = (heading: string, kind: "actions" | "measures" = "actions"): string | null =>
  matchFields(heading, heading.toLowerCase(), DEFAULT_HEADER_VOCABULARY[kind])[0]?.field ?? null;

describe("a heading's words", () => {
  it.each([
    ["Progress (this month)", ["progress"]],
    ["PROGRESS (THIS MONTH)", ["progress"]],
    ["Latest commentary (to date)", ["latest", "commentary"]],
    ["Evidence of progress (this quarter)", ["evidence", "progress"]],
    ["Update (current reporting period)", ["update"]],
    ["Commentary (so far)", ["commentary"]],
    // An older column keeps what says it is older, so the current one still matches better.
    ["RAG (last month)", ["rag", "last", "month"]],
    ["Completion Date - mmm/yy (e.g. Dec-22)", ["completion", "date"]],
  ])("of %j are %j", (heading, words) => {
    expect(headingWords(heading).words).toEqual(words);
  });

  it.each([
    ["Progress notes (this month)", "actions", "progress"],
    ["Progress (this month)", "actions", "progress"],
    ["Latest commentary (to date)", "actions", "progress"],
    ["stat_neighbour", "measures", "comparator"],
    ["Stat neighbour average", "measures", "comparator"],
  ] as const)("name %j as the %s table's %s column", (heading, kind, field) => {
    expect(best(heading, kind)).toBe(field);
  });
});
