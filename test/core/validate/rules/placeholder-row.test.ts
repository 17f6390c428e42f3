/** @jest-environment node */
import { placeholderRow } from "../../../../src/core/validate/rules/placeholder-row";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS } from "../council-sheets";

// docs/RULES.md rule 14: a tombstone or moved row keeps its Ref but is not an action (left out of counts).

describe("placeholder-row", () => {
  it("reports BCP 1.5 'Removed and put into 1.7' (003 L81) at its Action cell", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "1.4",
          "Improve assessment and support to unborn and new-born children.",
          "Juliette Blake",
          "30/9/22",
        ],
        ["1.5", "Removed and put into 1.7"],
        ["1.6", "Moved to priority 3"],
        [
          "1.7",
          "Improve knowledge, skills, and confidence of risks to children from DA",
          "Juliette Blake",
          "31/5/23",
        ],
      ],
    });
    const issues = runRule(placeholderRow, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!B3", "Improvement Plan!B4"]);
    expect(issues[0]).toMatchObject({
      code: "placeholder-row",
      severity: "info",
      field: "title",
      value: "Removed and put into 1.7",
    });
    expect(issues[0].message).toBe(
      '1.5 says "Removed and put into 1.7": it is kept as a placeholder and left out of counts and ratings.'
    );
  });

  it("does not take an owned, dated action whose title starts with 'Removed' for a tombstone", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "1.4",
          "Improve assessment and support to unborn and new-born children.",
          "Juliette Blake",
          "30/9/22",
        ],
        [
          "1.8",
          "Removed barriers to early help by opening family hubs in every locality",
          "Juliette Blake",
          "31/3/23",
        ],
      ],
    });
    expect(runRule(placeholderRow, snapshot)).toEqual([]);
  });
});
