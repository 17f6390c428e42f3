/** @jest-environment node */
import type { CellRef } from "../../../../src/core/model/action";
import type { MeasuredValue } from "../../../../src/core/model/measure";
import type { DirectionOfTravel } from "../../../../src/core/rag/direction-of-travel";
import {
  asSentence,
  directionText,
  measuredText,
  ratedSummary,
  scoreText,
} from "../../../../src/taskpane/components/rag/rag-words";

const cell: CellRef = { sheet: "S", row: 1, column: 1, value: null };
const value = (n: number, percent: boolean): MeasuredValue => ({ value: n, percent, cell });

describe("scoreText (numeric scales, docs/RATINGS.md#thurrock-averages)", () => {
  it.each([
    [{ previous: 2.8, current: 3.3 }, "2.8 → 3.3 ↑ up"],
    [{ previous: 2.5, current: 2 }, "2.5 → 2 ↓ down"],
    [{ previous: 2, current: 2 }, "2 → 2 → no change"],
    [{ previous: null, current: 3.3 }, "3.3 (no earlier rating)"],
    [{ previous: 2.1, current: null }, "2.1 → not rated"],
    [{ previous: null, current: null }, "not rated"],
  ])("%j → %s", (score, expected) => {
    expect(scoreText(score)).toBe(expected);
  });
});

describe("directionText (docs/RATINGS.md#direction-of-travel: raw and performance directions kept apart)", () => {
  const cases: Array<[DirectionOfTravel, string]> = [
    [{ direction: "improving", raw: "down", change: -1 }, "↓ down, improving"],
    [{ direction: "worsening", raw: "up", change: 1 }, "↑ up, getting worse"],
    [{ direction: "no-change", raw: "same", change: 0 }, "→ no change, no significant change"],
    [{ direction: "n/a", raw: "up", change: 3 }, "↑ up, direction not judged"],
    [{ direction: "n/a", raw: null, change: null }, "direction not judged"],
  ];
  it.each(cases)("%j → %s", (direction, expected) => {
    expect(directionText(direction)).toBe(expected);
  });
});

describe("measuredText", () => {
  it.each([
    [value(40, true), "40%"],
    [value(215.5, false), "215.5"],
    [null, "none"],
  ])("%j → %s", (measured, expected) => {
    expect(measuredText(measured)).toBe(expected);
  });
});

describe("asSentence", () => {
  it("capitalises a core reason clause and leaves the rest alone", () => {
    expect(asSentence("due 30 Jun 2022, 123 days overdue")).toBe(
      "Due 30 Jun 2022, 123 days overdue"
    );
    expect(asSentence("")).toBe("");
  });
});

describe("ratedSummary", () => {
  it.each([
    [
      46,
      15,
      null,
      "Rated as of 1 Feb 2023: 46 actions and 15 measures, each measure on its latest period.",
    ],
    [0, 17, "Mar 22", "Rated as of 1 Feb 2023: 17 measures, measures rated on Mar 22."],
    [1, 0, "Mar 22", "Rated as of 1 Feb 2023: 1 action."],
    [0, 1, null, "Rated as of 1 Feb 2023: 1 measure, each measure on its latest period."],
    [0, 0, null, "Rated as of 1 Feb 2023: no actions or measures were found to rate."],
  ])("%i actions, %i measures, period %s", (actions, measures, period, expected) => {
    expect(ratedSummary("2023-02-01", actions, measures, period)).toBe(expected);
  });
});
