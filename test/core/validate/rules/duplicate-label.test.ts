/** @jest-environment node */
import { duplicateLabel } from "../../../../src/core/validate/rules/duplicate-label";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import {
  BCP_ACTIONS,
  gccMeasureHeader,
  GCC_ACTIONS,
  gccWorkstream,
  thurrockActions,
} from "../council-sheets";

// docs/RULES.md rule 3: the same heading twice in one header row.

/** The GCC milestone header as written (000 L167): a year only on the first month and on January. */
const MILESTONE_MONTHS = [
  "Mar 22",
  "Apr",
  "May",
  "Jun",
  "July",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
  "Jan 23",
  "Feb",
  "Mar",
  "April",
  "May",
  "June",
  "July",
];

const milestones = (months: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
      GCC_ACTIONS,
      [
        "Plan signed off by SWFPG (Strategic Workforce group) and subsequently reviewed at each meeting",
        "Ann James / SWFPG",
        "By June 2022",
      ],
      [],
      ["Key Milestones"],
      [null, ...months],
      ["Workforce strategy signed off"],
    ],
  });

describe("duplicate-label", () => {
  it("reports Mar, May and July written twice in the milestone header (000 L167), at the later heading", () => {
    const issues = runRule(duplicateLabel, milestones(MILESTONE_MONTHS));
    // Columns: B = Mar 22 … N = Mar, P = May, R = July.
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!N6",
      "Focus on Practice!P6",
      "Focus on Practice!R6",
    ]);
    expect(issues.map((i) => i.value)).toEqual(["Mar", "May", "July"]);
    expect(issues[0]).toMatchObject({ code: "duplicate-label", severity: "info", field: null });
    expect(issues[1].message).toBe(
      'The heading "May" appears twice in row 6; the later one is read as the following year. Give each column its own heading (add the year to month headings).'
    );
  });

  it("reports March written twice over a GCC Target/Actual grid, not the Target/Actual row under it", () => {
    const months = [
      "March 22",
      "April",
      "May",
      "June",
      "July",
      "August",
      "September",
      "October",
      "November",
      "December",
      "January 23",
      "February",
      "March",
    ];
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        ["Metrics including saving / efficiency (if relevant)"],
        ...gccMeasureHeader(months),
        ["Turnover (overall)", 0.13, 0.25, 0.13, 0.249],
      ],
    });
    const issues = runRule(duplicateLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!Z2"]);
    expect(issues[0].value).toBe("March");
  });

  it("reports Thurrock's P4 header row repeated mid-table (004 L227, L246) once, at the repeat", () => {
    const row = [
      null,
      null,
      null,
      "The Placement Sufficiency and Commissioning Strategy is in place.",
      "Sue Green",
      null,
      "Apr-18",
      2,
      3,
      0,
      0,
      "Strategy in place",
    ];
    const issues = runRule(
      duplicateLabel,
      snapshotOf({
        name: "Development Plan",
        rows: [thurrockActions(4), row, row, thurrockActions(4), row],
      })
    );
    expect(cellsOf(issues)).toEqual(["Development Plan!A4"]);
    expect(issues[0]).toMatchObject({ value: "Priority 4", field: null });
    expect(issues[0].message).toBe(
      "Row 4 repeats the header of row 1 in the middle of the table; Plan Tracker reads on under it. Delete the repeated header row."
    );
  });

  it("does not take the next workstream's table, after other rows, for a repeated header", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        GCC_ACTIONS,
        [
          "Arrange weekly meet with the Director meeting for staff",
          "Ann James",
          "From 1 st May 2022",
        ],
        [],
        gccWorkstream("1.2", "Practice Standards", "Ann James"),
        GCC_ACTIONS,
        [
          "Produce monthly Essential attendance and completion report for HofS",
          "Sarah Cairns",
          "From May 2022",
        ],
      ],
    });
    expect(runRule(duplicateLabel, snapshot)).toEqual([]);
  });

  it("reports a plain heading written twice in an action header, where only the first is read", () => {
    const header = [...BCP_ACTIONS, "Lead"];
    const issues = runRule(
      duplicateLabel,
      snapshotOf({
        name: "Improvement Plan",
        rows: [
          header,
          [
            "1.1",
            "Strengthen the Early Help offer",
            "Juliette Blake",
            "30/04/23",
            null,
            "x",
            "y",
            "z",
            "Sarah Rempel",
          ],
        ],
      })
    );
    expect(cellsOf(issues)).toEqual(["Improvement Plan!I1"]);
    expect(issues[0].message).toContain("only the first is read");
  });

  it("reports nothing when every month states its year (Mar 22 … Mar 23 are different months)", () => {
    const months = [
      "Mar 22",
      "Apr 22",
      "May 22",
      "Jun 22",
      "Jul 22",
      "Aug 22",
      "Sep 22",
      "Oct 22",
      "Nov 22",
      "Dec 22",
      "Jan 23",
      "Feb 23",
      "Mar 23",
      "Apr 23",
      "May 23",
    ];
    expect(runRule(duplicateLabel, milestones(months))).toEqual([]);
  });
});
