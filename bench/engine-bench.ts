import { detectPlan } from "../src/core/parse/detect-plan";
import { ratePlan } from "../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../src/core/rag/rag-policy";
import { buildReportModel } from "../src/core/report/build-report-model";
import { validatePlan } from "../src/core/validate/validate-plan";
import { generatePlan } from "../test/support/generated-plan";

export interface EngineFigure {
  actions: number;
  ms: number;
  floorMs: number;
  ratio: number;
  /** Where the time goes, for whoever makes it faster. */
  parts: { detect: number; validate: number; rag: number; report: number };
}

const time = (run: () => void): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const median = (values: number[]): number =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/**
 * The core on generated plans beside a floor: the time to merely copy the same snapshot
 * (structuredClone). The ratio is what the budget holds: at most 5× at 1,000, 10,000 and 100,000 actions
 * (run-bench.ts; it was 10× at 100,000, docs/HISTORY.md#issue-6).
 */
export const engineBench = (sizes: number[], repeats: number): EngineFigure[] =>
  sizes.map((actions) => {
    const snapshot = generatePlan({ actions, metrics: 1000, months: 24 });
    const floors: number[] = [];
    const runs: EngineFigure["parts"][] = [];
    for (let i = 0; i < repeats; i += 1) {
      floors.push(time(() => structuredClone(snapshot)));
      const parts = { detect: 0, validate: 0, rag: 0, report: 0 };
      let model = detectPlan(snapshot);
      parts.detect = time(() => (model = detectPlan(snapshot)));
      let issues = validatePlan(snapshot, model);
      parts.validate = time(() => (issues = validatePlan(snapshot, model)));
      let rag = ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY });
      parts.rag = time(
        () => (rag = ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY }))
      );
      parts.report = time(() =>
        buildReportModel(snapshot, model, rag, issues, {
          asOf: "2023-01-31",
          period: "January 2023",
          generatedAt: "bench",
          policy: DEFAULT_RAG_POLICY,
        })
      );
      runs.push(parts);
    }
    const total = (p: EngineFigure["parts"]) => p.detect + p.validate + p.rag + p.report;
    const best = [...runs].sort((a, b) => total(a) - total(b))[Math.floor(runs.length / 2)];
    const floorMs = median(floors);
    const ms = total(best);
    const round = (n: number) => Math.round(n * 10) / 10;
    return {
      actions,
      ms: round(ms),
      floorMs: round(floorMs),
      ratio: round(ms / floorMs),
      parts: {
        detect: round(best.detect),
        validate: round(best.validate),
        rag: round(best.rag),
        report: round(best.report),
      },
    };
  });
