/** @jest-environment node */
import { ytdMismatch } from "../../../../src/core/validate/rules/ytd-mismatch";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 52: a stored YTD that agrees with none of sum, mean or latest of the months.

const indicators = (
  rows: (string | number | null)[][],
  numberFormats: Record<string, string> = {}
) => snapshotOf({ name: "Development Plan", rows: [THURROCK_INDICATORS, ...rows], numberFormats });

describe("ytd-mismatch", () => {
  it("reports YTD 0 beside six monthly values (004 L188, L220)", () => {
    const issues = runRule(
      ytdMismatch,
      indicators([
        [
          "P3",
          "% Assessments in 45 days",
          null,
          null,
          null,
          94.6,
          92.9,
          88.8,
          94.5,
          89.8,
          98.1,
          null,
          0,
          null,
        ],
        [
          "P2",
          "Number of CAFs completed by HVs",
          null,
          null,
          null,
          2,
          7,
          5,
          4,
          6,
          4,
          null,
          28,
          null,
        ],
      ])
    );
    expect(cellsOf(issues)).toEqual(["Development Plan!M2"]);
    expect(issues[0]).toMatchObject({
      code: "ytd-mismatch",
      severity: "error",
      field: "ytd",
      value: 0,
    });
    expect(issues[0].message).toBe(
      'The year-to-date figure for "% Assessments in 45 days" is 0, which matches neither the total (558.7), the average nor the latest of its 6 monthly values. Recalculate it or clear it.'
    );
  });

  it.each([
    ["the sum, for counts", 28],
    ["the mean, for rates", 4.67],
    ["the latest value", 4],
  ])("accepts a YTD equal to %s", (_, ytd) => {
    expect(
      runRule(
        ytdMismatch,
        indicators([
          [
            "P2",
            "Number of CAFs completed by HVs",
            null,
            null,
            null,
            2,
            7,
            5,
            4,
            6,
            4,
            null,
            ytd,
            null,
          ],
        ])
      )
    ).toEqual([]);
  });

  it("says nothing of a YTD 0 on a measure with no monthly values (the empty P8 rows, 004 L321)", () => {
    expect(
      runRule(
        ytdMismatch,
        indicators([
          [
            "P3",
            "CP visits completed in timescale %",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "data on LCS being cleansed",
            0,
            null,
          ],
        ])
      )
    ).toEqual([]);
  });
});
