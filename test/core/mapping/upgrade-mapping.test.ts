/** @jest-environment node */
import { loadMapping } from "../../../src/core/mapping/load-mapping";
import type { Mapping } from "../../../src/core/mapping/mapping";
import { mappingFromModel } from "../../../src/core/mapping/mapping-from-model";
import { mappingOptions } from "../../../src/core/mapping/mapping-options";
import type { MappingV1 } from "../../../src/core/mapping/mapping-v1";
import { upgradeMapping } from "../../../src/core/mapping/upgrade-mapping";
import { DEFAULT_DATE_POLICY } from "../../../src/core/model/timescale";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { LEVEL_PRESETS } from "../../../src/core/rag/level-presets";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { loadFixture } from "../../support/snapshot-builder";
import { exampleMapping } from "./example-mapping";
import { asV2, sheetsAsV2 } from "./old-mappings";

/** What an early adopter's workbook carries: the example as version 1 wrote it. */
const exampleV1 = (): MappingV1 => {
  const v2 = asV2(exampleMapping());
  return {
    version: 1,
    layout: v2.layout,
    sheets: v2.sheets,
    levels: Object.fromEntries(v2.levels.map(({ id, ...style }) => [id, style])),
    metrics: [
      { name: "Re-referrals within 12 months", polarity: "lower_is_better", tolerancePercent: 10 },
    ],
    policy: {
      amberWindowDays: 45,
      tolerancePercent: 7.5,
      dayOrder: "mdy",
      seasons: "school-terms",
      financialYearStart: "01-01",
    },
    report: v2.report,
  };
};

const upgraded = (document: unknown): Mapping => {
  const result = upgradeMapping(document);
  if (!result.ok) throw new Error(result.error);
  return result.value;
};

describe("upgradeMapping: version 1 → version 2 → version 3", () => {
  it("turns the flat policy, the relative tolerance and the MM-DD year start into version 2's shapes", () => {
    const mapping = upgraded(exampleV1());
    expect(mapping.version).toBe(3);
    expect(mapping.policy).toEqual({
      amberWindowDays: 45,
      allowGreenWithoutDate: false,
      tolerance: { mode: "relative", value: 7.5 },
      noChangeBand: { percentPoints: 0.5, relativePercent: 1 },
      dates: {
        dayOrder: "mdy",
        seasons: "school-terms",
        byMonth: "end",
        financialYearStartMonth: 1,
      },
    });
    expect(mapping.measures).toEqual([
      {
        name: "Re-referrals within 12 months",
        polarity: "lower_is_better",
        tolerance: { mode: "relative", value: 10 },
      },
    ]);
    expect(mapping.sheets).toEqual(exampleMapping().sheets);
    expect(mapping.report).toEqual(exampleMapping().report);
    expect(mapping).not.toHaveProperty("fieldTitles");
  });

  it("turns levels keyed by id into the list of six, in order, keeping the council's words", () => {
    const mapping = upgraded(exampleV1());
    expect(mapping.levels).toEqual(exampleMapping().levels);
  });

  it("takes the layout's preset for a level version 1 did not list, and today's defaults for a policy it did not give", () => {
    const v1 = {
      ...exampleV1(),
      levels: {
        blue: {
          label: "Embedded",
          meaning: "Implemented and embedded in practice",
          glyph: "●",
          fill: "#1D70B8",
        },
      },
      policy: {},
    };
    const mapping = upgraded(v1);
    expect(mapping.levels.map((l) => `${l.id}:${l.label}`)).toEqual([
      "red:High risk",
      "amber:Significant risk",
      "green:On track",
      "blue:Embedded",
      "done:Completed and can be removed",
      "unrated:Not rated",
    ]);
    expect(mapping.levels.find((l) => l.id === "blue")).not.toHaveProperty("fontColour");
    expect(mapping.policy).toEqual({
      amberWindowDays: DEFAULT_RAG_POLICY.amberWindowDays,
      allowGreenWithoutDate: DEFAULT_RAG_POLICY.allowGreenWithoutDate,
      tolerance: DEFAULT_RAG_POLICY.tolerance,
      noChangeBand: DEFAULT_RAG_POLICY.noChangeBand,
      dates: DEFAULT_DATE_POLICY,
    });
  });

  it("refuses a financial year that starts mid-month rather than move it", () => {
    const v1 = { ...exampleV1(), policy: { financialYearStart: "04-06" } };
    expect(upgradeMapping(v1)).toEqual({
      ok: false,
      error:
        'policy.financialYearStart "04-06" starts mid-month, but Plan Tracker counts financial years from the first of a month; write "04-01".',
    });
  });

  it("checks a version 1 document against version 1's own schema, naming the bad entry", () => {
    expect(upgradeMapping({ ...exampleV1(), policy: { tolerancePercent: "5%" } })).toEqual({
      ok: false,
      error: 'policy.tolerancePercent should be a number, not text ("5%").',
    });
    expect(upgradeMapping({ ...exampleV1(), policy: { financialYearStart: "April" } })).toEqual({
      ok: false,
      error:
        'policy.financialYearStart "April" is not a month and day written MM-DD (for example 04-01).',
    });
    expect(upgradeMapping({ ...exampleV1(), levels: { purple: exampleV1().levels.red } })).toEqual({
      ok: false,
      error: "levels.purple is not part of the mapping format (check its spelling, or remove it).",
    });
    // Version 2's entries are not version 1's: a document cannot mix them.
    expect(upgradeMapping({ ...exampleV1(), fieldTitles: {} })).toEqual({
      ok: false,
      error: "fieldTitles is not part of the mapping format (check its spelling, or remove it).",
    });
  });

  it("a version 1 mapping saved from detection rates every fixture exactly as detection does", () => {
    for (const [id, asOf] of [
      ["gcc", "2022-10-31"],
      ["bcp", "2023-01-31"],
      ["thurrock", "2018-07-03"],
      ["scorecard", "2022-07-31"],
    ] as const) {
      const model = detectPlan(loadFixture(id));
      const v3 = mappingFromModel(model, {
        policy: DEFAULT_RAG_POLICY,
        dates: DEFAULT_DATE_POLICY,
        levels: LEVEL_PRESETS[model.layout],
      });
      const v1: MappingV1 = {
        version: 1,
        layout: v3.layout,
        sheets: sheetsAsV2(v3.sheets),
        levels: Object.fromEntries(v3.levels.map(({ id: level, ...style }) => [level, style])),
        metrics: v3.measures.map((m) => ({
          name: m.name,
          ...(m.polarity ? { polarity: m.polarity } : {}),
        })),
        policy: {
          amberWindowDays: 30,
          tolerancePercent: 5,
          dayOrder: "dmy",
          seasons: "meteorological",
          financialYearStart: "04-01",
        },
      };
      const loaded = loadMapping(JSON.stringify(v1));
      expect(loaded.ok).toBe(true);
      if (!loaded.ok) return;
      const options = mappingOptions(loaded.value);
      const mapped = detectPlan(loadFixture(id), options.detect);
      expect([
        id,
        ratePlan(mapped, {
          asOf,
          policy: options.policy,
          measureSettings: options.measureSettings,
        }),
      ]).toEqual([id, ratePlan(model, { asOf, policy: DEFAULT_RAG_POLICY })]);
    }
  });
});

describe("upgradeMapping: versions it cannot read", () => {
  it("refuses a mapping from a newer Plan Tracker with the workbook named", () => {
    expect(upgradeMapping({ version: 4, layout: "bcp", sheets: [] }, "workbook")).toEqual({
      ok: false,
      error:
        "This workbook's mapping was saved by a newer Plan Tracker (version 4); this one understands up to version 3. Update Plan Tracker before using it, so nothing is misread.",
    });
  });

  it.each([
    [
      undefined,
      'The mapping has no version number; add "version": 3 if it was written for this Plan Tracker.',
    ],
    [1.5, "The mapping's version 1.5 is not a version number Plan Tracker has used (1 to 3)."],
    [null, "The mapping's version null is not a version number Plan Tracker has used (1 to 3)."],
  ])("refuses version %p plainly", (version, sentence) => {
    expect(upgradeMapping({ ...exampleMapping(), version })).toEqual({
      ok: false,
      error: sentence,
    });
  });

  it("passes a current mapping through unchanged, without the source it was printed with", () => {
    expect(upgradeMapping({ ...exampleMapping(), source: "stored" })).toEqual({
      ok: true,
      value: exampleMapping(),
    });
  });
});
