/** @jest-environment node */
import type { MappedTable, Mapping } from "../../../../src/core/mapping/mapping";
import type { Action } from "../../../../src/core/model/action";
import type { Measure } from "../../../../src/core/model/measure";
import type { RagLevel } from "../../../../src/core/model/rag-level";
import { RAG_LEVELS } from "../../../../src/core/model/rag-level";
import { DEFAULT_DATE_POLICY } from "../../../../src/core/model/timescale";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import type { RagResult, RatedAction, RatedMeasure } from "../../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { withPreset } from "../../../../src/taskpane/components/mapping/apply-preset";
import { columnRows } from "../../../../src/taskpane/components/mapping/column-rows";
import {
  withColumnField,
  withColumnPeriod,
  withMeasure,
  withProgressNotes,
  withReport,
} from "../../../../src/taskpane/components/mapping/edit-mapping";
import {
  issueChangeText,
  ratingChangeText,
  readChangeTexts,
  severityChangeText,
} from "../../../../src/taskpane/components/mapping/effect-words";
import {
  fieldChoices,
  fieldWords,
  roleWords,
} from "../../../../src/taskpane/components/mapping/field-words";
import { fontColourOn } from "../../../../src/taskpane/components/mapping/LevelSwatch";
import { ratingChanges } from "../../../../src/taskpane/components/mapping/rating-changes";
import { sourceWords } from "../../../../src/taskpane/components/mapping/source-words";
import {
  tableHeadings,
  tableKey,
} from "../../../../src/taskpane/components/mapping/table-headings";
import { tableSummary } from "../../../../src/taskpane/components/mapping/table-words";
import { snapshotOf } from "../../../support/snapshot-builder";

const actionsTable: MappedTable = {
  kind: "actions",
  headerRows: [4],
  group: "1.1 Recruitment",
  fields: [
    { name: "title", column: "A", title: "Key Actions" },
    { name: "due", column: "C", title: "Timescale" },
  ],
};

const monthsTable: MappedTable = {
  kind: "measures",
  headerRows: [10, 11],
  fields: [
    {
      name: "period",
      column: "B",
      title: "March 22 / Target",
      period: "Mar 22",
      measure: "target",
    },
    {
      name: "period",
      column: "C",
      title: "March 22 / Actual",
      period: "Mar 22",
      measure: "actual",
    },
  ],
};

const mapping: Mapping = {
  version: 3,
  layout: "gcc",
  sheets: [{ name: "Plan", roles: ["plan"], tables: [actionsTable, monthsTable] }],
  levels: RAG_LEVELS.map((id) => ({ id, label: id, meaning: "", glyph: "x", fill: "#000000" })),
  measures: [{ name: "Turnover", polarity: "lower_is_better" }],
  policy: { ...DEFAULT_RAG_POLICY, dates: DEFAULT_DATE_POLICY },
};

const planSheet = snapshotOf({
  name: "Plan",
  rows: [
    [],
    [],
    [],
    ["Key Actions", "Owners", "Timescale", "  Notes\n for  board "],
    [],
    [],
    [],
    [],
    [],
    [null, "March 22", null],
    ["Measure", "Target", "Actual"],
  ],
});

describe("tableHeadings", () => {
  it("reads each mapped table's heading cells from the sheet, joining two header rows", () => {
    const headings = tableHeadings(planSheet, mapping);
    expect(headings[tableKey("Plan", 4)]).toEqual([
      { column: "A", heading: "Key Actions" },
      { column: "B", heading: "Owners" },
      { column: "C", heading: "Timescale" },
      { column: "D", heading: "Notes for board" },
    ]);
    expect(headings[tableKey("Plan", 10)]).toEqual([
      { column: "A", heading: "Measure" },
      { column: "B", heading: "March 22 / Target" },
      { column: "C", heading: "Actual" },
    ]);
  });

  it("a sheet the workbook does not have gives no headings rather than failing", () => {
    expect(tableHeadings(snapshotOf({ name: "Other", rows: [["a"]] }), mapping)).toEqual({});
  });
});

describe("columnRows", () => {
  it("lists mapped columns and the sheet's other headings, left to right", () => {
    const rows = columnRows(actionsTable, tableHeadings(planSheet, mapping)[tableKey("Plan", 4)]);
    expect(rows).toEqual([
      { column: "A", heading: "Key Actions", field: "title" },
      { column: "B", heading: "Owners", field: null },
      { column: "C", heading: "Timescale", field: "due" },
      { column: "D", heading: "Notes for board", field: null },
    ]);
  });

  it("keeps a mapped column that has no heading cell, and its period", () => {
    expect(columnRows(monthsTable, [])).toEqual([
      {
        column: "B",
        heading: "March 22 / Target",
        field: "period",
        period: "Mar 22",
        measure: "target",
      },
      {
        column: "C",
        heading: "March 22 / Actual",
        field: "period",
        period: "Mar 22",
        measure: "actual",
      },
    ]);
  });
});

describe("withColumnField", () => {
  const at = { sheet: 0, table: 0 };
  const fields = (m: Mapping, table = 0) => m.sheets[0].tables[table].fields;

  it("a column no longer read keeps its entry, with no field", () => {
    expect(fields(withColumnField(mapping, at, "C", null, "Timescale"))).toEqual([
      { name: "title", column: "A", title: "Key Actions" },
      { name: null, column: "C", title: "Timescale" },
    ]);
  });

  it("a heading the mapping did not list is added in column order", () => {
    expect(fields(withColumnField(mapping, at, "B", "owner", "Owners"))).toEqual([
      { name: "title", column: "A", title: "Key Actions" },
      { name: "owner", column: "B", title: "Owners" },
      { name: "due", column: "C", title: "Timescale" },
    ]);
  });

  it("choosing (not read) for a column never listed changes nothing", () => {
    expect(withColumnField(mapping, at, "D", null, "Notes")).toEqual(mapping);
  });

  it.each([
    ["March 22 / Target", { period: "March 22", measure: "target" }],
    ["April / Actual", { period: "April", measure: "actual" }],
    ["Jun 22", { period: "Jun 22", measure: "value" }],
  ])("a column made a period column takes its period from the heading %s", (heading, expected) => {
    expect(
      fields(withColumnField(mapping, at, "D", "period", heading)).find((f) => f.column === "D")
    ).toEqual({ name: "period", column: "D", title: heading, ...expected });
  });

  it("a period column read as another field loses its period; made a period again it keeps a re-labelled one", () => {
    const other = withColumnField(
      mapping,
      { sheet: 0, table: 1 },
      "B",
      "notes",
      "March 22 / Target"
    );
    expect(fields(other, 1)[0]).toEqual({ name: "notes", column: "B", title: "March 22 / Target" });
    const relabelled = withColumnPeriod(mapping, { sheet: 0, table: 1 }, "C", {
      period: "Mar 2022",
    });
    expect(
      fields(withColumnField(relabelled, { sheet: 0, table: 1 }, "C", "period", "x"), 1)[1]
    ).toEqual({
      name: "period",
      column: "C",
      title: "March 22 / Actual",
      period: "Mar 2022",
      measure: "actual",
    });
  });

  it("leaves the mapping it was given as it was", () => {
    const before = JSON.stringify(mapping);
    withColumnField(mapping, at, "A", "ref", "Key Actions");
    expect(JSON.stringify(mapping)).toBe(before);
  });
});

describe("withMeasure", () => {
  it.each<[string, Parameters<typeof withMeasure>[2], Mapping["measures"]]>([
    [
      "sets a polarity",
      { polarity: "higher_is_better" },
      [{ name: "Turnover", polarity: "higher_is_better" }],
    ],
    ["clears a polarity (not set)", { polarity: null }, [{ name: "Turnover" }]],
    [
      "sets a tolerance",
      { tolerance: { mode: "absolute", value: 2 } },
      [
        {
          name: "Turnover",
          polarity: "lower_is_better",
          tolerance: { mode: "absolute", value: 2 },
        },
      ],
    ],
    [
      "clears a tolerance (plan default)",
      { tolerance: null },
      [{ name: "Turnover", polarity: "lower_is_better" }],
    ],
  ])("%s", (_case, change, expected) => {
    expect(withMeasure(mapping, "Turnover", change).measures).toEqual(expected);
  });

  it("adds a measure the mapping did not list", () => {
    expect(withMeasure(mapping, "Vacancies", { polarity: "lower_is_better" }).measures).toEqual([
      { name: "Turnover", polarity: "lower_is_better" },
      { name: "Vacancies", polarity: "lower_is_better" },
    ]);
  });
});

describe("withProgressNotes", () => {
  it("keeps 'replace' and leaves no setting for the default", () => {
    const replaced = withProgressNotes(mapping, "replace");
    expect(replaced.updates).toEqual({ progress: "replace" });
    expect("updates" in withProgressNotes(replaced, "above")).toBe(false);
  });
});

describe("withReport", () => {
  it("keeps what is given and drops blanks, leaving the report's own defaults", () => {
    const set = withReport(mapping, {
      period: "Improvement Board – July",
      chartMeasures: ["Turnover"],
    });
    expect(set.report).toEqual({ period: "Improvement Board – July", chartMeasures: ["Turnover"] });
    expect(withReport(set, { period: "  " }).report).toEqual({ chartMeasures: ["Turnover"] });
    expect("report" in withReport(set, { period: "", chartMeasures: [] })).toBe(false);
  });
});

describe("withPreset", () => {
  it.each(["gcc", "bcp", "thurrock", "scorecard", "generic"] as const)(
    "%s: its levels and the default rules; sheets and measures stay",
    (preset) => {
      const applied = withPreset(
        { ...mapping, policy: { ...mapping.policy, amberWindowDays: 3 } },
        preset
      );
      expect(applied.levels).toEqual(
        RAG_LEVELS.map((id) => {
          const { label, meaning, glyph, fill, fontColour } = LEVEL_PRESETS[preset][id];
          return { id, label, meaning, glyph, fill, fontColour };
        })
      );
      expect(applied.policy).toEqual({ ...DEFAULT_RAG_POLICY, dates: DEFAULT_DATE_POLICY });
      expect(applied.sheets).toBe(mapping.sheets);
      expect(applied.measures).toBe(mapping.measures);
    }
  );
});

describe("ratingChanges", () => {
  const action = (row: number, level: RagLevel): RatedAction => ({
    action: { sheet: "Plan", row } as Action,
    rating: { level } as RatedAction["rating"],
  });
  const measure = (row: number, level: RagLevel): RatedMeasure =>
    ({
      measure: { sheet: "Plan", row } as Measure,
      rating: { level } as RatedMeasure["rating"],
    }) as RatedMeasure;
  const result = (actions: RatedAction[], measures: RatedMeasure[]): RagResult =>
    ({ actions, measures }) as RagResult;

  it("counts rows whose level differs, and rows rated on one side only", () => {
    const before = result(
      [action(5, "green"), action(6, "red"), action(7, "amber")],
      [measure(20, "red"), measure(21, "green")]
    );
    const after = result(
      [action(5, "green"), action(6, "amber"), action(8, "blue")],
      [measure(20, "red"), measure(21, "amber")]
    );
    expect(ratingChanges(before, after)).toEqual({
      actions: 3, // row 6 changed, row 7 no longer read, row 8 newly read
      measures: 1,
      actionsRead: { before: 3, after: 3 },
      measuresRead: { before: 2, after: 2 },
    });
  });

  it("the same ratings change nothing", () => {
    const same = result([action(5, "green")], [measure(20, "red")]);
    expect(ratingChanges(same, same)).toMatchObject({ actions: 0, measures: 0 });
  });
});

describe("effect words", () => {
  const before = { error: 40, warning: 93, info: 199 };
  it.each([
    [{ error: 30, warning: 93, info: 187 }, "Issues: 332 → 310 (22 fewer)"],
    [{ error: 41, warning: 93, info: 199 }, "Issues: 332 → 333 (1 more)"],
    [before, "Issues: 332 → 332 (no change)"],
  ])("%o → %s", (after, text) => {
    expect(issueChangeText(before, after)).toBe(text);
  });

  it("per severity, in words", () => {
    expect(severityChangeText("error", before, { ...before, error: 38 })).toBe(
      "Errors: 40 → 38 (2 fewer)"
    );
    expect(severityChangeText("info", before, before)).toBe("Info: 199 → 199 (no change)");
  });

  it.each([
    [12, 3, "Ratings that change: 12 actions, 3 measures"],
    [1, 0, "Ratings that change: 1 action, 0 measures"],
    [0, 1, "Ratings that change: 0 actions, 1 measure"],
    [0, 0, "Ratings that change: none"],
  ])("%i actions, %i measures", (actions, measures, text) => {
    const read = { before: 5, after: 5 };
    expect(ratingChangeText({ actions, measures, actionsRead: read, measuresRead: read })).toBe(
      text
    );
  });

  it("says how many rows are read only when that changes", () => {
    expect(
      readChangeTexts({
        actions: 0,
        measures: 0,
        actionsRead: { before: 10, after: 7 },
        measuresRead: { before: 3, after: 3 },
      })
    ).toEqual(["Actions read: 10 → 7"]);
  });
});

describe("words", () => {
  it("field choices are the table kind's own, and what the table already uses", () => {
    expect(fieldChoices("actions", [])).toEqual(
      expect.arrayContaining(["ref", "title", "owner", "due", "status"])
    );
    expect(fieldChoices("actions", [])).not.toContain("name");
    expect(fieldChoices("measures", [])).toEqual(
      expect.arrayContaining(["name", "polarity", "period"])
    );
    expect(fieldChoices("milestones", ["period", null])).toEqual(["period"]);
  });

  it.each([
    ["actions", "due", "Due date / timescale"],
    ["actions", "status", "RAG status"],
    ["rag-key", "title", "Description"],
    ["actions", "title", "Action"],
    ["measures", "period", "Reporting period"],
  ] as const)("%s %s → %s", (kind, field, words) => {
    expect(fieldWords(kind, field)).toBe(words);
  });

  it("sheet roles and tables in words", () => {
    expect(roleWords(["plan", "measures"])).toBe("action plan, measures");
    expect(roleWords(undefined)).toBe("no role recognised");
    expect(tableSummary(actionsTable)).toBe(
      "Actions · header row 4 · 1.1 Recruitment · 2 columns read"
    );
    expect(tableSummary({ ...monthsTable, completed: true })).toBe(
      "Measures · header rows 10 and 11 · completed actions · 2 columns read"
    );
  });

  it.each([
    [{ source: "detected" as const }, "Detected (nothing stored yet)"],
    [{ source: "stored" as const }, "Stored in this workbook"],
    [
      { source: "stored" as const, upgradedFrom: 1 },
      "Stored in this workbook, upgraded from version 1 (saving stores it in the current version)",
    ],
    [
      { source: "detected" as const, storedProblem: "It does not fit." },
      "Detected (the mapping stored in this workbook cannot be used)",
    ],
  ])("source %o", (loaded, words) => {
    expect(sourceWords(loaded)).toBe(words);
  });

  it.each([
    ["#FFFF00", "#0B0C0C"],
    ["#1D70B8", "#FFFFFF"],
    ["#F3F2F1", "#0B0C0C"],
    ["red", null],
  ])("text on %s is %s", (fill, font) => {
    expect(fontColourOn(fill)).toBe(font);
  });
});
