/** @jest-environment node */
/* global Excel */
import { liveCheckMap, startLiveCheck, type LiveReport } from "../../src/app/live-check";
import type { ChangeWatch } from "../../src/core/gateway";
import type { CheckMap } from "../../src/core/live-check/check-map";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { installFakeExcel, type FakeExcel } from "./fake-excel";
import { loadFixture } from "../support/snapshot-builder";

const fakeFrom = (snapshot: WorkbookSnapshot, apiVersion = "1.17"): FakeExcel =>
  installFakeExcel(
    {
      name: snapshot.name,
      sheets: snapshot.sheets.map((sheet) => ({
        name: sheet.name,
        values: sheet.values,
        numberFormats: sheet.numberFormats,
        fills: sheet.fills,
        merges: sheet.merges,
      })),
    },
    { apiVersion, platform: "web" }
  );

const PLAN = "Focus on Practice";
const WRITES = /=$|^Range\.(clear|delete|insert)|setCellProperties|add$/;

describe("Live checking against the strict fake Excel", () => {
  let fake: FakeExcel;
  let map: CheckMap;
  let reports: LiveReport[];
  let watch: ChangeWatch | null;

  beforeEach(async () => {
    jest.useFakeTimers();
    fake = fakeFrom(loadFixture("gcc"));
    const mapped = await liveCheckMap(createExcelGateway());
    if (!mapped.ok) throw new Error(mapped.error.message);
    map = mapped.value;
    reports = [];
    const started = await startLiveCheck(createExcelGateway(), map, (report) =>
      reports.push(report)
    );
    if (!started.ok) throw new Error(started.error.message);
    watch = started.value;
    expect(fake.changeHandlerCount).toBe(1);
    fake.resetStats();
  });

  afterEach(async () => {
    await watch?.stop();
    jest.useRealTimers();
    fake.uninstall();
  });

  const settle = async () => {
    await jest.advanceTimersByTimeAsync(1000);
  };

  it("re-checks a typed timescale within a second, in the row's terms, with one read", async () => {
    await fake.paste(PLAN, "C507", [["end of Sept 2025"]]);
    expect(fake.stats.syncs).toBe(0);
    await settle();
    expect(fake.stats.syncs).toBe(1);
    expect(reports).toHaveLength(1);
    expect(reports[0].findings).toEqual([
      expect.objectContaining({
        address: "C507",
        ok: true,
        sentence: "Row 507: 'end of Sept 2025' is read as 30 Sep 2025",
        was: null,
      }),
    ]);
  });

  it("says what became wrong and then right again", async () => {
    await fake.paste(PLAN, "C507", [["end of Sept"]]);
    await settle();
    expect(reports[0].findings[0]).toMatchObject({
      ok: false,
      sentence: "Row 507: 'end of Sept' has no year, so it cannot be rated",
    });
    await fake.paste(PLAN, "C507", [["30/09/2025"]]);
    await settle();
    expect(reports[1].findings[0]).toMatchObject({
      ok: true,
      was: "wrong",
      sentence: "Row 507: '30/09/2025' is read as 30 Sep 2025",
    });
  });

  it("a paste of 500 rows is one event and one read, never a read per cell", async () => {
    const rows = Array.from({ length: 500 }, (_, i) => [i % 2 === 0 ? "March 2023" : "Sept"]);
    await fake.paste(PLAN, "C10", rows);
    await settle();
    expect(fake.stats.syncs).toBe(1);
    expect(fake.stats.perSync[0].calls.filter((call) => /getRange/.test(call))).toHaveLength(1);
    const findings = reports.flatMap((report) => report.findings);
    expect(findings.length).toBeGreaterThan(100);
    expect(findings.every((finding) => finding.address.startsWith("C"))).toBe(true);
    // Timescale cells say the date has no year; the Actual cells of the measures' grids in C say it is no number.
    const wrong = findings
      .filter((finding) => !finding.ok)
      .map((finding) => finding.sentence.replace(/^Row \d+: /, ""));
    expect(new Set(wrong)).toEqual(
      new Set([
        "'Sept' has no year, so it cannot be rated",
        "'Sept' is not a number, so the measure cannot be rated",
        "'March 2023' is not a number, so the measure cannot be rated",
      ])
    );
  });

  it("a burst of single-cell edits is one read", async () => {
    for (let row = 508; row < 528; row += 1) {
      await fake.paste(PLAN, `C${row}`, [["Dec 2025"]]);
      await jest.advanceTimersByTimeAsync(20);
    }
    await settle();
    expect(fake.stats.syncs).toBe(1);
  });

  it("reads nothing for changes outside the plan's checked cells", async () => {
    await fake.paste("Version control", "B5", [["a note"]]);
    await fake.paste(PLAN, "A1", [["A new title"]]);
    await settle();
    expect(fake.stats.syncs).toBe(0);
    expect(reports).toEqual([]);
  });

  it("never writes", async () => {
    await fake.paste(PLAN, "C10:C12".split(":")[0], [["Sept"], ["TBC"], ["Ongoing"]]);
    await settle();
    const calls = fake.stats.perSync.flatMap((sync) => sync.calls);
    expect(calls.filter((call) => WRITES.test(call))).toEqual([]);
  });

  it("does nothing after the pane closes: the handler is removed and a pending burst is dropped", async () => {
    await fake.paste(PLAN, "C507", [["Sept"]]);
    await watch!.stop();
    watch = null;
    expect(fake.changeHandlerCount).toBe(0);
    const syncsAfterStop = fake.stats.syncs;
    await settle();
    await fake.paste(PLAN, "C508", [["Sept"]]);
    await settle();
    expect(fake.stats.syncs).toBe(syncsAfterStop);
    expect(reports).toEqual([]);
  });

  it("does not hear changes while Excel's events are off (runtime.enableEvents)", async () => {
    await Excel.run(async (context) => {
      context.runtime.enableEvents = false;
      await context.sync();
    });
    fake.resetStats();
    await fake.paste(PLAN, "C507", [["Sept"]]);
    await settle();
    expect(fake.stats.syncs).toBe(0);
    expect(reports).toEqual([]);
  });
});

describe("Live checking where Excel has no change events", () => {
  it("says so in one sentence on ExcelApi 1.6 and registers nothing", async () => {
    const fake = fakeFrom(loadFixture("gcc"), "1.6");
    try {
      const started = await startLiveCheck(
        createExcelGateway(),
        {
          tables: [],
          datePolicy: {
            dayOrder: "dmy",
            seasons: "meteorological",
            byMonth: "end",
            financialYearStartMonth: 4,
          },
        },
        () => undefined
      );
      expect(!started.ok && started.error.message).toMatch(
        /cannot tell Plan Tracker when cells change/
      );
      expect(fake.changeHandlerCount).toBe(0);
    } finally {
      fake.uninstall();
    }
  });
});
