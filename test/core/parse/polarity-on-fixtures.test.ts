/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { readPolarityFromName } from "../../../src/core/parse/polarity-name-words";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import { loadFixture, type FixtureId } from "../../support/snapshot-builder";

const sources = (id: FixtureId) => {
  const model = detectPlan(loadFixture(id));
  const count = (source: string | undefined) =>
    model.measures.filter((m) => m.polaritySource === source).length;
  return {
    model,
    total: model.measures.length,
    workbook: count("workbook"),
    suggested: count("suggested"),
    none: model.measures.filter((m) => m.polarity === null).length,
  };
};

describe("measures get a polarity unaided, marked as suggested", () => {
  // Before: GCC, BCP and Thurrock stated no polarity for any measure (all 51 unrated until typed in).
  it.each([
    ["gcc", 15, 12],
    ["bcp", 15, 10],
    ["thurrock", 21, 17],
  ] as const)("%s: %i measures, %i with a suggested polarity", (id, total, suggested) => {
    const found = sources(id);
    expect(found).toMatchObject({ total, workbook: 0, suggested, none: total - suggested });
    for (const measure of found.model.measures.filter((m) => m.polaritySource === "suggested"))
      expect(measure.polarityReason).toMatch(/^name says '|^target /);
  });

  it("GCC: turnover is rated lower is better, and its reason says the polarity was suggested", () => {
    const { model } = sources("gcc");
    const turnover = model.measures.find((m) => m.name === "Turnover (overall)");
    expect(turnover).toMatchObject({
      polarity: "lower_is_better",
      polaritySource: "suggested",
      polarityReason: "name says 'turnover'",
    });
    const rated = ratePlan(model, { asOf: "2022-10-31", policy: DEFAULT_RAG_POLICY }).measures.find(
      (m) => m.measure.name === "Turnover (overall)"
    );
    expect(rated?.rating.level).toBe("red");
    expect(rated?.rating.reason).toMatch(/\(lower is better, suggested\)/);
    expect(rated?.polaritySuggested).toBe("name says 'turnover'");
  });

  it("the scorecard's own words win: all 17 from the workbook, none suggested", () => {
    expect(sources("scorecard")).toMatchObject({ total: 17, workbook: 17, suggested: 0, none: 0 });
  });

  it("on the scorecard, a name-based suggestion never contradicts the polarity the council wrote (14 of 17 suggested, 0 wrong)", () => {
    const { model } = sources("scorecard");
    const readings = model.measures.map((m) => ({
      stated: m.polarity,
      name: readPolarityFromName(m.name),
    }));
    const says = readings.filter((r) => r.name.kind === "says");
    expect(says).toHaveLength(14);
    for (const reading of says)
      expect(reading.name.kind === "says" && reading.name.polarity).toBe(reading.stated);
  });

  it("Thurrock's 'Asked John Cooke' polarity cell is neither read nor overridden by a suggestion", () => {
    const { model } = sources("thurrock");
    expect(model.measures.find((m) => m.polarityText === "Asked John Cooke")).toMatchObject({
      polarity: null,
    });
    expect(
      model.measures.find((m) => m.polarityText === "Asked John Cooke")?.polaritySource
    ).toBeUndefined();
  });

  it("polarity-missing is a note asking to confirm a suggestion, and an error only where none could be made", () => {
    const snapshot = loadFixture("gcc");
    const issues = validatePlan(snapshot, detectPlan(snapshot)).filter(
      (i) => i.code === "polarity-missing"
    );
    const turnover = issues.find((i) => i.value === "Turnover (overall)");
    expect(turnover?.severity).toBe("info");
    expect(turnover?.message).toMatch(
      /^Polarity suggested for "Turnover \(overall\)": lower is better, suggested \(name says 'turnover'\)\. .*confirm it/
    );
    expect(issues.filter((i) => i.severity === "error").map((i) => i.value)).toEqual([
      "%age of Neglect toolkit used at contact",
    ]);
  });
});
