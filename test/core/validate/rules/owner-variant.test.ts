/** @jest-environment node */
import { ownerVariant } from "../../../../src/core/validate/rules/owner-variant";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream, thurrockActions } from "../council-sheets";

// docs/RULES.md rule 23: one person written two ways. Similar names of different people stay apart.

const gcc = (owners: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("2.1", "Quality & Pace of Decision making", "Ann James"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...owners.map((owner, i) => [
        `Decision making action ${i + 1}: revise structure to establish DTMs within C-SPA`,
        owner,
        "By July 2022",
      ]),
    ],
  });

describe("owner-variant", () => {
  it("reports the rarer spelling: Claire Connelly (000 L364) and Rob Tyrell (L764)", () => {
    const issues = runRule(
      ownerVariant,
      gcc([
        "Claire Connelly",
        "Claire Connolly",
        "Karen Goulding / Claire Connolly",
        "Rob Tyrrell / SW Academy",
        "Sue Hall/Mark Bone/Rob Tyrell",
        "Rob Tyrrell",
      ])
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!B4", "Focus on Practice!B8"]);
    expect(issues[0]).toMatchObject({
      code: "owner-variant",
      severity: "warning",
      field: "owner",
      value: "Claire Connelly",
    });
    expect(issues[0].message).toBe(
      'The action in row 4 is owned by "Claire Connelly", which looks like "Claire Connolly" written another way. Use one spelling so their actions count together.'
    );
    expect(issues[1].message).toContain('"Rob Tyrell", which looks like "Rob Tyrrell"');
  });

  it("pairs an initial with the full forename: S Murphy / Sheila Murphy (004 L153, L330)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        [
          null,
          null,
          "Create clear management structure for Children's Social Care",
          "Senior Management structure established",
          "S Murphy",
          null,
          "Jan-18",
          4,
          4,
          0,
          0,
          "Costed structure in place.",
        ],
        [
          null,
          null,
          null,
          "All Service Leader posts are filled by permanent staff",
          "S Murphy",
          null,
          "Apr-18",
          4,
          4,
          0,
          0,
          "Permanent staff now in post Jan 18",
        ],
        [
          null,
          null,
          "Services and outcomes are continually improving",
          "There is a performance framework",
          "Sheila Murphy",
          null,
          "Mar-18",
          3,
          3,
          0,
          0,
          "Framework in place",
        ],
      ],
    });
    const issues = runRule(ownerVariant, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!E4"]);
    expect(issues[0].message).toContain('"Sheila Murphy", which looks like "S Murphy"');
  });

  it("does not pair Neale Laurie / Nicole Laurie or Sara Scholey / Sarah Langdale: different people", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "2.3",
          "Work with partners to improve the health offer to children in care",
          "Sara Scholey Sarah Langdale",
          "30/10/22",
        ],
        ["2.5", "SGO policy which is embedded in practice", "Sara Scholey", "01/06/23"],
        [
          "2.9",
          "Children and YP MH needs are addressed in a timely and appropriate way",
          "Sarah Langdale",
          "30/03/2023",
        ],
        ["3.2", "Recruit and retain permanent social workers", "Neale Laurie", "31/03/23"],
        ["3.3", "Strengthen supervision", "Nicole Laurie", "31/03/23"],
      ],
    });
    expect(runRule(ownerVariant, snapshot)).toEqual([]);
  });

  it("reads a bracketed note as the same person, not another spelling (000 L415)", () => {
    expect(
      runRule(
        ownerVariant,
        gcc(["Claire Connolly (MASH and C-SPA subgroup)", "Claire Connolly", "Karen Goulding"])
      )
    ).toEqual([]);
  });
});
