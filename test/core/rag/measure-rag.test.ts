/** @jest-environment node */
import type { CellRef } from "../../../src/core/model/action";
import type { MeasuredValue, Polarity } from "../../../src/core/model/measure";
import type { RagLevel } from "../../../src/core/model/rag-level";
import { parseMeasure } from "../../../src/core/parse/parse-measure";
import { rateMeasurePeriod } from "../../../src/core/rag/measure-rag";

const CELL: CellRef = { sheet: "Plan", row: 1, column: 1, value: null };

/** A raw cell as the seed writes it ("13%", "81.6 %", "" → no value). */
const value = (raw: string): MeasuredValue | null => {
  const reading = parseMeasure(raw === "" ? null : raw, undefined);
  return reading.kind === "number"
    ? { value: reading.value, percent: reading.percent, cell: CELL }
    : null;
};

const RELATIVE_5 = { mode: "relative", value: 5 } as const;
const ABSOLUTE_5 = { mode: "absolute", value: 5 } as const;

// docs/SAMPLES.md#gcc-measures: GCC measures in long format with their expected RAG under both tolerance rules.
const POLARITY: Record<string, Polarity> = {
  M01: "lower_is_better",
  M03: "higher_is_better",
  M10: "lower_is_better",
  M13: "higher_is_better",
  M18: "higher_is_better",
  M24: "higher_is_better",
  M34: "higher_is_better",
  M41: "higher_is_better",
  M56: "lower_is_better",
  M60: "lower_is_better",
  M63: "higher_is_better",
  M67: "lower_is_better",
  M68: "lower_is_better",
};
const GCC_LONG = `M01,2022-03,13%,25%,red,red
M01,2022-04,13%,24.9%,red,red
M03,2022-03,80%,84%,green,green
M03,2022-04,90%,85.7%,amber,amber
M10,2022-03,9%,7%,green,green
M10,2022-04,9%,17%,red,red
M13,2022-03,90%,81.6 %,red,red
M13,2022-04,90%,78.8 %,red,red
M18,2022-03,95%,,unrated,unrated
M24,2022-03,100%,,unrated,unrated
M24,2022-04,100%,,unrated,unrated
M34,2022-03,,17,unrated,unrated
M34,2022-04,,17,unrated,unrated
M41,2022-03,,6%,unrated,unrated
M41,2022-04,,2%,unrated,unrated
M56,2022-03,20%,,unrated,unrated
M56,2022-04,20%,,unrated,unrated
M56,2022-05,20%,,unrated,unrated
M60,2022-03,13%,12.5 %,green,green
M60,2022-04,12%,12.6 %,amber,amber
M63,2022-03,90%,96.2 %,green,green
M63,2022-04,90%,96.8 %,green,green
M67,2022-03,22.5 %,23.2 %,amber,amber
M67,2022-04,21.5 %,23.8 %,red,amber
M68,2022-03,25%,27.1 %,red,amber
M68,2022-04,23.5 %,31.8 %,red,red`
  .split("\n")
  .map((line) => line.split(","));

describe("target against actual (docs/RATINGS.md#target-vs-actual, docs/SAMPLES.md#gcc-measures vectors)", () => {
  it.each(GCC_LONG)(
    "%s %s: target %p actual %p → %s (relative 5%), %s (absolute 5 points)",
    (id, _month, target, actual, relative, absolute) => {
      expect(rateMeasurePeriod(value(target), value(actual), POLARITY[id], RELATIVE_5).level).toBe(
        relative
      );
      expect(rateMeasurePeriod(value(target), value(actual), POLARITY[id], ABSOLUTE_5).level).toBe(
        absolute
      );
    }
  );

  it("names the no-RAG states as the scorecard does", () => {
    expect(rateMeasurePeriod(value("95%"), null, "higher_is_better", RELATIVE_5).state).toBe(
      "no-value"
    );
    expect(rateMeasurePeriod(null, value("17"), "higher_is_better", RELATIVE_5).state).toBe(
      "no-target"
    );
    expect(
      rateMeasurePeriod(value("95%"), value("90%"), "higher_is_better", RELATIVE_5, true).state
    ).toBe("no-information");
    expect(rateMeasurePeriod(value("95%"), value("90%"), null, RELATIVE_5).state).toBe(
      "no-polarity"
    );
    expect(rateMeasurePeriod(value("95%"), value("90%"), "not_applicable", RELATIVE_5).level).toBe(
      "unrated"
    );
  });
});

describe("the corporate scorecard's boundary cases (docs/RATINGS.md#target-vs-actual evidence)", () => {
  it.each([
    ["fewer than 3 SWs", "90%", "85.9%", "higher_is_better", "amber"],
    ["timely ICPCs", "85%", "81%", "higher_is_better", "amber"],
    ["3+ placements", "12.0%", "12.3%", "lower_is_better", "amber"],
    ["same placement 2+ years", "68%", "64.0%", "higher_is_better", "red"],
    ["equal to target", "23.5%", "23.5%", "lower_is_better", "green"],
    ["exactly on the 5% edge (0.855 vs 0.9)", "90%", "85.5%", "higher_is_better", "amber"],
    ["second CP plans, better than target", "23.5%", "23.2%", "lower_is_better", "green"],
    ["persistently absent", "5.0%", "24.5%", "lower_is_better", "red"],
  ] as [string, string, string, Polarity, RagLevel][])(
    "%s: %s vs %s → %s",
    (_name, target, actual, polarity, level) => {
      expect(rateMeasurePeriod(value(target), value(actual), polarity, RELATIVE_5).level).toBe(
        level
      );
    }
  );

  it("rates 'Plan is best' as a band around the target (M63 at ±5%: both months amber)", () => {
    expect(
      rateMeasurePeriod(value("90%"), value("96.2 %"), "on_target_is_best", RELATIVE_5).level
    ).toBe("amber");
    expect(
      rateMeasurePeriod(value("90%"), value("96.8 %"), "on_target_is_best", RELATIVE_5).level
    ).toBe("amber");
    expect(
      rateMeasurePeriod(value("90%"), value("94.5%"), "on_target_is_best", RELATIVE_5).level
    ).toBe("green");
    expect(
      rateMeasurePeriod(value("90%"), value("80%"), "on_target_is_best", RELATIVE_5).level
    ).toBe("red");
  });

  it("treats a zero target as having no relative tolerance", () => {
    expect(rateMeasurePeriod(value("0"), value("1"), "lower_is_better", RELATIVE_5).level).toBe(
      "red"
    );
    expect(rateMeasurePeriod(value("0"), value("1"), "lower_is_better", ABSOLUTE_5).level).toBe(
      "amber"
    );
  });

  it("explains the rating", () => {
    expect(
      rateMeasurePeriod(value("13%"), value("24.9%"), "lower_is_better", RELATIVE_5).reason
    ).toBe(
      "24.9% against a target of 13% (lower is better): 11.9 points short, beyond the 5% tolerance"
    );
  });
});
