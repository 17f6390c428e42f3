/** @jest-environment node */
import { duplicateRow } from "../../../../src/core/validate/rules/duplicate-row";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, SCORECARD_MEASURES } from "../council-sheets";

// docs/RULES.md rule 8: identical rows (the scorecard printed three times, 001 L6349–6771).

const AUDITS = [
  "% of audits judged as good or better",
  "Bigger is Better",
  "Latest Quarter",
  "44.0%",
  "38.0%",
  "31.0%",
  "37.0%",
  "40.0%",
  "50.0%",
  null,
  "n/a",
];
const DECISIONS = [
  "% of Initial Decisions made within 24 hours for all contacts",
  "Bigger is Better",
  "Latest Quarter",
  "88.2%",
  "81.2%",
  "71.9%",
  "70.6%",
  "67.1%",
  "90.0%",
  null,
  "n/a",
];

describe("duplicate-row", () => {
  it("reports each row of a scorecard printed again further down the sheet", () => {
    const snapshot = snapshotOf({
      name: "Scorecard",
      rows: [
        SCORECARD_MEASURES,
        AUDITS,
        DECISIONS,
        [],
        [],
        [],
        SCORECARD_MEASURES,
        AUDITS,
        DECISIONS,
      ],
    });
    const issues = runRule(duplicateRow, snapshot);
    expect(cellsOf(issues)).toEqual(["Scorecard!A8", "Scorecard!A9"]);
    expect(issues[0]).toMatchObject({ code: "duplicate-row", severity: "warning", field: null });
    expect(issues[0].message).toBe(
      "Row 8 repeats row 2 exactly. Delete the copy so it is not counted twice."
    );
  });

  it("reports an action row pasted twice", () => {
    const row = [
      "3.15",
      "Practice model implemented for Children's Social Care and Early Help.",
      "Rachel Gravett",
      "31/12/22",
      null,
      "A practice model that is clearly understood",
      "Task and finish group proposed that SOS will be the practice model.",
      "Unclear practice standards",
    ];
    expect(
      cellsOf(
        runRule(
          duplicateRow,
          snapshotOf({ name: "Improvement Plan", rows: [BCP_ACTIONS, row, row] })
        )
      )
    ).toEqual(["Improvement Plan!A3"]);
  });

  it("reports nothing when rows differ in any cell, or repeat only one or two cells", () => {
    const lateDate = [...AUDITS];
    lateDate[7] = "41.0%";
    expect(
      runRule(
        duplicateRow,
        snapshotOf({ name: "Scorecard", rows: [SCORECARD_MEASURES, AUDITS, lateDate, DECISIONS] })
      )
    ).toEqual([]);
    const short = ["1.1", "Strengthen the Early Help offer"];
    expect(
      runRule(
        duplicateRow,
        snapshotOf({
          name: "Improvement Plan",
          rows: [
            BCP_ACTIONS,
            short,
            short,
            ["1.4", "Improve assessment", "Juliette Blake", "30/9/22"],
          ],
        })
      )
    ).toEqual([]);
  });

  it("tells apart rows that share their first cells, and points each copy at the first of its own kind", () => {
    const lateDate = [...AUDITS];
    lateDate[7] = "41.0%";
    // AUDITS and lateDate share Measure and polarity; each is copied once, and AUDITS a second time.
    const rows = [SCORECARD_MEASURES, AUDITS, lateDate, DECISIONS, lateDate, AUDITS, AUDITS];
    const issues = runRule(duplicateRow, snapshotOf({ name: "Scorecard", rows }));
    expect(issues.map((i) => i.message.slice(0, 22))).toEqual([
      "Row 5 repeats row 3 ex",
      "Row 6 repeats row 2 ex",
      "Row 7 repeats row 2 ex",
    ]);
  });
});
