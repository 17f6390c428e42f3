/** @jest-environment node */
import { ownerMultiple } from "../../../../src/core/validate/rules/owner-multiple";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 21: one accountable owner is required. Separators: "/", " & ", " and ", none, HTML.

const gcc = (owners: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("2.2", "Strategy Meetings", "Karen Goulding"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...owners.map((owner, i) => [
        `Strategy meetings action ${i + 1}: establish multi-agency task and finish group`,
        owner,
        "By June 2022",
      ]),
    ],
  });

describe("owner-multiple", () => {
  it("reports each separator the seeds use, and no single owner", () => {
    const issues = runRule(
      ownerMultiple,
      gcc([
        "Karen Goulding / Ann James / Julie Miles / Claire Connolly", // 000 L414
        "Kelly Headley",
        "Chris Spencer & Mandy Quayle", // L458
        "Julie Miles and Project Manager", // L723
        "Kanchan Jadeja and GSCP / Dave Jones", // L503, mixed
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!B4",
      "Focus on Practice!B6",
      "Focus on Practice!B7",
      "Focus on Practice!B8",
    ]);
    expect(issues[0]).toMatchObject({
      code: "owner-multiple",
      severity: "warning",
      field: "owner",
    });
    expect(issues[0].message).toBe(
      "The action in row 4 names 4 owners (Karen Goulding; Ann James; Julie Miles; Claire Connolly). Name one accountable owner and list the others as contributors."
    );
    expect(issues[3].message).toContain("3 owners (Kanchan Jadeja; GSCP; Dave Jones)");
  });

  it("splits BCP's undelimited names and <p> blocks (003 L85, L98)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        ["1.1", "Strengthen the Early Help offer", "Juliette Blake Sarah Rempel", "30/04/23"],
        [
          "1.4",
          "Improve assessment and support to unborn and new-born children.",
          "Juliette Blake",
          "30/9/22",
        ],
        [
          "1.7",
          "Improve knowledge, skills, and confidence of risks to children from DA",
          "<p>Juliette Blake</p> <p>Rachel Gravett</p>",
          "31/5/23",
        ],
      ],
    });
    const issues = runRule(ownerMultiple, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!C2", "Improvement Plan!C4"]);
    expect(issues[1].message).toContain("(Juliette Blake; Rachel Gravett)");
  });

  it("never splits inside brackets: 'Claire Connolly (MASH and C-SPA subgroup)' is one owner (000 L415)", () => {
    expect(
      runRule(
        ownerMultiple,
        gcc(["Claire Connolly (MASH and C-SPA subgroup)", "Karen Goulding", "Kelly Headley"])
      )
    ).toEqual([]);
  });

  it("reports nothing on one post named with its area or its holder (docs/HISTORY.md#issue-11: 'Service Manager, Front Door')", () => {
    const issues = runRule(
      ownerMultiple,
      gcc([
        "Service Manager, Front Door",
        "Assistant Director, Safeguarding",
        "Workforce Lead / Sarah Okafor",
        "Service Manager, Front Door / Tom Hughes",
      ])
    );
    expect(issues).toEqual([]);
  });
});
