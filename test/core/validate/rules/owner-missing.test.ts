/** @jest-environment node */
import { ownerMissing } from "../../../../src/core/validate/rules/owner-missing";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 20: every action needs someone accountable, and so does every workstream.

describe("owner-missing", () => {
  it("reports GCC 3.5's empty 'Lead:' (000 L710) and an action with no owner", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.5", "Family resilience", ""),
        ["Key Actions, Owners and Timescale"],
        GCC_ACTIONS,
        [
          "Families in Care pilot - Research phase: baseline data, LA lessons learnt",
          "Julie Miles",
          "May to Sept 2022",
        ],
        ["Families in Care pilot - Delivery phase", null, "Autumn 2022"],
      ],
    });
    const issues = runRule(ownerMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!B5", "Focus on Practice!E1"]);
    expect(issues[0]).toMatchObject({
      code: "owner-missing",
      severity: "error",
      field: "owner",
      value: null,
    });
    expect(issues[1]).toMatchObject({ code: "owner-missing", severity: "error", field: "owner" });
    expect(issues[0].message).toBe(
      "The action in row 5 has no owner. Enter the one person accountable for it."
    );
    expect(issues[1]).toMatchObject({ value: "Lead:" });
    expect(issues[1].message).toBe(
      'Workstream 3.5 Family resilience has no lead after "Lead:". Name the person who leads it.'
    );
  });

  it("reports Thurrock success-measure rows with neither Lead nor Responsible Officer (004 L158)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        [
          null,
          null,
          "Implement a workforce strategy with a focus on sustaining the recruitment and retention of social workers",
          "Strategy in Place to sustain recruitment and retention.",
          "S Murphy",
          "Janet D",
          "Jan-18",
          2,
          4,
          0,
          0,
          "Recruitment + Retention Strategy in place",
        ],
        [
          null,
          null,
          "Complete a knowledge and skills audit of the workforce",
          "PDR exercise 2018 will capture skills audit.",
          null,
          null,
          "May-18",
          2,
          4,
          0,
          0,
          "Required competence levels identified.",
        ],
      ],
    });
    const issues = runRule(ownerMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!E3"]);
  });

  it("accepts a Responsible Officer when the Lead cell is empty: someone is accountable", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        [
          null,
          null,
          "Improve the quality, frequency and recording of professional supervision",
          "Supervision Policy, Supervision Record and Supervision Audit tool in place",
          null,
          "Neale Laurie",
          "Sep-18",
          2,
          2,
          0,
          0,
          "Supervision Policy in place",
        ],
      ],
    });
    expect(runRule(ownerMissing, snapshot)).toEqual([]);
  });

  it("reports nothing when every workstream has a lead and every action an owner", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        GCC_ACTIONS,
        [
          "Arrange weekly meet with the Director meeting for staff",
          "Ann James",
          "From 1 st May 2022",
        ],
        [
          "Analyse current quality and performance, setting targets for future",
          "Claire Connolly (MASH and C-SPA subgroup)",
          "By July 2022",
        ],
      ],
    });
    expect(runRule(ownerMissing, snapshot)).toEqual([]);
  });
});
