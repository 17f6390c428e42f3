/** @jest-environment node */
import { DEFAULT_DETECT_OPTIONS, detectPlan } from "../../../../src/core/parse/detect-plan";
import { typeError } from "../../../../src/core/validate/rules/type-error";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_KPIS, SCORECARD_MEASURES, THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 48: text in a numeric cell. Null tokens (blank, "-", "n/a") are not errors.

describe("type-error", () => {
  it("reports 'Autumn term' in BCP's month columns (003 L123) but not '-' or 'n/a'", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_KPIS,
        [
          "Absence rate for CiC (for 12 months) - % sessions missed",
          "Autumn term",
          null,
          null,
          null,
          null,
          "Summer term",
          "-",
          "-",
        ],
        ["Number of Practice Learning Reviews completed", "n/a", 67, 48, 47, 53, 46, "-", "-"],
      ],
    });
    const issues = runRule(typeError, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!B2", "Improvement Plan!G2"]);
    expect(issues[0]).toMatchObject({
      code: "type-error",
      severity: "error",
      field: "period",
      value: "Autumn term",
    });
    expect(issues[0].message).toBe(
      '"Absence rate for CiC (for 12 months) - % sessions missed" has "Autumn term" for Jun 22, which is not a number, so that value cannot be rated or charted. Enter the number alone and put any note in the Comments column.'
    );
  });

  it("reads the council's own no-value words (a mapping's missingValues) as no value, beside '-' and 'n/a'", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_KPIS,
        [
          "Number of Practice Learning Reviews completed",
          "TBC",
          67,
          "Awaited",
          47,
          "n/a",
          46,
          "-",
          "Autumn term",
        ],
      ],
    });
    expect(cellsOf(runRule(typeError, snapshot))).toEqual([
      "Improvement Plan!B2",
      "Improvement Plan!D2",
      "Improvement Plan!I2",
    ]);
    const model = detectPlan(snapshot, {
      ...DEFAULT_DETECT_OPTIONS,
      missingValues: ["tbc", " awaited "],
    });
    expect(cellsOf(typeError.check({ snapshot, model }))).toEqual(["Improvement Plan!I2"]);
    expect(model.measures[0].periods.map((p) => p.actual?.value ?? null).slice(0, 6)).toEqual([
      null,
      67,
      null,
      47,
      null,
      46,
    ]);
  });

  it("reads BCP's 'Q1 4.2%' as 4.2 for Q1, not as text (003 L124)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_KPIS,
        [
          "Percentage leaving care with SGO",
          null,
          "Q1 4.2%",
          null,
          "Q2 12.3%",
          null,
          "Q3 4.5%",
          0.13,
          0.13,
        ],
      ],
      numberFormats: { H2: "0%", I2: "0%" },
    });
    expect(runRule(typeError, snapshot)).toEqual([]);
  });

  it("reports the scorecard's '?' comparator (001 L6449) and Thurrock's 'Asked John Cooke' polarity (004 L149)", () => {
    const scorecard = snapshotOf({
      name: "Scorecard",
      rows: [
        SCORECARD_MEASURES,
        [
          "% Children in Care persistently absent",
          "Smaller is Better",
          "Snapshot",
          0.22,
          0.184,
          0.225,
          0.239,
          0.245,
          0.05,
          null,
          "?",
        ],
      ],
    });
    const comparator = runRule(typeError, scorecard);
    expect(cellsOf(comparator)).toEqual(["Scorecard!K2"]);
    expect(comparator[0]).toMatchObject({ field: "comparator", value: "?" });
    expect(comparator[0].message).toContain(
      'has "?" as its Comparator Group value, which is not a number'
    );

    const thurrock = snapshotOf({
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
      ],
    });
    const polarity = runRule(typeError, thurrock);
    expect(cellsOf(polarity)).toEqual(["Development Plan!C2"]);
    expect(polarity[0]).toMatchObject({ field: "polarity", value: "Asked John Cooke" });
    expect(polarity[0].message).toContain(
      'Write "Bigger is Better", "Smaller is Better" or "Plan is best"'
    );
  });

  it("reports nothing on numbers, percentages and null tokens", () => {
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
          "Days lost to sickness/absence per FTE Childrens",
          "Smaller is Better",
          "Year to Date",
          2.1,
          1.9,
          "-",
          1.7,
          1.61,
          2.1,
          null,
          null,
        ],
      ],
    });
    expect(runRule(typeError, snapshot)).toEqual([]);
  });
});
