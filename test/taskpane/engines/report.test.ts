/** @jest-environment node */
import { generateReport } from "../../../src/app/generate-report";
import { rateWorkbook } from "../../../src/app/rate-workbook";
import { REPORT_SHEET } from "../../../src/core/rag/write/owned-sheets";
import {
  MAX_CHART_MEASURES,
  MIN_CHART_POINTS,
} from "../../../src/taskpane/components/report/chart-limits";
import { generate, listMeasures } from "../../../src/taskpane/engines/report";
import { loadFixture, type FixtureId } from "../../support/snapshot-builder";
import { fakeGateway } from "../helpers/workbook";

/** Dates at which each seed plan was reported on, so ratings do not drift with the calendar. */
const AS_OF: Record<FixtureId, string> = {
  gcc: "2022-10-31",
  bcp: "2023-02-01",
  thurrock: "2018-07-03",
  scorecard: "2022-07-31",
};
const FIXTURES = Object.keys(AS_OF) as FixtureId[];
const REQUEST = { period: "Improvement Board – test", generatedAt: "25 Nov 2026 09:14" };

describe("listMeasures", () => {
  it.each(FIXTURES)(
    "%s: offers each measure with values in two or more periods, once, in plan order",
    async (id) => {
      const gateway = fakeGateway(loadFixture(id));
      const listed = await listMeasures(gateway, AS_OF[id]);
      if (!listed.ok) throw new Error(listed.error.message);
      const rated = await rateWorkbook(fakeGateway(loadFixture(id)), { asOf: AS_OF[id] });
      if (!rated.ok) throw new Error(rated.error.message);
      const expected = rated.value.model.measures
        .filter(
          (m) =>
            m.periods.filter((p) => p.actual !== null || p.target !== null).length >=
            MIN_CHART_POINTS
        )
        .map((m) => m.name);
      expect(listed.value.chartable).toEqual([...new Set(expected)]);
      expect(listed.value.chartable.length).toBeGreaterThan(0);
      // A measure with a single value (BCP's "Absence rate for CiC" holds term names) is not offered.
      expect(listed.value.chartable.length).toBeLessThanOrEqual(rated.value.model.measures.length);
      expect(gateway.reads).toBe(1);
      expect(gateway.applied).toEqual([]);
    }
  );

  it.each(FIXTURES)(
    "%s: pre-selects exactly what the report charts when nobody chooses",
    async (id) => {
      const listed = await listMeasures(fakeGateway(loadFixture(id)), AS_OF[id]);
      const made = await generateReport(fakeGateway(loadFixture(id)), {
        asOf: AS_OF[id],
        ...REQUEST,
      });
      if (!listed.ok || !made.ok) throw new Error("the fixture could not be read");
      expect(listed.value.preselected).toEqual(
        made.value.report.chartMeasures.map((series) => series.name)
      );
      expect(listed.value.preselectedFrom).toBe("off-target");
      expect(listed.value.preselected.length).toBeLessThanOrEqual(MAX_CHART_MEASURES);
    }
  );

  it("pre-selects the scorecard's measures off target in June 2022, the first three as the report does", async () => {
    const listed = await listMeasures(fakeGateway(loadFixture("scorecard")), AS_OF.scorecard);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.preselected).toEqual([
      "% of audits judged as good or better",
      "% of Children open to Social Care with fewer than 3 Social Workers in 6 months",
      "% of referrals to Social Care that are rereferrals within 12 months",
    ]);
  });

  it("pre-selects none on BCP, whose measures have no targets to be off", async () => {
    const listed = await listMeasures(fakeGateway(loadFixture("bcp")), AS_OF.bcp);
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.preselected).toEqual([]);
    expect(listed.value.chartable).toContain("Percentage of re-referrals in 12 months");
    expect(listed.value.chartable).not.toContain(
      "Absence rate for CiC (for 12 months) - % sessions missed"
    );
  });

  it("gives the workbook's own sentence when it cannot be read", async () => {
    const gateway = fakeGateway(loadFixture("bcp"), {
      readError: {
        kind: "busy",
        message: "Excel is busy because a cell is being edited; finish editing, then try again.",
      },
    });
    expect(await listMeasures(gateway, AS_OF.bcp)).toEqual({
      ok: false,
      error: {
        kind: "busy",
        message: "Excel is busy because a cell is being edited; finish editing, then try again.",
      },
    });
  });
});

describe("generate", () => {
  it("writes the report sheet with the chosen period and measures, reading the workbook once", async () => {
    const gateway = fakeGateway(loadFixture("bcp"));
    const chartMeasures = [
      "Percentage of re-referrals in 12 months",
      "Percentage of permanent social workers",
    ];
    const made = await generate(gateway, { asOf: AS_OF.bcp, ...REQUEST, chartMeasures });
    if (!made.ok) throw new Error(made.error.message);
    expect(gateway.reads).toBe(1);
    expect(gateway.applied).toHaveLength(1);
    expect(new Set(gateway.applied[0].ops.map((op) => op.sheet))).toEqual(new Set([REPORT_SHEET]));
    expect(made.value.report.period).toBe("Improvement Board – test");
    expect(made.value.report.generatedAt).toBe("25 Nov 2026 09:14");
    expect(made.value.report.chartMeasures.map((series) => series.name)).toEqual(chartMeasures);
  });

  it("gives the same numbers as the app's own generateReport, with the plan's level words", async () => {
    const made = await generate(fakeGateway(loadFixture("bcp")), { asOf: AS_OF.bcp, ...REQUEST });
    const direct = await generateReport(fakeGateway(loadFixture("bcp")), {
      asOf: AS_OF.bcp,
      ...REQUEST,
    });
    const rated = await rateWorkbook(fakeGateway(loadFixture("bcp")), { asOf: AS_OF.bcp });
    if (!made.ok || !direct.ok || !rated.ok) throw new Error("the fixture could not be read");
    expect(made.value.report).toEqual(direct.value.report);
    expect(made.value.levels).toEqual(rated.value.levels);
    expect(made.value.levels.red.label).toBe("High risk");
    // BCP's own key (docs/SAMPLES.md#bcp): 2 of 38 High risk (5%).
    expect(made.value.report.recorded?.total).toBe(38);
    expect(made.value.report.recorded?.counts.red).toBe(2);
    expect(made.value.report.recorded?.percent.red).toBe(5);
  });

  it("passes on the progress of the write and what the host could not do", async () => {
    const steps: Array<[number, number]> = [];
    const gateway = fakeGateway(loadFixture("scorecard"), {
      duringApply: async (onProgress) => onProgress?.(3, 7),
      applyResult: {
        ok: true,
        value: {
          opsApplied: 7,
          syncs: 2,
          skipped: ["Chart alt text must be typed by hand in this version of Excel."],
        },
      },
    });
    const made = await generate(gateway, { asOf: AS_OF.scorecard, ...REQUEST }, (progress) => {
      if (progress.phase === "writing") steps.push([progress.done, progress.total]);
    });
    if (!made.ok) throw new Error(made.error.message);
    expect(steps).toEqual([[3, 7]]);
    expect(made.value.applied.skipped).toEqual([
      "Chart alt text must be typed by hand in this version of Excel.",
    ]);
  });

  it("gives the workbook's own sentence when the write fails, and nothing else", async () => {
    const error = {
      kind: "protected-sheet" as const,
      message: "The sheet 'Board report' is protected; unprotect it, then try again.",
    };
    const made = await generate(
      fakeGateway(loadFixture("bcp"), { applyResult: { ok: false, error } }),
      { asOf: AS_OF.bcp, ...REQUEST }
    );
    expect(made).toEqual({ ok: false, error });
  });
});
