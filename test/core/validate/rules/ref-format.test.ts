/** @jest-environment node */
import { refFormat } from "../../../../src/core/validate/rules/ref-format";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS } from "../council-sheets";

// docs/RULES.md rule 11: a Ref that fails the pattern ^\d+(\.\d+)*$.

describe("ref-format", () => {
  it("reports the caseload table pasted into the Ref column (003 L99–107) and a malformed number", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        ["1.14", "Improve the quality of strategy discussions", "Juliette Blake", "31/12/22"],
        ["1.15", "Improve the timeliness of assessments", "Juliette Blake", "31/12/22"],
        [
          "1.16",
          "Strengthen the front door (MASH) threshold decisions",
          "Juliette Blake",
          "31/3/23",
        ],
        [
          "1.17",
          "Continue to improve oversight of PLO and care proceedings and evidence impact",
          "Sara Scholey",
          "31/8/22",
        ],
        [
          "1.18",
          "Reduce caseloads so social workers have time to know their children",
          "Sara Scholey Juliette Blake Rachel Gravett",
          "31/3/23",
        ],
        [
          "Caseloads",
          "Average Caseload strategy May 2022",
          "Range MARCH 2022",
          "Range SEPT 2022 FOR TEAM",
        ],
        ["Assessment", 22, "20-25", "25-44"],
        ["CHAD", 22, "15 Ave", "10-23 (1 at 30)"],
        ["1.19.", "Embed the practice standards in supervision", "Juliette Blake", "31/3/23"],
        ["1.20", "Audit supervision records quarterly", "Juliette Blake", "31/3/23"],
      ],
    });
    const issues = runRule(refFormat, snapshot);
    expect(cellsOf(issues)).toEqual([
      "Improvement Plan!A7",
      "Improvement Plan!A8",
      "Improvement Plan!A9",
      "Improvement Plan!A10",
    ]);
    expect(issues.map((i) => i.value)).toEqual(["Caseloads", "Assessment", "CHAD", "1.19."]);
    expect(issues[0]).toMatchObject({ code: "ref-format", severity: "error", field: "ref" });
    expect(issues[0].message).toBe(
      'The Ref "Caseloads" in row 7 is not an action number like "2.4"; it may be part of a table pasted into the plan. Give the action a number or move the text out of the Ref column.'
    );
  });

  it("reports nothing when every Ref is a number such as 1.9 or 1.11", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "1.9",
          "Improve the timeliness of initial child protection conferences",
          "Juliette Blake",
          "31/12/22",
        ],
        ["1.11", "Strengthen the quality of child protection plans", "Juliette Blake", "31/3/23"],
        ["3", "Leadership and management", "Rachel Gravett", "31/3/23"],
      ],
    });
    expect(runRule(refFormat, snapshot)).toEqual([]);
  });

  it("does not impose numbers on a plan whose Refs are all codes (a word is the fault only among numbers)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        ["WF1", "Recruit and retain permanent social workers", "Rachel Gravett", "31/3/23"],
        ["WF2", "Reduce agency use below 20%", "Rachel Gravett", "31/3/23"],
      ],
    });
    expect(runRule(refFormat, snapshot)).toEqual([]);
  });
});
