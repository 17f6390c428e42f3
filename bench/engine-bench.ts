import { detectPlan } from "../src/core/parse/detect-plan";
import { ratePlan } from "../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../src/core/rag/rag-policy";
import { buildReportModel } from "../src/core/report/build-report-model";
import { RULES } from "../src/core/validate/registry";
import { validatePlan } from "../src/core/validate/validate-plan";
import { generatePlan } from "../test/support/generated-plan";

export interface EngineFigure {
  actions: number;
  ms: number;
  floorMs: number;
  ratio: number;
  /** Where the time goes, for whoever makes it faster. */
  parts: { detect: number; validate: number; rag: number; report: number };
  /** The five rules that take longest on this plan, in ms (validation's share, rule by rule). */
  slowestRules: Record<string, number>;
  /** Every timed run's core and floor, in run order: how far one run strays from the median. */
  runsMs: number[];
  floorsMs: number[];
}

const time = (run: () => void): number => {
  const start = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - start) / 1e6;
};

const timed = <T>(run: () => T): [T, number] => {
  const start = process.hrtime.bigint();
  const value = run();
  return [value, Number(process.hrtime.bigint() - start) / 1e6];
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
    const snapshot = generatePlan({ actions, measures: 1000, months: 24 });
    const floors: number[] = [];
    const runs: EngineFigure["parts"][] = [];
    const pipeline = (): EngineFigure["parts"] => {
      // Each step on what the step before it made, as the pane and the CLI run them: validation on a
      // model no earlier run has seen, so what it works out once per model is paid in the time.
      const [model, detect] = timed(() => detectPlan(snapshot));
      const [issues, validate] = timed(() => validatePlan(snapshot, model));
      const [rag, rate] = timed(() =>
        ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY })
      );
      const [, report] = timed(() =>
        buildReportModel(snapshot, model, rag, issues, {
          asOf: "2023-01-31",
          period: "January 2023",
          generatedAt: "bench",
          policy: DEFAULT_RAG_POLICY,
        })
      );
      return { detect, validate, rag: rate, report };
    };
    pipeline(); // warm: the first run also compiles
    for (let i = 0; i < repeats; i += 1) {
      floors.push(time(() => structuredClone(snapshot)));
      runs.push(pipeline());
    }
    const model = detectPlan(snapshot);
    const ruleMs = RULES.map((rule) => ({
      code: rule.code,
      ms: time(() => rule.check({ snapshot, model })),
    }))
      .sort((a, b) => b.ms - a.ms)
      .slice(0, 5);
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
      slowestRules: Object.fromEntries(ruleMs.map((r) => [r.code, round(r.ms)])),
      runsMs: runs.map((p) => round(total(p))),
      floorsMs: floors.map(round),
    };
  });
