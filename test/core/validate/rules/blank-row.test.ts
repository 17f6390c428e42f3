/** @jest-environment node */
import { blankRow } from "../../../../src/core/validate/rules/blank-row";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 7: an empty row or a dash separator inside a table (skipped, and said so).

const action = (ref: string) => [
  ref,
  `Action ${ref}: work with partners to improve the health offer to children in care`,
  "Sara Scholey",
  "30/10/22",
  null,
  "Timely IHAs",
  "Progress",
  "Impact",
];

describe("blank-row", () => {
  it("reports an empty row and a dash separator inside the BCP action table (003 L133, L154)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        action("2.3"),
        [],
        action("2.5"),
        ["-", "-", "-", "-", null, "-", "-", "-"],
        action("2.9"),
      ],
    });
    const issues = runRule(blankRow, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!A3", "Improvement Plan!A5"]);
    expect(issues[0]).toMatchObject({ code: "blank-row", severity: "info", field: null });
    expect(issues[0].message).toBe(
      "Row 3 inside the table is empty; Plan Tracker skips it. Delete the row if it is not needed."
    );
    expect(issues[1].message).toBe(
      "Row 5 inside the table is empty apart from a separator; Plan Tracker skips it. Delete the row if it is not needed."
    );
  });

  it("reports Thurrock's empty P8 indicator rows that hold only a YTD of 0 (004 L321–323)", () => {
    const snapshot = snapshotOf({
      name: "Development Plan",
      rows: [
        THURROCK_INDICATORS,
        [
          "P7",
          "Care Leavers in EET %",
          null,
          null,
          null,
          73.2,
          69.6,
          67.7,
          67.4,
          67.3,
          67.1,
          null,
          0,
          null,
        ],
        [null, null, null, null, null, null, null, null, null, null, null, null, 0, null],
        [null, null, null, null, null, null, null, null, null, null, null, null, 0, null],
        [
          "P7",
          "Care Leavers with an up to date pathway plan %",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          88.8,
          null,
          0,
          null,
        ],
      ],
    });
    expect(cellsOf(runRule(blankRow, snapshot))).toEqual([
      "Development Plan!M3",
      "Development Plan!M4",
    ]);
  });

  it("reports nothing on a table with no gaps, nor on the blank rows after a table ends", () => {
    expect(
      runRule(
        blankRow,
        snapshotOf({
          name: "Improvement Plan",
          rows: [
            BCP_ACTIONS,
            action("2.3"),
            action("2.5"),
            [],
            [],
            ["2. The experiences and progress of children in care and care leavers"],
          ],
        })
      )
    ).toEqual([]);
  });
});
