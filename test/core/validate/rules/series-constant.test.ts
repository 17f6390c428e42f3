/** @jest-environment node */
import { seriesConstant } from "../../../../src/core/validate/rules/series-constant";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 58: the same value in every period (215.5 six times, 004 L220).

const indicators = (
  rows: (string | number | null)[][],
  numberFormats: Record<string, string> = {}
) => snapshotOf({ name: "Development Plan", rows: [THURROCK_INDICATORS, ...rows], numberFormats });

describe("series-constant", () => {
  it("reports 215.5 in all six months at the last value, not a series that moves", () => {
    const issues = runRule(
      seriesConstant,
      indicators([
        [
          "P4",
          "Timescale child entering care placement with adopters Days",
          null,
          null,
          null,
          215.5,
          215.5,
          215.5,
          215.5,
          215.5,
          215.5,
          "ALB",
          0,
          null,
        ],
        [
          "P7",
          "Care Leavers in EET %",
          null,
          null,
          null,
          73.2,
          69.6,
          67.7,
          67.4,
          67.3,
          67.1,
          null,
          0,
          null,
        ],
      ])
    );
    expect(cellsOf(issues)).toEqual(["Development Plan!K2"]);
    expect(issues[0]).toMatchObject({
      code: "series-constant",
      severity: "info",
      field: "period",
      value: 215.5,
    });
    expect(issues[0].message).toBe(
      '"Timescale child entering care placement with adopters Days" shows 215.5 in all 6 periods; check the figures were not copied across.'
    );
  });

  it("shows a constant percentage with its sign (100% every month, 004 L219)", () => {
    const issues = runRule(
      seriesConstant,
      indicators(
        [
          [
            "P4",
            "Children seen within 4 weeks for adoption support %",
            null,
            null,
            null,
            1,
            1,
            1,
            1,
            1,
            1,
            "Do not record",
            0,
            null,
          ],
        ],
        { F2: "0%", G2: "0%", H2: "0%", I2: "0%", J2: "0%", K2: "0%" }
      )
    );
    expect(cellsOf(issues)).toEqual(["Development Plan!K2"]);
    expect(issues[0].message).toContain("shows 100% in all 6 periods");
  });

  it("does not report three equal values: too few to be more than chance", () => {
    expect(
      runRule(
        seriesConstant,
        indicators([
          [
            "P2",
            "Number of CAFs completed by HVs",
            null,
            null,
            null,
            null,
            null,
            null,
            4,
            4,
            4,
            null,
            0,
            null,
          ],
        ])
      )
    ).toEqual([]);
  });
});
