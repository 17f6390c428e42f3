/** @jest-environment node */
import type { Polarity } from "../../../../src/core/model/measure";
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { ratePlan } from "../../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY, type ToleranceRule } from "../../../../src/core/rag/rag-policy";
import { highlightingOps } from "../../../../src/core/rag/write/highlighting";
import { isHighlightingFormula } from "../../../../src/core/rag/write/highlighting-signature";
import { loadFixture } from "../../../support/snapshot-builder";

/** Every formula highlighting.ts writes for GCC's turnover measure, for one polarity and tolerance. */
const formulasFor = (polarity: Polarity, tolerance: ToleranceRule): string[] => {
  const model = detectPlan(loadFixture("gcc"));
  const turnover = model.measures.find((m) => m.name === "Turnover (overall)");
  if (!turnover) throw new Error("no turnover measure");
  // Only turnover rated: the others' suggested polarities would add their own groups of rules.
  for (const measure of model.measures) measure.polarity = null;
  turnover.polarity = polarity;
  const result = ratePlan(model, { asOf: "2022-10-31", policy: DEFAULT_RAG_POLICY });
  return highlightingOps(result.measures, LEVEL_PRESETS.gcc, () => tolerance).flatMap((op) =>
    op.kind === "conditionalFormat" ? [op.rule.formula] : []
  );
};

describe("recognising Plan Tracker's own highlighting rules", () => {
  it.each<[Polarity, ToleranceRule]>([
    ["higher_is_better", { mode: "relative", value: 5 }],
    ["lower_is_better", { mode: "relative", value: 12.5 }],
    ["on_target_is_best", { mode: "relative", value: 5 }],
    ["higher_is_better", { mode: "absolute", value: 2 }],
    ["on_target_is_best", { mode: "absolute", value: 0.5 }],
    ["lower_is_better", { mode: "absolute", value: 1e-7 }],
  ])("knows every rule it writes: %s, tolerance %j", (polarity, tolerance) => {
    const formulas = formulasFor(polarity, tolerance);
    expect(formulas).toHaveLength(3);
    expect(formulas.filter(isHighlightingFormula)).toEqual(formulas);
  });

  it("knows them as Excel may give them back: with $ signs, spaces, other case, without the =", () => {
    expect(isHighlightingFormula("and(isnumber($C$37), isnumber(B37), round(C37-B37,10)<=0)")).toBe(
      true
    );
    // Moved to another area's cell before ExcelApi 1.9 (one rule per area).
    expect(
      isHighlightingFormula(
        "=AND(ISNUMBER(G37),ISNUMBER(F37),ROUND(G37-F37,10)>ROUND(ABS(F37)*0.05,10))"
      )
    ).toBe(true);
  });

  it.each([
    ["a council's own rule", "=C37>B37"],
    [
      "a council's rule that looks a little like ours",
      "=AND(ISNUMBER(C37),ISNUMBER(B37),C37>=B37)",
    ],
    [
      "ours with one cell changed by hand",
      "=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B38,10)<=0)",
    ],
    [
      "amber whose two gaps differ",
      "=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B37,10)>0,ROUND(B37-C37,10)<=ROUND(2,10))",
    ],
    [
      "ours with something added",
      '=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B37,10)<=0,D37="Yes")',
    ],
    ["an empty formula", ""],
  ])("never takes %s for one of its own", (_what, formula) => {
    expect(isHighlightingFormula(formula)).toBe(false);
  });
});
