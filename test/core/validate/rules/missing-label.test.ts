/** @jest-environment node */
import { missingLabel } from "../../../../src/core/validate/rules/missing-label";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 1: a required header or label is absent.

/** A GCC status block (000 L143–147): the Actions status legend, and the Impact Status one beside it unless left out. */
const statusBlock = (withImpact: boolean) => [
  [
    "Comment about overall status",
    null,
    null,
    null,
    "Actions status",
    null,
    ...(withImpact ? ["Impact Status"] : []),
  ],
  [null, null, null, null, "■ On target", "X", ...(withImpact ? ["■ On target", null] : [])],
  [null, null, null, null, "◆ At risk", null, ...(withImpact ? ["◆ At risk", "X"] : [])],
  [null, null, null, null, "▲ Compromised", null, ...(withImpact ? ["▲ Compromised", null] : [])],
  [null, null, null, null, "● Completed", null, ...(withImpact ? ["● Completed", null] : [])],
];

describe("missing-label", () => {
  it("reports workstream 2.5's missing Impact Status legend (000 L522) at its Actions status heading", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("2.4", "Neglect", "Kanchan Jadeja"),
        ...statusBlock(true),
        [],
        gccWorkstream("2.5", "Extra familial harm", "Claire Connolly"),
        ...statusBlock(false),
      ],
    });
    const issues = runRule(missingLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!E9"]);
    expect(issues[0]).toMatchObject({
      code: "missing-label",
      severity: "error",
      field: "status",
      value: "Actions status",
    });
    expect(issues[0].message).toBe(
      'Workstream 2.5 Extra familial harm has an "Actions status" legend but no "Impact Status" legend, so its impact cannot be rated. Add the Impact Status block beside it.'
    );
  });

  it("reports an action table with no Timescale column, at its first heading", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.2", "NEET", "Sarah Poultney"),
        ["Key Actions", "Owners"],
        ["Improve joint working with Prospects", "Sarah Poultney / Viki Walters"],
      ],
    });
    const issues = runRule(missingLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A2"]);
    expect(issues[0]).toMatchObject({ field: null, value: "Key Actions" });
    expect(issues[0].message).toBe(
      'The actions table headed in row 2 has no Timescale or Deadline column, so its actions cannot be dated or rated. Add the column with a heading such as "Timescale".'
    );
  });

  it("reports an action table with no owner column", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.2", "NEET", "Sarah Poultney"),
        ["Key Actions", "Timescale"],
        ["Improve joint working with Prospects", "By September 2022"],
      ],
    });
    const issues = runRule(missingLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A2"]);
    expect(issues[0].message).toMatch(
      /^The actions table headed in row 2 has no Owner or Lead column, so its actions cannot be assigned\./
    );
  });

  it("reports nothing when actions have owners and timescales and both legends are there", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("2.4", "Neglect", "Kanchan Jadeja"),
        ...statusBlock(true),
        GCC_ACTIONS,
        [
          "Work with GCSP partners to review our understanding of and approach to neglect",
          "Kanchan Jadeja and GSCP / Dave Jones",
          "Summer 2022",
        ],
      ],
    });
    expect(runRule(missingLabel, snapshot)).toEqual([]);
  });

  it("accepts Thurrock's Responsible Officer column in place of an owner column", () => {
    const header = thurrockActions(1).map((h) => (h === "Lead" ? "Notes" : h));
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        header,
        [
          null,
          null,
          "Create clear management structure",
          "Senior Management structure established",
          null,
          "Joe Tynan",
          "Jan-18",
          4,
          4,
          0,
          0,
          "Costed structure in place.",
        ],
      ],
    });
    expect(runRule(missingLabel, snapshot)).toEqual([]);
  });
});
