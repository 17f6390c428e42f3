/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { PlanModel } from "../../../src/core/parse/plan-model";
import { generateLayout, type GeneratedLayout } from "../../support/layout-generator";
import {
  ISSUE_10_THRESHOLDS,
  crashedScore,
  scoreLayout,
  shortfall,
  summaryLine,
  totalScores,
  type LayoutScore,
} from "../../support/layout-scoring";
import { LAYOUT_REGRESSIONS } from "./layout-regressions";

// The proof of detection (docs/READING.md, "Proving it"): detection, on thousands of trackers laid out the ways councils lay them out,
// finds the actions, reads the columns and names the groups as a person would. The layouts and their
// truth come from a seeded generator, so any failing seed can be brought back exactly.
//
//   LAYOUT_SEEDS=10000 npx jest test/core/parse/generated-layouts.test.ts   more layouts
//   LAYOUT_SEED=123 npx jest test/core/parse/generated-layouts.test.ts      one layout, explained

const SEEDS = Number(process.env.LAYOUT_SEEDS ?? 2000);
const ONE_SEED = process.env.LAYOUT_SEED === undefined ? null : Number(process.env.LAYOUT_SEED);

const detectAndScore = (
  layout: GeneratedLayout
): { score: LayoutScore; model: PlanModel | null } => {
  try {
    const model = detectPlan(layout.snapshot);
    return { score: scoreLayout(layout, model), model };
  } catch (error) {
    return { score: crashedScore(layout, error), model: null };
  }
};

const describeSeed = (seed: number): string => generateLayout(seed).description;

const perfect = (score: LayoutScore): boolean =>
  score.actionsFound === score.actionsTruth &&
  score.actionsDetected === score.actionsTruth &&
  score.fieldsRight === score.fieldsTruth &&
  score.groupsRight === score.groupsTruth;

(ONE_SEED === null ? describe : describe.skip)(
  `detection over ${SEEDS} generated layouts (docs/HISTORY.md#issue-10)`,
  () => {
    it("finds ≥ 99% of actions with ≥ 99% precision, reads ≥ 98% of fields, names ≥ 98% of groups and ≥ 99% of measures", () => {
      const started = Date.now();
      const scores: LayoutScore[] = [];
      for (let seed = 1; seed <= SEEDS; seed += 1)
        scores.push(detectAndScore(generateLayout(seed)).score);
      const totals = totalScores(scores);
      console.log(summaryLine(totals, Date.now() - started));
      const message = shortfall(totals, ISSUE_10_THRESHOLDS, describeSeed);
      if (message) throw new Error(message);
    });
  }
);

(ONE_SEED === null ? describe : describe.skip)(
  "layout regressions (seeds that once failed)",
  () => {
    if (LAYOUT_REGRESSIONS.length === 0) {
      it("has none yet", () => expect(LAYOUT_REGRESSIONS).toEqual([]));
      return;
    }
    it.each(LAYOUT_REGRESSIONS.map((r) => [r.seed, r.caught] as const))(
      "seed %d (%s) is read exactly",
      (seed) => {
        const { score } = detectAndScore(generateLayout(seed));
        if (!perfect(score)) throw new Error(`${describeSeed(seed)}\n${score.problems.join("\n")}`);
      }
    );
  }
);

(ONE_SEED === null ? describe.skip : describe)(`layout seed ${ONE_SEED}`, () => {
  it("is read exactly", () => {
    const layout = generateLayout(ONE_SEED ?? 0);
    const { score, model } = detectAndScore(layout);
    const grid = layout.sheets.map((sheet) =>
      [
        `--- ${sheet.name} (merges: ${sheet.merges?.join(" ") || "none"})`,
        ...sheet.rows.map(
          (row, i) =>
            `${String(i + 1).padStart(3)} | ${row.map((v) => (v === null ? "" : String(v).replace(/\n/g, "\\n"))).join(" | ")}`
        ),
      ].join("\n")
    );
    const truth = layout.truth.tables.map(
      (t) =>
        `${t.sheet} ${t.shape} header ${t.headerRows.join("+")}: ${t.columns.map((c) => `${c.letter}=${c.field ?? "-"}${c.measure ? `/${c.measure}` : ""}`).join(" ")}`
    );
    const detected = (model?.sheets ?? []).flatMap((s) =>
      s.tables.map(
        (t) =>
          `${s.name} ${t.kind} header ${t.headerRows.join("+")} rows ${t.firstDataRow}-${t.lastDataRow}: ${t.columns.map((c) => `${c.letter}=${c.field ?? "-"}${c.measure ? `/${c.measure}` : ""}`).join(" ")}`
      )
    );
    console.log(
      [
        layout.description,
        ...grid,
        "truth:",
        ...truth,
        "detected:",
        ...detected,
        `groups: ${(model?.groups ?? []).map((g) => `"${g.label}"`).join(", ") || "none"}`,
        "problems:",
        ...score.problems,
      ].join("\n")
    );
    if (!perfect(score)) throw new Error(score.problems.join("\n"));
  });
});
