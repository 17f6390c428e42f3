/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { LEVEL_PRESETS } from "../../../src/core/rag/level-presets";
import { buildReportModel } from "../../../src/core/report/build-report-model";
import { EVIDENCE_ROWS } from "../../../src/core/report/evidence-rows";
import { reportWritePlan } from "../../../src/core/report/report-write-plan";
import { cellText } from "../../../src/core/model/cell-value";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import { generatePlan } from "../../support/generated-plan";

describe("the evidence of a very large plan", () => {
  it("lists the first 1,000 red or overdue actions and counts the rest, pointing to where they all are", () => {
    const snapshot = generatePlan({ actions: 6_000, measures: 5, months: 12 });
    const model = detectPlan(snapshot);
    const asOf = "2023-01-31";
    const rag = ratePlan(model, { asOf, policy: DEFAULT_RAG_POLICY });
    const report = buildReportModel(snapshot, model, rag, validatePlan(snapshot, model), {
      asOf,
      period: "Test",
      generatedAt: "now",
      policy: DEFAULT_RAG_POLICY,
    });
    expect(report.actionExceptions.length).toBeGreaterThan(EVIDENCE_ROWS);
    const plan = reportWritePlan(snapshot, report, {
      levels: LEVEL_PRESETS.generic,
      colourOf: () => undefined,
    });
    const texts = plan.ops.flatMap((op) =>
      op.kind === "values" ? op.values.flat().map((v) => cellText(v)) : []
    );
    expect(texts).toContain(
      `And ${report.actionExceptions.length - EVIDENCE_ROWS} more red or overdue actions, not listed here: Refresh RAG lists every action's rating on its own sheet, and a report of part of the plan (Only actions and measures about…) lists all of that part.`
    );
    // Page one still shows the worst five and points to the evidence.
    expect(texts).toContain(
      `And ${report.actionExceptions.length - 5} more: the first 1,000 are listed under "Every red and overdue action" in the evidence.`
    );
  }, 60_000);
});
