/** @jest-environment node */
import { loadMapping } from "../../../src/core/mapping/load-mapping";
import type { Mapping } from "../../../src/core/mapping/mapping";
import { exampleMapping } from "./example-mapping";

/** The example with one entry set (undefined removes it), as text: plain JSON, so a change can break the types on purpose. */
const withEntry = (...changes: [path: string, value: unknown][]): string => {
  const mapping: unknown = JSON.parse(JSON.stringify(exampleMapping()));
  for (const [path, value] of changes) {
    const parts = path.split(".");
    let here = mapping as Record<string, unknown>;
    for (const part of parts.slice(0, -1)) here = here[part] as Record<string, unknown>;
    here[parts[parts.length - 1]] = value;
  }
  return JSON.stringify(mapping, null, 2);
};

const refusal = (text: string): string => {
  const loaded = loadMapping(text);
  if (loaded.ok) throw new Error("expected the mapping to be refused");
  return loaded.error;
};

describe("loadMapping accepts a good mapping whole", () => {
  it("returns the mapping as written", () => {
    const loaded = loadMapping(JSON.stringify(exampleMapping()));
    expect(loaded).toEqual({ ok: true, value: exampleMapping() });
  });

  it("ignores the source a printed mapping carries, and a byte-order mark", () => {
    const loaded = loadMapping(
      `\uFEFF${JSON.stringify({ ...exampleMapping(), source: "detected" })}`
    );
    expect(loaded.ok && loaded.value).toEqual(exampleMapping());
    expect(loaded.ok && "source" in loaded.value).toBe(false);
  });
});

describe("loadMapping names the bad entry in one sentence (schema)", () => {
  const FIELDS =
    "one of ref, title, owner, responsibleOfficer, due, status, rating, successMeasure, progress, nextSteps, …";
  it.each<[string, string, unknown, string]>([
    [
      "an unknown field name",
      "sheets.0.tables.0.fields.1.name",
      "leadd",
      `sheets[0].tables[0].fields[1].name "leadd" is not a field Plan Tracker knows (${FIELDS}).`,
    ],
    [
      "a field name that is a number",
      "sheets.0.tables.0.fields.2.name",
      7,
      `sheets[0].tables[0].fields[2].name 7 is not a field Plan Tracker knows (${FIELDS}).`,
    ],
    [
      "an unknown table kind",
      "sheets.0.tables.0.kind",
      "action",
      'sheets[0].tables[0].kind "action" is not a kind of table Plan Tracker knows (one of actions, measures, rag-key, rating-scale, rag-summary, milestones, version-log).',
    ],
    [
      "a lower-case column letter",
      "sheets.0.tables.0.fields.5.column",
      "f",
      'sheets[0].tables[0].fields[5].column "f" is not a column letter (A to XFD, in capitals).',
    ],
    [
      "a colour by name",
      "levels.0.fill",
      "red",
      'levels[0].fill "red" is not a colour written #RRGGBB (for example #D4351C).',
    ],
    [
      "a header row of 0",
      "sheets.0.tables.0.headerRows",
      [0],
      "sheets[0].tables[0].headerRows[0] 0 is too small: it must be at least 1.",
    ],
    [
      "a header row past Excel's last row",
      "sheets.0.tables.0.headerRows",
      [1048577],
      "sheets[0].tables[0].headerRows[0] 1048577 is too large: it must be at most 1048576.",
    ],
    [
      "a number written as text",
      "policy.amberWindowDays",
      "30",
      'policy.amberWindowDays should be a whole number, not text ("30").',
    ],
    [
      "a fractional amber window",
      "policy.amberWindowDays",
      7.5,
      "policy.amberWindowDays should be a whole number, not a number (7.5).",
    ],
    [
      "a misspelt entry",
      "sheets.0.tables.0.colour",
      "#FF0000",
      "sheets[0].tables[0].colour is not part of the mapping format (check its spelling, or remove it).",
    ],
    [
      "a misspelt top-level entry",
      "polcy",
      {},
      "polcy is not part of the mapping format (check its spelling, or remove it).",
    ],
    [
      "a table without header rows",
      "sheets.0.tables.0.headerRows",
      undefined,
      "sheets[0].tables[0] has no headerRows, which it needs.",
    ],
    ["a mapping without levels", "levels", undefined, "The mapping has no levels, which it needs."],
    [
      "an unknown polarity",
      "measures.0.polarity",
      "higher",
      'measures[0].polarity "higher" is not a polarity (one of higher_is_better, lower_is_better, on_target_is_best, not_applicable).',
    ],
    [
      "an unknown tolerance mode",
      "policy.tolerance.mode",
      "percent",
      'policy.tolerance.mode "percent" is not a tolerance mode (one of relative, absolute).',
    ],
    [
      "a negative tolerance",
      "measures.0.tolerance.value",
      -1,
      "measures[0].tolerance.value -1 is too small: it must be at least 0.",
    ],
    [
      "header synonyms for an unknown field",
      "fieldTitles",
      { leadd: ["Lead"] },
      `fieldTitles has "leadd", which is not a field Plan Tracker knows (${FIELDS}).`,
    ],
    [
      "five levels",
      "levels",
      exampleMapping().levels.slice(0, 5),
      "levels lists 5 entries, but needs at least 6.",
    ],
    ["an empty label", "levels.2.label", "", "levels[2].label is empty, but needs some text."],
    [
      "a sheet name longer than Excel allows",
      "sheets.0.name",
      "Improvement Plan 2023-24 (working copy)",
      'sheets[0].name "Improvement Plan 2023-24 (working copy)" is longer than 31 characters (Excel\'s limit for a sheet name).',
    ],
    [
      "a role given twice",
      "sheets.0.roles",
      ["plan", "plan"],
      'sheets[0].roles lists "plan" twice.',
    ],
    [
      "sheets as one entry, not a list",
      "sheets",
      exampleMapping().sheets[0],
      "sheets should be a list in [ ], not an entry.",
    ],
    [
      "a day order written another way",
      "policy.dates.dayOrder",
      "dd/mm",
      'policy.dates.dayOrder "dd/mm" is not a day order (one of dmy, mdy).',
    ],
  ])("%s", (_case, path, value, sentence) => {
    expect(refusal(withEntry([path, value]))).toBe(sentence);
  });

  it("counts the other problems after naming the first", () => {
    const text = withEntry(
      ["sheets.0.tables.0.fields.1.name", "leadd"],
      ["levels.0.fill", "red"],
      ["policy.amberWindowDays", "30"]
    );
    expect(refusal(text)).toMatch(
      /^sheets\[0\]\.tables\[0\]\.fields\[1\]\.name "leadd" is not a field .*; 2 more entries need fixing too\.$/
    );
  });
});

describe("loadMapping checks what the schema cannot say", () => {
  it.each<[string, (m: Mapping) => void, string]>([
    [
      "a level listed twice",
      (m) => (m.levels[5] = { ...m.levels[0] }),
      'levels[5] repeats the level "red" already given in levels[0]; list each of red, amber, green, blue, done, unrated once.',
    ],
    [
      "a word that means two levels",
      (m) => (m.levels[2].words = ["amber "]),
      'levels[2] ("green") uses the word "amber ", which already means "amber"; a status word can mean one level only.',
    ],
    [
      "header rows that are not one above the other",
      (m) => (m.sheets[0].tables[0].headerRows = [4, 6]),
      "sheets[0].tables[0].headerRows [4, 6] should be two rows one above the other (a period row over its Target and Actual row), such as [4, 5].",
    ],
    [
      "two tables starting on one row",
      (m) => m.sheets[0].tables.push({ ...m.sheets[0].tables[0] }),
      "sheets[0].tables[1] starts at row 1, where sheets[0].tables[0] already starts; one header row starts one table.",
    ],
    [
      "a column described twice",
      (m) => (m.sheets[0].tables[0].fields[3].column = "B"),
      'sheets[0].tables[0].fields[3].column "B" is already described by fields[1]; describe each column once.',
    ],
    [
      "a column past XFD",
      (m) => (m.sheets[0].tables[0].fields[5].column = "XFE"),
      'sheets[0].tables[0].fields[5].column "XFE" is beyond Excel\'s last column, XFD.',
    ],
    [
      "one sheet described twice",
      (m) => m.sheets.push({ ...m.sheets[0], name: "IMPROVEMENT PLAN" }),
      'sheets[1].name "IMPROVEMENT PLAN" names the same sheet as sheets[0]; describe each sheet once.',
    ],
  ])("%s", (_case, change, sentence) => {
    const mapping = exampleMapping();
    change(mapping);
    expect(refusal(JSON.stringify(mapping))).toBe(sentence);
  });
});

describe("loadMapping says where the text stops being JSON", () => {
  it.each([
    [
      "a trailing comma",
      '{\n  "version": 2,\n  "layout": "bcp",\n}',
      "The mapping is not valid JSON: line 4, column 1: remove the comma before } (JSON allows no comma after the last entry).",
    ],
    [
      "single quotes",
      "{\n  'version': 2\n}",
      'The mapping is not valid JSON: line 2, column 3: expected a name in double quotes ("name"), found \' (JSON needs double quotes).',
    ],
    [
      "a missing comma",
      '{\n  "version": 2\n  "layout": "bcp"\n}',
      'The mapping is not valid JSON: line 3, column 3: expected a comma or } after the entry, found ".',
    ],
    [
      "a comment",
      '{ "version": 2, // current\n "layout": "bcp" }',
      'The mapping is not valid JSON: line 1, column 17: expected a name in double quotes ("name"), found //.',
    ],
    [
      "cut short",
      '{ "version": 2, "sheets": [',
      "The mapping is not valid JSON: line 1, column 28: expected a value (text in double quotes, a number, true, false, null, [ or {), found the end of the text.",
    ],
    [
      "two documents",
      '{ "version": 2 } { }',
      "The mapping is not valid JSON: line 1, column 18: expected the end of the mapping, found {.",
    ],
    [
      "an empty file",
      "  \n",
      "The mapping is empty; it should be JSON such as `plan-tracker detect --json` prints.",
    ],
  ])("%s", (_case, text, sentence) => {
    expect(refusal(text)).toBe(sentence);
  });
});

describe("loadMapping and versions", () => {
  it.each([
    [
      "no version",
      { layout: "bcp" },
      'The mapping has no version number; add "version": 3 if it was written for this Plan Tracker.',
    ],
    [
      "a version written as text",
      { version: "2" },
      'The mapping\'s version "2" is not a version number Plan Tracker has used (1 to 3).',
    ],
    [
      "version 0",
      { version: 0 },
      "The mapping's version 0 is not a version number Plan Tracker has used (1 to 3).",
    ],
    [
      "a newer version",
      { version: 4, anything: "new" },
      "This mapping was saved by a newer Plan Tracker (version 4); this one understands up to version 3. Update Plan Tracker before using it, so nothing is misread.",
    ],
  ])("%s", (_case, document, sentence) => {
    expect(refusal(JSON.stringify(document))).toBe(sentence);
  });

  it("refuses a list or a bare value", () => {
    expect(refusal("[1, 2]")).toBe(
      "The mapping should be one entry in { } with a version, layout, sheets, levels, measures and policy, not a list."
    );
    expect(refusal("42")).toBe(
      "The mapping should be one entry in { } with a version, layout, sheets, levels, measures and policy, not a single value."
    );
  });
});
