/** @jest-environment node */
import { actionDuplicate } from "../../../../src/core/validate/rules/action-duplicate";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { readSeedCsv } from "../../../support/seed-data";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream, thurrockActions } from "../council-sheets";

const GCC_KEY_ACTION_ROWS = readSeedCsv("domain-10-1-gcc-key-actions.csv");

// docs/RULES.md rule 37: the same deliverable written twice, often with conflicting dates.

describe("action-duplicate", () => {
  it("reports a repeated action in another workstream, with its conflicting timescale", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.4", "Care Leavers", "Mark Bone"),
        GCC_ACTIONS,
        [
          "Revise, launch and deliver Sufficiency strategy",
          "Wendy Williams",
          "Summer 2022 onwards",
        ],
        [
          "Introduce a process of monitoring use of emergency accommodation",
          "Mark Bone",
          "Ongoing",
        ],
        [],
        gccWorkstream("3.4", "Sufficiency of placement & fostering", "Ann James"),
        GCC_ACTIONS,
        ["Revise launch and deliver sufficiency strategy", "Wendy Williams", "September 2022"],
        ["Develop a workforce Academy for GCC sufficiency strategy", "Wendy Williams", "2024/2025"],
      ],
    });
    const issues = runRule(actionDuplicate, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A8"]);
    expect(issues[0]).toMatchObject({
      code: "action-duplicate",
      severity: "warning",
      field: "title",
      value: "Revise launch and deliver sufficiency strategy",
    });
    expect(issues[0].message).toBe(
      "This action repeats the one in row 3 with a different timescale (from 2022-06-01 vs 2022-09-30). Merge them into one action with one owner and date."
    );
  });

  it("says nothing of dates when the copies agree", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.3", "Early Help Services", "Emma Trigwell"),
        GCC_ACTIONS,
        ["Roll out FSW standards", "Emma Trigwell", "By July 2022"],
        ["Roll out FSW standards.", "Emma Trigwell", "July 2022"],
      ],
    });
    const issues = runRule(actionDuplicate, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A4"]);
    expect(issues[0].message).toBe(
      "This action repeats the one in row 3. Merge them into one action with one owner and date."
    );
  });

  it("does not report Thurrock success measures sharing an Action carried down from a merged cell", () => {
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
        [
          "Develop and embed robust process in response to new standards Liberty Protection Safeguarding",
          "Sue Hall/Mark Bone/Rob Tyrell",
          "April 2023",
        ],
      ],
    });
    expect(runRule(actionDuplicate, snapshot)).toEqual([]);
  });

  it("reports the seed's sufficiency strategy written two ways by one owner (000 L293 and L681)", () => {
    const [longer, shorter] = ["1.4.14", "3.4.07"].map((id) =>
      GCC_KEY_ACTION_ROWS.find((row) => row.id === id)
    );
    if (!longer || !shorter) throw new Error("docs/SAMPLES.md#gcc-actions rows missing");
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.4", "Care Leavers", "Mark Bone"),
        GCC_ACTIONS,
        [longer["Key Actions"], longer.Owners, longer.Timescale],
        [],
        gccWorkstream("3.4", "Sufficiency of placement & fostering", "Ann James"),
        GCC_ACTIONS,
        [shorter["Key Actions"], shorter.Owners, shorter.Timescale],
        ["Revise and launch the sufficiency strategy for fostering", "Ann James", "September 2022"],
      ],
    });
    const issues = runRule(actionDuplicate, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A7"]);
    expect(issues[0].message).toBe(
      "This action looks like the one in row 3: the same owner, and every key word of the shorter one with a different timescale (from 2022-06-01 vs 2022-09-30). If they are one deliverable, merge them into one action with one owner and date."
    );
  });

  it("does not report two actions written on one template about different things (BCP 3.11 and 3.12)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "3.11",
          "Management oversight is consistently visible and impacts on the quality of practice in Children's Services.",
          "Sara Scholey Juliette Blake",
          "31/12/22",
        ],
        [
          "3.12",
          "Supervision is consistently visible and impacts on the quality of practice in Children's Services.",
          "Juliette Blake Sara Scholey",
          "31/8/22",
        ],
      ],
    });
    expect(runRule(actionDuplicate, snapshot)).toEqual([]);
  });

  it("reports nothing on a template line each group repeats for its own owner (docs/HISTORY.md#issue-11: shared template wording)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        GCC_ACTIONS,
        ["Report progress to the improvement board each month", "Ann James", "Ongoing"],
        [],
        gccWorkstream("1.2", "Early Help", "Emma Trigwell"),
        GCC_ACTIONS,
        ["Report progress to the improvement board each month", "Emma Trigwell", "Ongoing"],
      ],
    });
    expect(runRule(actionDuplicate, snapshot)).toEqual([]);
  });
});
