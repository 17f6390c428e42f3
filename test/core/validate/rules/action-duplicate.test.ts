/** @jest-environment node */
import { actionDuplicate } from "../../../../src/core/validate/rules/action-duplicate";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream, thurrockActions } from "../council-sheets";

// DOMAIN §9 rule 37: the same deliverable written twice, often with conflicting dates.

describe("action-duplicate", () => {
  it("reports a repeated action in another workstream, with its conflicting timescale", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.4", "Care Leavers", "Mark Bone"),
        GCC_ACTIONS,
        ["Revise, launch and deliver Sufficiency strategy", "Wendy Williams", "Summer 2022 onwards"],
        ["Introduce a process of monitoring use of emergency accommodation", "Mark Bone", "Ongoing"],
        [],
        gccWorkstream("3.4", "Sufficiency of placement & fostering", "Ann James"),
        GCC_ACTIONS,
        ["Revise launch and deliver sufficiency strategy", "Wendy Williams", "September 2022"],
        ["Develop a workforce Academy for GCC sufficiency strategy", "Wendy Williams", "2024/2025"],
      ],
    });
    const issues = runRule(actionDuplicate, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A8"]);
    expect(issues[0]).toMatchObject({ code: "action-duplicate", severity: "warning", field: "title", value: "Revise launch and deliver sufficiency strategy" });
    expect(issues[0].message).toBe(
      "This action repeats the one in row 3 with a different timescale (from 2022-06-01 vs 2022-09-30). Merge them into one action with one owner and date.",
    );
  });

  it("says nothing of dates when the copies agree", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [gccWorkstream("3.3", "Early Help Services", "Emma Trigwell"), GCC_ACTIONS, ["Roll out FSW standards", "Emma Trigwell", "By July 2022"], ["Roll out FSW standards.", "Emma Trigwell", "July 2022"]],
    });
    const issues = runRule(actionDuplicate, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A4"]);
    expect(issues[0].message).toBe("This action repeats the one in row 3. Merge them into one action with one owner and date.");
  });

  it("does not report Thurrock success measures sharing an Action carried down from a merged cell", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        [null, null, "Create clear management structure for Children's Social Care", "Senior Management structure established", "S Murphy", null, "Jan-18", 4, 4, 0, 0, "Costed structure in place."],
        [null, null, null, "All Service Leader posts are filled by permanent staff", "S Murphy", null, "Apr-18", 4, 4, 0, 0, "Permanent staff now in post Jan 18"],
      ],
      merges: ["C2:C3"],
    });
    expect(runRule(actionDuplicate, snapshot)).toEqual([]);
  });

  it("reports nothing on different actions, nor on short titles that repeat by chance", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.6", "DCYP", "Sue Hall"),
        GCC_ACTIONS,
        ["Review policy", "Sue Hall", "By July 2022"],
        ["Review policy", "Mark Bone", "By October 2022"],
        ["Develop and embed robust process in response to new standards Liberty Protection Safeguarding", "Sue Hall/Mark Bone/Rob Tyrell", "April 2023"],
      ],
    });
    expect(runRule(actionDuplicate, snapshot)).toEqual([]);
  });
});
