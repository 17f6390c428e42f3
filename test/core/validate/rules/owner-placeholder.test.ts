/** @jest-environment node */
import { ownerPlaceholder } from "../../../../src/core/validate/rules/owner-placeholder";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 24: TBC, an unfilled post or a doubtful owner.

const gcc = (owners: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("2.3", "ICT", "Andy Dempsey"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...owners.map((owner, i) => [
        `ICT action ${i + 1}: explore options for LL hosting`,
        owner,
        "May 2022 to September 2022",
      ]),
    ],
  });

describe("owner-placeholder", () => {
  it("reports 'ICT Rep TBC' (000 L441), 'Project Manager' (L723) and 'Farmer, Siobhan ?' (001 L6997)", () => {
    const issues = runRule(
      ownerPlaceholder,
      gcc([
        "Andy Dempsey/ICT Rep TBC",
        "Chris Spencer",
        "Julie Miles and Project Manager",
        "Farmer, Siobhan ?",
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!B4",
      "Focus on Practice!B6",
      "Focus on Practice!B7",
    ]);
    expect(issues[0]).toMatchObject({
      code: "owner-placeholder",
      severity: "warning",
      field: "owner",
    });
    expect(issues[0].message).toBe(
      'The action in row 4 has an owner still to be confirmed ("ICT Rep TBC"). Confirm who owns it.'
    );
    expect(issues[1].message).toContain('("Project Manager")');
  });

  it("reports nothing when every owner is confirmed", () => {
    expect(
      runRule(
        ownerPlaceholder,
        gcc(["Andy Dempsey", "Chris Spencer & Mandy Quayle", "LL / Andy Dowden"])
      )
    ).toEqual([]);
  });

  it("reports nothing on a post named on its own as the owner (docs/HISTORY.md#issue-11: 'Project Manager' is a role, not TBC)", () => {
    expect(runRule(ownerPlaceholder, gcc(["Project Manager", "Programme Manager"]))).toEqual([]);
  });
});
