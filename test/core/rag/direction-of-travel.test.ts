/** @jest-environment node */
import type { CellRef } from "../../../src/core/model/action";
import type { MeasuredValue, Polarity } from "../../../src/core/model/measure";
import { directionOfTravel } from "../../../src/core/rag/direction-of-travel";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";

const CELL: CellRef = { sheet: "KPI", row: 1, column: 1, value: null };
const v = (value: number, percent = true): MeasuredValue => ({ value, percent, cell: CELL });

// docs/RATINGS.md#direction-of-travel vectors: BCP Oct 22 → Nov 22 (seed 003).
describe("direction of travel (docs/RATINGS.md#direction-of-travel)", () => {
  it.each([
    ["Early help assessments in 15 days", v(75), v(88), "higher_is_better", "improving", "up"],
    ["Re-referrals", v(29), v(29), "lower_is_better", "no-change", "same"],
    ["Assessments in 45 days", v(86), v(84), "higher_is_better", "worsening", "down"],
    [
      "Children in care not on roll",
      v(19, false),
      v(18, false),
      "lower_is_better",
      "improving",
      "down",
    ],
    ["Permanent SWs", v(55), v(54), "higher_is_better", "worsening", "down"],
    [
      "Practice Learning Reviews completed",
      v(53, false),
      v(46, false),
      "higher_is_better",
      "worsening",
      "down",
    ],
    ["Days lost to sickness", v(563, false), v(532, false), "lower_is_better", "improving", "down"],
    [
      "Assessments requiring further social work (contextual)",
      v(37),
      v(40),
      "not_applicable",
      "n/a",
      "up",
    ],
    ["Leaving care with SGO (Q2 → Q3)", v(12.3), v(4.5), "higher_is_better", "worsening", "down"],
  ] as [string, MeasuredValue, MeasuredValue, Polarity, string, string][])(
    "%s",
    (_name, previous, current, polarity, direction, raw) => {
      const travel = directionOfTravel(previous, current, polarity, DEFAULT_RAG_POLICY);
      expect(travel.direction).toBe(direction);
      expect(travel.raw).toBe(raw);
    }
  );

  it("counts a change within the band as no significant change", () => {
    expect(
      directionOfTravel(v(80), v(80.4), "higher_is_better", DEFAULT_RAG_POLICY).direction
    ).toBe("no-change");
    expect(
      directionOfTravel(v(80), v(80.6), "higher_is_better", DEFAULT_RAG_POLICY).direction
    ).toBe("improving");
    expect(
      directionOfTravel(v(500, false), v(504, false), "lower_is_better", DEFAULT_RAG_POLICY)
        .direction
    ).toBe("no-change");
  });

  it("judges 'Plan is best' by distance from the target", () => {
    const targets = { previous: v(90), current: v(90) };
    expect(
      directionOfTravel(v(97), v(93), "on_target_is_best", DEFAULT_RAG_POLICY, targets).direction
    ).toBe("improving");
    expect(
      directionOfTravel(v(91), v(84), "on_target_is_best", DEFAULT_RAG_POLICY, targets).direction
    ).toBe("worsening");
  });

  it("needs two values", () => {
    expect(directionOfTravel(null, v(5), "higher_is_better", DEFAULT_RAG_POLICY)).toEqual({
      direction: "n/a",
      raw: null,
      change: null,
    });
  });
});
