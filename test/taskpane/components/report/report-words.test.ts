/** @jest-environment node */
import {
  dataQualityLine,
  defaultReportPeriod,
  generatedAtText,
  measuresLine,
  previousMeasuresLine,
  shareText,
} from "../../../../src/taskpane/components/report/report-words";

describe("defaultReportPeriod", () => {
  it.each([
    ["2022-10-15", "Improvement Board – October 2022"],
    ["2022-07-28", "Improvement Board – July 2022"],
    ["2023-01-01", "Improvement Board – January 2023"],
    ["2024-12-31", "Improvement Board – December 2024"],
  ])("%s → %s", (asOf, expected) => {
    expect(defaultReportPeriod(asOf)).toBe(expected);
  });
});

describe("generatedAtText", () => {
  it.each([
    [new Date(2026, 10, 25, 9, 14), "25 Nov 2026 09:14"],
    [new Date(2023, 0, 5, 0, 7), "5 Jan 2023 00:07"],
    [new Date(2022, 11, 31, 23, 59), "31 Dec 2022 23:59"],
  ])("%s → %s, on the person's own clock", (now, expected) => {
    expect(generatedAtText(now)).toBe(expected);
  });
});

describe("measures at or within tolerance of target", () => {
  it.each([
    [{ count: 5, of: 17, percent: 29.4 }, "Jun 22", "5 of 17 (29.4%) in Jun 22"],
    [{ count: 3, of: 10, percent: 30 }, null, "3 of 10 (30.0%)"],
    [{ count: 1, of: 3, percent: 33.3 }, "Q1 2022/23", "1 of 3 (33.3%) in Q1 2022/23"],
    [{ count: 0, of: 4, percent: 0 }, "May 22", "0 of 4 (0.0%) in May 22"],
  ])(
    "%j in %s → %s (one decimal, as the committee pack prints 29.4%%)",
    (share, period, expected) => {
      expect(shareText(share, period)).toBe(expected);
    }
  );

  it("says the current share as the sheet's headline does", () => {
    expect(measuresLine({ count: 5, of: 17, percent: 29.4 }, "Jun 22")).toBe(
      "Measures at or better than target, or within tolerance: 5 of 17 (29.4%) in Jun 22."
    );
    expect(previousMeasuresLine({ count: 4, of: 16, percent: 25 }, "May 22")).toBe(
      "The same in the previous period: 4 of 16 (25.0%) in May 22."
    );
  });

  it("says none could be rated, and why, rather than 0 of 0", () => {
    const line = measuresLine({ count: 0, of: 0, percent: null }, null);
    expect(line).toMatch(
      /^Measures at or better than target, or within tolerance: none could be rated, because /
    );
    expect(line).not.toMatch(/0 of 0/);
  });
});

describe("dataQualityLine", () => {
  it.each([
    [
      { error: 47, warning: 116, info: 10 },
      "Data quality: 47 errors, 116 warnings and 10 notes were found in the workbook; items with errors are not rated.",
    ],
    [
      { error: 1, warning: 1, info: 1 },
      "Data quality: 1 error, 1 warning and 1 note were found in the workbook; items with errors are not rated.",
    ],
    [
      { error: 0, warning: 2, info: 0 },
      "Data quality: 0 errors, 2 warnings and 0 notes were found in the workbook.",
    ],
    [{ error: 0, warning: 0, info: 0 }, "Data quality: no problems were found in the workbook."],
  ])("%j → %s", (summary, expected) => {
    expect(dataQualityLine(summary)).toBe(expected);
  });
});
