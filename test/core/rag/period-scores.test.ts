/** @jest-environment node */
import type { Action, RecordedRating } from "../../../src/core/model/action";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { scorePeriods } from "../../../src/core/rag/period-scores";
import { loadFixture } from "../../support/snapshot-builder";

// The periods in column order, the latest with a valid score as current and the one before it.

describe("scorePeriods", () => {
  const thurrock = detectPlan(loadFixture("thurrock")).actions;

  it("gives Thurrock's periods, current and previous", () => {
    expect(scorePeriods(thurrock)).toEqual({
      periods: ["RAG initial", "RAG 01/18"],
      current: "RAG 01/18",
      previous: "RAG initial",
    });
  });

  it("skips a later column with no valid score, and a period first seen on a later action", () => {
    const rating = (period: string, score: number | null): RecordedRating => ({
      ...thurrock[0].ratings[0],
      period,
      score,
    });
    const actions: Action[] = [
      { ...thurrock[0], ratings: [rating("A", 2), rating("B", null)] },
      { ...thurrock[1], ratings: [rating("C", 3), rating("B", null)] },
      { ...thurrock[2], ratings: [rating("D", null)] },
    ];
    expect(scorePeriods(actions)).toEqual({
      periods: ["A", "B", "C", "D"],
      current: "C",
      previous: "B",
    });
  });

  it("has no current or previous period on a plan without ratings", () => {
    const actions = thurrock.map((a) => ({ ...a, ratings: [] }));
    expect(scorePeriods(actions)).toEqual({ periods: [], current: null, previous: null });
  });
});
