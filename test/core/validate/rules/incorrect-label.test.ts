/** @jest-environment node */
import { incorrectLabel } from "../../../../src/core/validate/rules/incorrect-label";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { gccWorkstream, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 2: a variant header, still matched; the rarer wording is reported.

const row = (measure: string) => [
  null,
  null,
  null,
  measure,
  "Janet Simon",
  null,
  "Apr-18",
  2,
  3,
  0,
  0,
  "Tracked monthly",
];

describe("incorrect-label", () => {
  it("reports P1's 'RAG initial' (004 L152) where the other priorities write 'RAG Initial' (L175, L192)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        row("Senior Management structure established"),
        [],
        thurrockActions(2),
        row("Early help assessments are timely"),
        [],
        thurrockActions(3),
        row("Plans graded good at audit"),
      ],
    });
    const issues = runRule(incorrectLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!H1"]);
    expect(issues[0]).toMatchObject({
      code: "incorrect-label",
      severity: "info",
      field: null,
      value: "RAG initial",
    });
    expect(issues[0].message).toBe(
      'The heading "RAG initial" is written "RAG Initial" elsewhere in this workbook; both are understood. Use one spelling.'
    );
  });

  it("reports GCC's 'Rational' block label (000 L141) and not 'Rationale' (001 L3700)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        [
          "Rational",
          "Ofsted found that the workforce was unstable, with high turnover and reliance on agency staff.",
        ],
        [],
        gccWorkstream("2.3", "ICT", "Andy Dempsey"),
        ["Rationale", "Practitioners reported that LL was slow and hard to use."],
      ],
    });
    const issues = runRule(incorrectLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A2"]);
    expect(issues[0].message).toBe(
      'The label "Rational" is read as "Rationale". Correct the spelling.'
    );
  });

  it("reports nothing when every table spells its headings the same way", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(2),
        row("Early help assessments are timely"),
        [],
        thurrockActions(3),
        row("Plans graded good at audit"),
      ],
    });
    expect(runRule(incorrectLabel, snapshot)).toEqual([]);
  });
});
