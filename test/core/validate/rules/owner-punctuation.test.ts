/** @jest-environment node */
import { ownerPunctuation } from "../../../../src/core/validate/rules/owner-punctuation";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 25: a trailing separator, tidied automatically.

const gcc = (owners: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("3.3", "Early Help Services", "Emma Trigwell"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...owners.map((owner, i) => [
        `Early help action ${i + 1}: development of a data governance group`,
        owner,
        "By August 2022",
      ]),
    ],
  });

describe("owner-punctuation", () => {
  it("reports 'Andy Dempsey/Emma Trigwell/' (000 L639) and says how it is read", () => {
    const issues = runRule(
      ownerPunctuation,
      gcc(["Emma Trigwell", "Andy Dempsey/Emma Trigwell/", "Emma Trigwell &"])
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!B5", "Focus on Practice!B6"]);
    expect(issues[0]).toMatchObject({
      code: "owner-punctuation",
      severity: "info",
      field: "owner",
      value: "Andy Dempsey/Emma Trigwell/",
    });
    expect(issues[0].message).toBe(
      "The action in row 5's owner cell ends with a stray separator; it is read as Andy Dempsey; Emma Trigwell. Remove the trailing character."
    );
  });

  it("reports nothing when separators sit between names", () => {
    expect(
      runRule(
        ownerPunctuation,
        gcc(["Andy Dempsey/Emma Trigwell", "Chris Spencer & Mandy Quayle", "Emma Trigwell"])
      )
    ).toEqual([]);
  });
});
