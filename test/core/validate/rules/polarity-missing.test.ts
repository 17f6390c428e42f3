/** @jest-environment node */
import { polarityMissing } from "../../../../src/core/validate/rules/polarity-missing";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { gccMeasureHeader, SCORECARD_MEASURES, THURROCK_INDICATORS } from "../council-sheets";

// docs/RATINGS.md#polarity, docs/RULES.md rule 56: no polarity, so no RAG (a "higher is better" default would rate turnover 25% vs 13% green).

describe("polarity-missing", () => {
  it("reports GCC measures with values, at the name cell when the grid has no Polarity column (000 L178)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        ["Metrics including saving / efficiency (if relevant)"],
        ...gccMeasureHeader(["March 22", "April"]),
        ["Turnover (overall)", 0.13, 0.25, 0.13, 0.249],
        ["Response time to issues raised via Service Now"],
        ["Percentage of Care leavers with PA allocated at 16 (in development)", null, 0.5],
      ],
      numberFormats: { B4: "0%", C4: "0%", D4: "0%", E4: "0.0%", C6: "0%" },
    });
    const issues = runRule(polarityMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A4"]);
    // The name says which way is better, so the measure is rated by a suggestion, and the team is asked to confirm it.
    expect(issues[0]).toMatchObject({
      code: "polarity-missing",
      severity: "info",
      field: "polarity",
      value: "Turnover (overall)",
    });
    expect(issues[0].message).toMatch(
      /^Polarity suggested for "Turnover \(overall\)": lower is better, suggested \(name says 'turnover'\)\. It is rated by this suggestion; confirm it/
    );
  });

  it("is an error where nothing suggests a polarity", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        ["Metrics including saving / efficiency (if relevant)"],
        ...gccMeasureHeader(["March 22", "April"]),
        ["%age of Neglect toolkit used at contact", null, 0.06, null, 0.07],
      ],
      numberFormats: { C4: "0%", E4: "0%" },
    });
    const issues = runRule(polarityMissing, snapshot);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      severity: "error",
      value: "%age of Neglect toolkit used at contact",
    });
    expect(issues[0].message).toMatch(
      /has no polarity, so Plan Tracker cannot tell whether a higher value is better and does not rate it\. Set its polarity/
    );
  });

  it("reports Thurrock's blank Polarity cells, leaving a polarity cell with other words to type-error (004 L149)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        THURROCK_INDICATORS,
        [
          "P1",
          "Social Work teams vacancies/ agency staff",
          "Asked John Cooke",
          null,
          null,
          null,
          10,
          null,
          null,
          null,
          null,
          "Asked John Cooke",
          10,
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
      ],
    });
    const issues = runRule(polarityMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!C3"]);
    expect(issues[0].value).toBeNull();
  });

  it("reports nothing when the scorecard states each measure's polarity (001 L6354)", () => {
    const snapshot = snapshotOf({
      name: "Scorecard",
      rows: [
        SCORECARD_MEASURES,
        [
          "% of audits judged as good or better",
          "Bigger is Better",
          "Latest Quarter",
          0.44,
          0.38,
          0.31,
          0.37,
          0.4,
          0.5,
          null,
          "n/a",
        ],
        [
          "% of referrals to Social Care that are rereferrals within 12 months",
          "Smaller is Better",
          "Latest Quarter",
          0.239,
          0.244,
          0.235,
          0.255,
          0.245,
          0.215,
          null,
          0.213,
        ],
      ],
    });
    expect(runRule(polarityMissing, snapshot)).toEqual([]);
  });
});
