/** @jest-environment node */
import { percentFormat } from "../../../../src/core/validate/rules/percent-format";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { gccMeasureHeader, THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 49: a warning only when one series mixes percentages and plain numbers.

describe("percent-format", () => {
  it("reports the odd one out in a series: a plain 88.8 among Thurrock percentages", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        THURROCK_INDICATORS,
        [
          "P2",
          "% children seen within 15 days of referral",
          null,
          null,
          null,
          null,
          0.933,
          0.971,
          0.925,
          88.8,
          0.967,
          null,
          0,
          null,
        ],
      ],
      numberFormats: { G2: "0.0%", H2: "0.0%", I2: "0.0%", K2: "0.0%" },
    });
    const issues = runRule(percentFormat, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!J2"]);
    expect(issues[0]).toMatchObject({
      code: "percent-format",
      severity: "warning",
      field: "period",
      value: 88.8,
    });
    expect(issues[0].message).toBe(
      '"% children seen within 15 days of referral" mixes percentages and plain numbers; J2 is a plain number unlike the rest of the series. Write every value the same way (e.g. all as 85%).'
    );
  });

  it("reports nothing when one row is all plain numbers and the next all percentages (004 L188 vs L168)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        THURROCK_INDICATORS,
        [
          "P2",
          "Of cases closed % where outcomes met",
          null,
          null,
          null,
          0.997,
          0.971,
          0.995,
          1,
          1,
          1,
          null,
          0,
          null,
        ],
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
      ],
      numberFormats: { F2: "0.0%", G2: "0.0%", H2: "0.0%", I2: "0.0%", J2: "0.0%", K2: "0.0%" },
    });
    expect(runRule(percentFormat, snapshot)).toEqual([]);
  });

  it("accepts the three percent spellings of one GCC series as one scale: 90% (a % number format), '81.6 %' and '78.8 %' (000 L226)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        ...gccMeasureHeader(["March 22", "April"]),
        ["% of Single Assessments completed within 45 w.days", 0.9, "81.6 %", 0.9, "78.8 %"],
      ],
      numberFormats: { B3: "0%", D3: "0%" },
    });
    expect(runRule(percentFormat, snapshot)).toEqual([]);
  });
});
