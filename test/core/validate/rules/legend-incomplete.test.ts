/** @jest-environment node */
import { legendIncomplete } from "../../../../src/core/validate/rules/legend-incomplete";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 44: a status legend lacking a level (GCC 2.2, 2.4 and 3.6 have no "Completed").

const LEGEND = ["■ On target", "◆ At risk", "▲ Compromised", "● Completed"];

const block = (id: string, title: string, actions: string[], impact: string[]) => [
  gccWorkstream(id, title, "Karen Goulding"),
  ["Comment about overall status", null, null, null, "Actions status", null, "Impact Status"],
  ...Array.from({ length: Math.max(actions.length, impact.length) }, (_, i) => [
    null,
    null,
    null,
    null,
    actions[i] ?? null,
    null,
    impact[i] ?? null,
    null,
  ]),
];

describe("legend-incomplete", () => {
  it("reports both legends of 2.2 with no 'Completed' row, at each legend's heading", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        ...block("2.1", "Quality & Pace of Decision making", LEGEND, LEGEND),
        [],
        ...block("2.2", "Strategy Meetings", LEGEND.slice(0, 3), LEGEND.slice(0, 3)),
      ],
    });
    const issues = runRule(legendIncomplete, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!E9", "Focus on Practice!G9"]);
    expect(issues[0]).toMatchObject({
      code: "legend-incomplete",
      severity: "info",
      field: "status",
      value: "Actions status",
    });
    expect(issues[0].message).toBe(
      'The Actions status legend for 2.2 Strategy Meetings has no "Completed" option, so that status cannot be ticked. Add the missing row.'
    );
    expect(issues[1].message).toMatch(/^The Impact Status legend for 2\.2 Strategy Meetings/);
  });

  it("names every missing level", () => {
    const issues = runRule(
      legendIncomplete,
      snapshotOf({
        name: "Focus on Practice",
        rows: block("3.6", "DCYP", ["■ On target", "● Completed"], LEGEND),
      })
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!E2"]);
    expect(issues[0].message).toContain('has no "At risk", "Compromised" option');
  });

  it("reports nothing when both legends list all four levels", () => {
    expect(
      runRule(
        legendIncomplete,
        snapshotOf({
          name: "Focus on Practice",
          rows: block("1.1", "Recruitment and Retention", LEGEND, LEGEND),
        })
      )
    ).toEqual([]);
  });
});
