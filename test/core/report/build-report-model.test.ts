/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { buildReportModel } from "../../../src/core/report/build-report-model";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import { type FixtureId, loadFixture } from "../../support/snapshot-builder";

const report = (id: FixtureId, asOf: string, period = "Improvement Board") => {
  const snapshot = loadFixture(id);
  const model = detectPlan(snapshot);
  const rag = ratePlan(model, { asOf, policy: DEFAULT_RAG_POLICY });
  return buildReportModel(snapshot, model, rag, validatePlan(snapshot, model), {
    asOf,
    period,
    generatedAt: "2026-11-25T09:00:00Z",
    policy: DEFAULT_RAG_POLICY,
  });
};

describe("board report headline numbers (docs/HISTORY.md#issue-4)", () => {
  it("on a BCP-like plan, gives the counts and percentages of its own RAG key", () => {
    const bcp = report("bcp", "2023-01-31");
    expect(bcp.recorded?.total).toBe(38);
    expect(bcp.recorded?.counts).toMatchObject({ red: 2, amber: 17, green: 13, blue: 2, done: 4 });
    expect(bcp.recorded?.percent).toMatchObject({
      red: 5,
      amber: 45,
      green: 34,
      blue: 5,
      done: 11,
    });
  });

  it("on the committee scorecard, gives the number and share of measures at or within tolerance of target (29.4%)", () => {
    const scorecard = report("scorecard", "2022-07-31");
    expect(scorecard.measureHeadline.current).toEqual({ count: 5, of: 17, percent: 29.4 });
    expect(scorecard.measureHeadline.currentPeriod).toBe("Jun 22");
    expect(scorecard.measureHeadline.previous).toBeNull();
  });

  it("on Thurrock, gives the priority means for the previous and current period with their direction", () => {
    const thurrock = report("thurrock", "2018-07-03");
    expect(thurrock.numericScale).toBe(true);
    expect(thurrock.groups.find((g) => g.name === "Priority 1")?.score).toEqual({
      previous: 2.8,
      current: 3.3,
      direction: "up",
    });
    expect(thurrock.groups.find((g) => g.name === "Priority 6")?.score).toEqual({
      previous: 1.5,
      current: 2.5,
      direction: "up",
    });
    expect(thurrock.groups.find((g) => g.name === "Priority 5")?.score).toEqual({
      previous: 2,
      current: 2,
      direction: "no change",
    });
  });

  it("lists every red or overdue action with owner, due date and progress, most overdue first", () => {
    const gcc = report("gcc", "2022-10-31");
    const first = gcc.actionExceptions[0];
    expect(first.level).toBe("red");
    expect(first.owner).not.toBe("");
    expect(
      gcc.actionExceptions.every(
        (e, i, all) => i === 0 || (all[i - 1].due ?? "") <= (e.due ?? "9999") || e.due === null
      )
    ).toBe(true);
    expect(gcc.red).toBeGreaterThan(0);
  });

  it("lists measures off target with target, actual, direction and comparator", () => {
    const scorecard = report("scorecard", "2022-07-31");
    const rereferrals = scorecard.measureExceptions.find((m) =>
      m.name.startsWith("% of referrals")
    );
    expect(rereferrals).toMatchObject({
      target: "21.5%",
      actual: "24.5%",
      level: "red",
      direction: "improving",
      comparator: "Comparator Group 21.3%",
    });
  });

  it("drafts Working well and Priority action areas per group, with owners", () => {
    const bcp = report("bcp", "2023-01-31");
    const first = bcp.narrative.find((n) => n.priorityAreas.length > 0);
    expect(first?.priorityAreas[0].owner).not.toBe("");
    expect(first?.priorityAreas[0].text.length).toBeLessThanOrEqual(230);
  });

  it("never lists a measure off target under Working well, however it is moving (the scorecard's improving reds)", () => {
    const scorecard = report("scorecard", "2022-07-31");
    const offTarget = scorecard.measureExceptions.map((m) => m.name);
    expect(offTarget.length).toBeGreaterThan(0);
    const wellTexts = scorecard.narrative.flatMap((n) => n.workingWell.map((b) => b.text));
    expect(
      wellTexts.filter((text) => offTarget.some((name) => text.startsWith(`${name}:`)))
    ).toEqual([]);
    // Improving reds are still priority areas' business, not good news.
    expect(
      scorecard.measureExceptions.some((m) => m.level === "red" && m.direction === "improving")
    ).toBe(true);
  });

  it("keeps only the levels the plan uses, and reads no change without a recorded period", () => {
    const bcp = report("bcp", "2023-01-31");
    expect(bcp.levelsUsed).toEqual(expect.arrayContaining(["red", "amber", "green"]));
    for (const level of ["red", "amber", "green", "blue", "done", "unrated"] as const)
      expect(bcp.levelsUsed.includes(level)).toBe(
        bcp.rated.counts[level] > 0 || (bcp.recorded?.counts[level] ?? 0) > 0
      );
    expect(bcp.change).toBeNull();
    expect(bcp.periods.map((p) => p.period)).toEqual(["Now"]);
  });

  it("lists every measure with its trend, and the actions due in the next 31 days", () => {
    const scorecard = report("scorecard", "2022-07-31");
    expect(scorecard.measures).toHaveLength(17);
    expect(
      scorecard.measures.find((m) => m.name.startsWith("% of Children open to Social Care"))?.trend
    ).toMatch(/Jun 22 85\.9%$/);
    const gcc = report("gcc", "2022-10-31");
    expect(gcc.nextPeriod.until).toBe("2022-12-01");
    expect(gcc.nextPeriod.actions.every((a) => a.due > "2022-10-31" && a.due <= "2022-12-01")).toBe(
      true
    );
  });

  it("carries the data-quality summary and when and from which workbook state it was made", () => {
    const gcc = report("gcc", "2022-10-31");
    expect(gcc.dataQuality.summary.error).toBeGreaterThan(0);
    expect(gcc.dataQuality.findings[0].severity).toBe("error");
    expect(gcc.dataQuality.findings.every((f) => !/^[a-z]+(-[a-z]+)+$/.test(f.what))).toBe(true);
    expect(gcc.basedOn.workbook).toBe("gcc.xlsx");
    expect(gcc.generatedAt).toBe("2026-11-25T09:00:00Z");
  });
});
