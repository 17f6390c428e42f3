/** @jest-environment node */
import { ratingZero } from "../../../../src/core/validate/rules/rating-zero";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { thurrockActions } from "../council-sheets";

// docs/RULES.md rule 41: 0 as a rating means "not rated"; reported only in a period that holds ratings
// (a period with none at all is rating-column-empty instead).

const row = (
  measure: string,
  initial: number | null,
  jan: number | null,
  mar: number | null,
  may: number | null
) => [
  null,
  null,
  "Create clear management structure for Children's Social Care",
  measure,
  "S Murphy",
  null,
  "Jan-18",
  initial,
  jan,
  mar,
  may,
  "Update",
];

describe("rating-zero", () => {
  it("reports a 0 in RAG 01/18 where other rows are rated, not the zeros of the unrated RAG 03/18 and 05/18", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        row("Senior Management structure established", 4, 4, 0, 0),
        row("All Service Leader posts are filled by permanent staff", 4, 0, 0, 0),
        row("Signs of Safety Model is in place", 2, 2, 0, 0),
      ],
    });
    const issues = runRule(ratingZero, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!I3"]);
    expect(issues[0]).toMatchObject({
      code: "rating-zero",
      severity: "warning",
      field: "rating",
      value: 0,
    });
    expect(issues[0].message).toMatch(
      /has 0 for RAG 01\/18, which means "not rated" and is left out of the averages\. Enter a rating from 1 to 5/
    );
  });

  it("reports a 0 in a later period once that period holds a rating somewhere", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        row("Senior Management structure established", 4, 4, 3, 0),
        row("All Service Leader posts are filled by permanent staff", 4, 4, 0, 0),
      ],
    });
    expect(cellsOf(runRule(ratingZero, snapshot))).toEqual(["Development Plan!J3"]);
  });

  it("does not take a date-formatted 0 ('Jan-00', 004 L326) for a rating of 0", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(8),
        row("H&WB board plans in place", 3, 3, 0, 2),
        row("All teams use recording system", 2, 2, 0, 0),
      ],
      numberFormats: { K3: "mmm-yy" },
    });
    expect(runRule(ratingZero, snapshot)).toEqual([]);
  });

  it("reports nothing when every rated period is fully rated and the rest are blank", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(5),
        row("Children are seen in a timely manner", 2, 2, null, null),
        row("Children in Care Council established", 2, 2, null, null),
      ],
    });
    expect(runRule(ratingZero, snapshot)).toEqual([]);
  });
});
