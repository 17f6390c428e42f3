/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { LEVEL_PRESETS } from "../../../src/core/rag/level-presets";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { ragWritePlan } from "../../../src/core/rag/write/rag-write-plan";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import type { CellValue } from "../../../src/core/model/cell-value";
import { loadFixture } from "../../support/snapshot-builder";
import { DEFAULT_RATINGS_SETTING } from "../../../src/core/rag/write/ratings-setting";

describe("Plan Tracker's own sheets are never read as part of the plan", () => {
  it("after a RAG refresh writes its register, the plan still has the same actions and issues", () => {
    const snapshot = loadFixture("bcp");
    const model = detectPlan(snapshot);
    const result = ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY });
    const plan = ragWritePlan(snapshot, model, result, {
      levels: LEVEL_PRESETS.bcp,
      ratings: DEFAULT_RATINGS_SETTING,
      highlight: false,
      dropdowns: true,
      toleranceOf: () => DEFAULT_RAG_POLICY.tolerance,
    });
    // Put the owned sheets the plan writes into the snapshot, as a re-read after the refresh would see them.
    const written = [
      ...new Set(plan.ops.filter((op) => op.kind === "values").map((op) => op.sheet)),
    ].filter((s) => s !== "Improvement Plan");
    const after = {
      ...snapshot,
      sheets: [
        ...snapshot.sheets,
        ...written.map((name) => {
          const values =
            plan.ops.find(
              (op): op is Extract<typeof op, { kind: "values" }> =>
                op.kind === "values" && op.sheet === name
            )?.values ?? [];
          return {
            name,
            firstRow: 1,
            firstColumn: 1,
            values: values as CellValue[][],
            numberFormats: {},
            fills: {},
            merges: [],
            protected: false,
            visibility: "visible" as const,
          };
        }),
      ],
    };
    expect(written).toEqual(expect.arrayContaining(["Plan Tracker RAG", "Plan Tracker Lists"]));
    const reread = detectPlan(after);
    expect(reread.actions.length).toBe(model.actions.length);
    expect(validatePlan(after, reread)).toEqual(validatePlan(snapshot, model));
  });
});
