/** @jest-environment node */
import type { CellValue } from "../../../../src/core/model/cell-value";
import { statusMissing } from "../../../../src/core/validate/rules/status-missing";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import {
  BCP_ACTIONS,
  BCP_FILLS,
  BCP_KEY,
  BCP_KEY_DESCRIPTIONS,
  gccWorkstream,
} from "../council-sheets";

// docs/RULES.md rule 39: no status for an open period. For colour-only layouts (BCP) the fill is read first.

/** The BCP key in rows 2–6 (fills on the empty RAG cells), then the action table from row 8. */
const bcp = (
  actions: CellValue[][],
  actionFills: Record<string, string>,
  completed: CellValue[][] = []
) =>
  snapshotOf({
    name: "Improvement Plan",
    rows: [
      BCP_KEY,
      [null, BCP_KEY_DESCRIPTIONS.red, 2, 0.05],
      [null, BCP_KEY_DESCRIPTIONS.amber, 17, 0.45],
      [null, BCP_KEY_DESCRIPTIONS.green, 13, 0.34],
      [null, BCP_KEY_DESCRIPTIONS.blue, 2, 0.05],
      [null, BCP_KEY_DESCRIPTIONS.done, 4, 0.11],
      [],
      BCP_ACTIONS,
      ...actions,
      [],
      ["COMPLETED ACTIONS REMOVED FROM MAIN PLAN"],
      BCP_ACTIONS,
      ...completed,
    ],
    fills: {
      A2: BCP_FILLS.red,
      A3: BCP_FILLS.amber,
      A4: BCP_FILLS.green,
      A5: BCP_FILLS.blue,
      A6: BCP_FILLS.done,
      ...actionFills,
    },
  });

const action = (ref: string): CellValue[] => [
  ref,
  `Action ${ref}: strengthen the Early Help offer`,
  "Juliette Blake",
  "30/04/23",
  null,
  "Timely interventions",
  "Progress this month",
  "Impact to follow",
];

describe("status-missing", () => {
  it("reports a RAG cell with no fill and one whose fill is not in the key, and names the stray colour", () => {
    const issues = runRule(
      statusMissing,
      bcp([action("1.1"), action("1.4"), action("1.7"), action("1.9")], {
        E9: BCP_FILLS.green,
        E10: "#FFFF00",
        E12: BCP_FILLS.red,
      })
    );
    expect(cellsOf(issues)).toEqual(["Improvement Plan!E10", "Improvement Plan!E11"]);
    expect(issues[0]).toMatchObject({
      code: "status-missing",
      severity: "error",
      field: "status",
      value: null,
    });
    expect(issues[0].message).toBe(
      "Action 1.4 is coloured #FFFF00, which matches no colour in the RAG key, so it has no status. Use one of the key's colours or type the status."
    );
    expect(issues[1].message).toBe(
      "Action 1.7 has no RAG status. Record its status (or colour the cell with a colour from the RAG key)."
    );
  });

  it("reads the fill before the empty text: every action coloured with a key colour has a status", () => {
    const fills = { E9: BCP_FILLS.green, E10: BCP_FILLS.amber, E11: BCP_FILLS.done };
    expect(
      runRule(statusMissing, bcp([action("1.1"), action("1.4"), action("1.7")], fills))
    ).toEqual([]);
  });

  it("asks nothing of tombstones or of the completed table", () => {
    const completed = [
      [
        "1.12",
        "Incorporate practice in relation to working with families who experience domestic abuse",
        "Rachel Gravett",
        "31/5/23",
      ],
    ];
    expect(
      runRule(
        statusMissing,
        bcp(
          [action("1.4"), ["1.5", "Removed and put into 1.7"]],
          { E9: BCP_FILLS.amber },
          completed
        )
      )
    ).toEqual([]);
  });

  it("takes a typed status word as the status when there is no fill", () => {
    const typed = [
      "1.1",
      "Strengthen the Early Help offer",
      "Juliette Blake",
      "30/04/23",
      "Amber",
      "Timely interventions",
      "Progress",
      "Impact",
    ];
    expect(runRule(statusMissing, bcp([typed], {}))).toEqual([]);
  });

  it("reports a GCC workstream legend with nothing ticked, and not one with an X (000 L144)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.1", "Recruitment and Retention", "Ann James"),
        ["Comment about overall status", null, null, null, "Actions status", null, "Impact Status"],
        [null, null, null, null, "■ On target", "X", "■ On target", null],
        [null, null, null, null, "◆ At risk", null, "◆ At risk", null],
        [null, null, null, null, "▲ Compromised", null, "▲ Compromised", null],
        [null, null, null, null, "● Completed", null, "● Completed", null],
      ],
    });
    const issues = runRule(statusMissing, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!G2"]);
    expect(issues[0].message).toBe(
      "Workstream 1.1 Recruitment and Retention has no Impact Status ticked. Put an X beside one status for this reporting period."
    );
  });

  it("says once, at the heading, that colours with no key cannot be read, rather than erroring on every coloured row (docs/HISTORY.md#issue-11)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [BCP_ACTIONS, action("1.1"), action("1.2"), action("1.3")],
      fills: { E2: "#FF0000", E3: "#00B050" },
    });
    const issues = runRule(statusMissing, snapshot);
    // The two coloured rows are one warning at E1; the row with no colour and no word is still an error.
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["E4", "error"],
      ["E1", "warning"],
    ]);
    expect(issues[1].message).toMatch(
      /^2 actions hold their status in this column as a colour only, and the workbook has no RAG key/
    );
  });
});
