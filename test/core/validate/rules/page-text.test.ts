/** @jest-environment node */
import { pageText } from "../../../../src/core/validate/rules/page-text";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { thurrockActions, THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 17: page furniture from a Word or PDF export inside or between a plan's tables.

const action = (measure: string) => [
  null,
  null,
  "Implement a workforce strategy",
  measure,
  "S Murphy",
  null,
  "Jan-18",
  2,
  4,
  0,
  0,
  "Strategy in place",
];

describe("page-text", () => {
  it("reports 'This page is intentionally left blank' between tables and 'Page 7' inside one (004 L134, L146)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        thurrockActions(1),
        action("Strategy in Place to sustain recruitment and retention."),
        [null, null, null, "Page 7"],
        action("Required competence levels identified."),
        [],
        ["This page is intentionally left blank"],
        [],
        THURROCK_INDICATORS,
        [
          "P2",
          "Number of CAFs completed by HVs",
          null,
          null,
          null,
          2,
          7,
          5,
          4,
          6,
          4,
          null,
          0,
          null,
        ],
      ],
    });
    const issues = runRule(pageText, snapshot);
    expect(cellsOf(issues)).toEqual(["Development Plan!D3", "Development Plan!A6"]);
    expect(issues[0]).toMatchObject({
      code: "page-text",
      severity: "info",
      field: null,
      value: "Page 7",
    });
    expect(issues[1].message).toBe(
      'Row 6 holds page text "This page is intentionally left blank" copied from a printed document; Plan Tracker ignores it. Delete the row.'
    );
  });

  it("reports the stray page number '51.866d' after a table (004 L260)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [thurrockActions(4), action("Placement strategy in place"), [], ["51.866d"]],
    });
    expect(cellsOf(runRule(pageText, snapshot))).toEqual(["Development Plan!A4"]);
  });

  it("reports nothing on a sheet of tables without page furniture, nor on prose that mentions a page", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [thurrockActions(1), action("See page 3 of the workforce strategy for the targets")],
    });
    expect(runRule(pageText, snapshot)).toEqual([]);
  });
});
