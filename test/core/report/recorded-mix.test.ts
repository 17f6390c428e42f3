/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { PlanModel } from "../../../src/core/parse/plan-model";
import { ratePlan, type RagResult } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { buildReportModel } from "../../../src/core/report/build-report-model";
import { recordedMix } from "../../../src/core/report/recorded-mix";
import { loadFixture } from "../../support/snapshot-builder";

// The report counts the owners' recorded mix as its pass meets the rated actions, which are the
// model's counted actions in plan order; any other ratings must still give the model's own mix.
const snapshot = loadFixture("bcp");
const model = detectPlan(snapshot);
const asOf = "2023-01-31";
const recordedOf = (plan: PlanModel, rag: RagResult) =>
  buildReportModel(snapshot, plan, rag, [], {
    asOf,
    period: "Board",
    generatedAt: "test",
    policy: DEFAULT_RAG_POLICY,
  }).recorded;

describe("the owners' recorded mix in the report", () => {
  const rag = ratePlan(model, { asOf, policy: DEFAULT_RAG_POLICY });
  const own = recordedMix(model, rag.scorePeriods.current);

  it("is BCP's own key: 38 actions, counted as the plan counts them", () => {
    expect(own?.total).toBe(38);
    expect(own?.counts).toMatchObject({ red: 2, amber: 17, green: 13, blue: 2, done: 4 });
    expect(recordedOf(model, rag)).toEqual(own);
  });

  it("is the model's own when the ratings are of only part of it", () => {
    const part = { ...model, actions: model.actions.slice(10) };
    const partRag = ratePlan(part, { asOf, policy: DEFAULT_RAG_POLICY });
    expect(recordedOf(model, partRag)).toEqual(own);
    expect(recordedOf(part, partRag)).toEqual(recordedMix(part, partRag.scorePeriods.current));
    expect(recordedOf(part, partRag)).not.toEqual(own);
  });

  it("is the model's own when the ratings come in another order", () => {
    const reversed = { ...rag, actions: [...rag.actions].reverse() };
    expect(recordedOf(model, reversed)).toEqual(own);
  });

  it("leaves out a tombstone wherever it sits", () => {
    const last = model.actions.length - 1;
    const tombstoned = {
      ...model,
      actions: model.actions.map((a, i) =>
        i === 0 || i === last ? { ...a, placeholder: true } : a
      ),
    };
    const tombRag = ratePlan(tombstoned, { asOf, policy: DEFAULT_RAG_POLICY });
    const mix = recordedMix(tombstoned, tombRag.scorePeriods.current);
    expect(mix?.counts).not.toEqual(own?.counts);
    expect(recordedOf(tombstoned, tombRag)).toEqual(mix);
    expect(recordedOf(tombstoned, rag)).toEqual(mix);
  });
});
