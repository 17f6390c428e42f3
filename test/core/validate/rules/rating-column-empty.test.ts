/** @jest-environment node */
import { ratingColumnEmpty } from "../../../../src/core/validate/rules/rating-column-empty";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { thurrockActions } from "../council-sheets";

// docs/RULES.md rule 42: a period column with no valid rating anywhere (Thurrock RAG 03/18, RAG 05/18).

const row = (measure: string, ratings: (number | string | null)[]) => [
  null,
  null,
  "Implement a practice model of social work",
  measure,
  "S Murphy",
  "Joe Tynan",
  "Sep-18",
  ...ratings,
  "Update",
];

describe("rating-column-empty", () => {
  it("reports RAG 03/18 and RAG 05/18 once each, across priorities, where they hold only 0, blank and 're'", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        row("Signs of Safety Model is in place", [2, 2, 0, 0]),
        row("Caseloads are an average of 18", [4, 4, 0, null]),
        [],
        thurrockActions(4),
        row("The Placement Sufficiency and Commissioning Strategy is in place.", [2, 3, 0, "re"]),
      ],
    });
    const issues = runRule(ratingColumnEmpty, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!J1", "Development Plan!K1"]);
    expect(issues[0]).toMatchObject({
      code: "rating-column-empty",
      severity: "warning",
      field: "rating",
      value: "RAG 03/18",
    });
    expect(issues[0].message).toBe(
      'No action has a rating in "RAG 03/18" (only 0, blank or invalid values), so that period is treated as not yet rated. Enter the ratings, or leave the column for a later period.'
    );
  });

  it("counts a rating in another priority's table: RAG 03/18 rated in P4 is not empty", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        row("Signs of Safety Model is in place", [2, 2, 0, 1]),
        [],
        thurrockActions(4),
        row("Placement strategy in place", [2, 3, 3, 2]),
      ],
    });
    expect(runRule(ratingColumnEmpty, snapshot)).toEqual([]);
  });
});
