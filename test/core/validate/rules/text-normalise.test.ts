/** @jest-environment node */
import { textNormalise } from "../../../../src/core/validate/rules/text-normalise";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream, SCORECARD_MEASURES } from "../council-sheets";

// docs/RULES.md rule 19: NBSP, split ordinals and spaced years, tidied on reading (auto-fix, info).

describe("text-normalise", () => {
  it("reports 'From 1 st May 2022' (000 L162) and a spaced year (000 L7), showing the tidied text", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        GCC_ACTIONS,
        [
          "Plan signed off by SWFPG (Strategic Workforce group) and subsequently reviewed at each meeting",
          "Ann James / SWFPG",
          "By June 2022",
        ],
        [
          "Arrange weekly meet with the Director meeting for staff",
          "Ann James",
          "From 1 st May 2022",
        ],
        ["Workforce strategy agreed at the 18 March 2 0 2 2 board", "Ann James", "April 2022"],
      ],
    });
    const issues = runRule(textNormalise, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!C4", "Focus on Practice!A5"]);
    expect(issues[0]).toMatchObject({
      code: "text-normalise",
      severity: "info",
      field: "due",
      value: "From 1 st May 2022",
    });
    expect(issues[0].message).toBe(
      'Cell C4 is read as "From 1st May 2022" after tidying spacing. Retype it that way to keep the workbook clean.'
    );
    expect(issues[1].message).toContain("18 March 2022 board");
  });

  it("reports the non-breaking spaces of the scorecard names (001 L6354)", () => {
    const snapshot = snapshotOf({
      name: "Scorecard",
      rows: [
        SCORECARD_MEASURES,
        [
          "%\u00a0of audits judged as good or better",
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
      ],
    });
    const issues = runRule(textNormalise, snapshot);
    expect(cellsOf(issues)).toEqual(["Scorecard!A2"]);
    expect(issues[0].message).toContain('"% of audits judged as good or better"');
  });

  it("reports nothing on clean text, nor on plain trailing spaces", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        GCC_ACTIONS,
        [
          "Arrange weekly meet with the Director meeting for staff ",
          "Ann James",
          "From 1st May 2022",
        ],
      ],
    });
    expect(runRule(textNormalise, snapshot)).toEqual([]);
  });
});
