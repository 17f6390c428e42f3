/** @jest-environment node */
import { DEFAULT_DATE_POLICY } from "../../../src/core/model/timescale";
import type { Mapping } from "../../../src/core/mapping/mapping";
import { mappingFromModel } from "../../../src/core/mapping/mapping-from-model";
import { mappingOptions } from "../../../src/core/mapping/mapping-options";
import { loadMapping } from "../../../src/core/mapping/load-mapping";
import { mappingJsonForPeople } from "../../../src/core/mapping/mapping-json";
import { mappingFromXml, mappingToXml } from "../../../src/core/mapping/mapping-xml";
import { checkMappingAgainst } from "../../../src/core/mapping/check-mapping-against";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { readStatusText } from "../../../src/core/parse/detect/cell-readers";
import { LEVEL_PRESETS, levelText } from "../../../src/core/rag/level-presets";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import { RAG_LEVELS } from "../../../src/core/model/rag-level";
import { type FixtureId, loadFixture } from "../../support/snapshot-builder";

const AS_OF = {
  gcc: "2022-10-31",
  bcp: "2023-01-31",
  thurrock: "2018-07-03",
  scorecard: "2022-07-31",
} as const;

const detected = (id: FixtureId): Mapping => {
  const model = detectPlan(loadFixture(id));
  return JSON.parse(
    JSON.stringify(
      mappingFromModel(model, {
        policy: DEFAULT_RAG_POLICY,
        dates: DEFAULT_DATE_POLICY,
        levels: LEVEL_PRESETS[model.layout],
      })
    )
  );
};

describe("detect → mapping → detect gives exactly the same results (docs/HISTORY.md#issue-5)", () => {
  it.each(Object.keys(AS_OF) as FixtureId[])("%s", (id) => {
    const snapshot = loadFixture(id);
    const plain = detectPlan(snapshot);
    const options = mappingOptions(detected(id));
    const mapped = detectPlan(loadFixture(id), options.detect);
    expect(mapped.sheets).toEqual(plain.sheets);
    expect(validatePlan(snapshot, mapped)).toEqual(validatePlan(snapshot, plain));
    const asOf = AS_OF[id];
    expect(
      ratePlan(mapped, { asOf, policy: options.policy, measureSettings: options.measureSettings })
    ).toEqual(ratePlan(plain, { asOf, policy: DEFAULT_RAG_POLICY }));
  });
});

describe("a detected mapping survives its text and the workbook's XML part unchanged", () => {
  it.each(Object.keys(AS_OF) as FixtureId[])("%s", (id) => {
    const mapping = detected(id);
    const { source: _source, ...expected } = mapping;
    const printed = loadMapping(mappingJsonForPeople(mapping, "detected"));
    expect(printed).toEqual({ ok: true, value: expected });
    expect(mappingFromXml(mappingToXml(mapping))).toEqual({ ok: true, value: expected });
    expect(checkMappingAgainst(mapping, loadFixture(id))).toEqual({ ok: true, value: undefined });
  });
});

describe("a changed setting changes the ratings as expected", () => {
  it("a measure's polarity set in the mapping rates it, and silences polarity-missing", () => {
    const mapping = detected("gcc");
    const turnover = mapping.measures.find((m) => m.name === "Turnover (overall)")!;
    turnover.polarity = "lower_is_better";
    const options = mappingOptions(mapping);
    const snapshot = loadFixture("gcc");
    const model = detectPlan(snapshot, options.detect);
    const rated = ratePlan(model, {
      asOf: "2022-10-31",
      policy: options.policy,
      measureSettings: options.measureSettings,
    });
    expect(rated.measures.find((m) => m.measure.name === "Turnover (overall)")?.rating.level).toBe(
      "red"
    );
    expect(
      validatePlan(snapshot, model)
        .filter((i) => i.code === "polarity-missing")
        .map((i) => i.value)
    ).not.toContain("Turnover (overall)");
  });

  it("a wider tolerance turns a red measure amber", () => {
    const mapping = detected("scorecard");
    const name =
      "% of Children in Care for more than 2.5 years in the same placement for at least 2 years";
    const level = (m: Mapping) => {
      const options = mappingOptions(m);
      const rated = ratePlan(detectPlan(loadFixture("scorecard"), options.detect), {
        asOf: "2022-07-31",
        policy: options.policy,
        measureSettings: options.measureSettings,
      });
      return rated.measures.find((r) => r.measure.name === name)?.rating.level;
    };
    expect(level(mapping)).toBe("red");
    mapping.measures.find((m) => m.name === name)!.tolerance = { mode: "relative", value: 6 };
    expect(level(mapping)).toBe("amber");
  });

  it("a longer amber window turns green actions amber", () => {
    const mapping = detected("gcc");
    const count = (m: Mapping) => {
      const options = mappingOptions(m);
      return ratePlan(detectPlan(loadFixture("gcc"), options.detect), {
        asOf: "2022-10-31",
        policy: options.policy,
      }).overall.counts.amber;
    };
    const before = count(mapping);
    mapping.policy.amberWindowDays = 120;
    expect(count(mapping)).toBeGreaterThan(before);
  });

  it("a level's own label is read back as that level (what Blue means is the council's)", () => {
    const mapping = detected("bcp");
    const blue = mapping.levels.find((l) => l.id === "blue")!;
    blue.label = "Embedded";
    blue.meaning = "Implemented and embedded in practice";
    const options = mappingOptions(mapping);
    expect(readStatusText("● Embedded", undefined, options.detect.vocabularies)).toMatchObject({
      kind: "level",
      level: "blue",
    });
    expect(options.levels.blue.meaning).toBe("Implemented and embedded in practice");
  });
});

describe("every preset's written labels read back as their level", () => {
  it.each(Object.keys(LEVEL_PRESETS) as (keyof typeof LEVEL_PRESETS)[])("%s", (layout) => {
    for (const level of RAG_LEVELS.filter((l) => l !== "unrated")) {
      const reading = readStatusText(levelText(LEVEL_PRESETS[layout], level), undefined);
      expect([layout, level, reading.kind === "level" ? reading.level : reading.kind]).toEqual([
        layout,
        level,
        level,
      ]);
    }
  });
});
