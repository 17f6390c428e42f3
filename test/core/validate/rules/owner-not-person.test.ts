/** @jest-environment node */
import { ownerNotPerson } from "../../../../src/core/validate/rules/owner-not-person";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 22: a role, group or system is not a person who can be held to account.

const gcc = (owners: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("1.4", "Care Leavers", "Mark Bone"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...owners.map((owner, i) => [
        `Care leavers action ${i + 1}: launch of Instagram to communicate with children in care`,
        owner,
        "End of May 2022",
      ]),
    ],
  });

describe("owner-not-person", () => {
  it("reports groups, roles and the case system, naming them", () => {
    const issues = runRule(
      ownerNotPerson,
      gcc([
        "Ambassadors",
        "Mark Bone",
        "Ann James / SWFPG",
        "LL / Andy Dowden",
        "PSW / Rob England / Tammy Wheatley",
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!B4",
      "Focus on Practice!B6",
      "Focus on Practice!B7",
      "Focus on Practice!B8",
    ]);
    expect(issues[0]).toMatchObject({
      code: "owner-not-person",
      severity: "info",
      field: "owner",
      value: "Ambassadors",
    });
    expect(issues[0].message).toBe(
      'The action in row 4 is owned by "Ambassadors", which is a group, role or system rather than a person. Add the named person who answers for it.'
    );
    expect(issues.slice(1).map((i) => /owned by "([^"]+)"/.exec(i.message)?.[1])).toEqual([
      "SWFPG",
      "LL",
      "PSW",
    ]);
  });

  it("reports nothing when every owner is a named person, bracketed notes included", () => {
    expect(
      runRule(
        ownerNotPerson,
        gcc([
          "Mark Bone",
          "Wendy Williams",
          "Claire Connolly (MASH and C-SPA subgroup)",
          "Sue Hall/Mark Bone",
        ])
      )
    ).toEqual([]);
  });
});
