/** @jest-environment node */
import { parsePolarity } from "../../../src/core/parse/parse-polarity";

// Every way a workbook's polarity column says which way is better, and words that must not be read as one.
describe("parsePolarity", () => {
  it.each([
    "Higher is better",
    "higher_is_better",
    "HIGHER IS BETTER.",
    "Bigger is Better",
    "bigger is better",
    "More is better",
    "Greater is better",
    "Larger is better",
    "Higher",
    "High",
    "high is good",
    "High is better",
    "Good is high",
    "good is higher",
    "higher = better",
    "higher better",
    "Up",
    "Increase",
    "Increasing",
    "over",
    "Over",
    "Maximise",
    "maximize",
    "Aim to maximise",
    "aim-to-maximise",
    "Aim to max",
    "aim to maximize",
    "Max",
    "↑",
    "↑ is better",
    "▲",
    "⬆",
  ])("%s → higher is better", (text) => expect(parsePolarity(text)).toBe("higher_is_better"));

  it.each([
    "Lower is better",
    "lower_is_better",
    "Smaller is better",
    "Smaller is Better",
    "Less is better",
    "Fewer is better",
    "Lower",
    "Low",
    "low is good",
    "Good is low",
    "good is lower",
    "Down",
    "Decrease",
    "under",
    "UNDER",
    "Minimise",
    "minimize",
    "Aim to minimise",
    "Aim to min",
    "aim_to_minimise",
    "Reduce",
    "↓",
    "▼",
    "⬇",
  ])("%s → lower is better", (text) => expect(parsePolarity(text)).toBe("lower_is_better"));

  it.each([
    "Plan is best",
    "plan is best",
    "On target is best",
    "on_target_is_best",
    "Target",
    "In range",
    "On plan",
    "Goldilocks",
  ])("%s → on target is best", (text) => expect(parsePolarity(text)).toBe("on_target_is_best"));

  it.each(["n/a", "N/A", "Not applicable", "not_applicable", "Contextual", "Volume"])(
    "%s → not applicable",
    (text) => expect(parsePolarity(text)).toBe("not_applicable")
  );

  it.each([
    "Asked John Cooke",
    "",
    "   ",
    "Over 5%",
    "Under review",
    "Higher than national",
    "upward trend",
    "maximum 20",
    "Lower tier",
    "▲ 3",
    "Overall",
    "Understood",
    "TBC",
    "Highway",
    "Minimum wage",
  ])("%j is not a direction", (text) => expect(parsePolarity(text)).toBeNull());
});
