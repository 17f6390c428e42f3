/** @jest-environment node */
import { blankLabel } from "../../../../src/core/validate/rules/blank-label";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, BCP_KPIS } from "../council-sheets";

// docs/RULES.md rule 4: a column with data but an empty heading (BCP's KPI name column, 003 L67).

const KPI_ROWS = [
  ["Percentage of re-referrals in 12 months", 0.3, 0.23, 0.27, 0.28, 0.29, 0.29, 0.22, 0.23],
  ["Percentage of assessments completed in 45 days", 0.79, 0.82, 0.85, 0.84, 0.86, 0.84, 0.85, 0.8],
];

describe("blank-label", () => {
  it("reports the KPI table's unheaded name column at its header cell", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [["Key Performance Indicators"], BCP_KPIS, ...KPI_ROWS],
    });
    const issues = runRule(blankLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!A2"]);
    expect(issues[0]).toMatchObject({
      code: "blank-label",
      severity: "info",
      field: null,
      value: null,
    });
    expect(issues[0].message).toBe(
      'Column A holds data but has no heading in row 2; it is read as the measure name. Give it a heading (e.g. "Measure").'
    );
  });

  it("reports an unheaded column of notes between two headed action columns", () => {
    const header = ["Ref", "Action", "Lead", "Deadline", null, "Progress to date"];
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        header,
        [
          "3.8",
          "Establish multi-agency training on key and emerging issues.",
          "Rachel Gravett",
          "30/12/22",
          "Partnership QA sub-group",
          "Framework being set up",
        ],
      ],
    });
    const issues = runRule(blankLabel, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!E1"]);
    expect(issues[0].message).not.toContain("measure name");
  });

  it("reports nothing when the name column is headed, or when an unheaded column is empty", () => {
    const headed = snapshotOf({
      name: "Improvement Plan",
      rows: [["Measure", ...BCP_KPIS.slice(1)], ...KPI_ROWS],
    });
    expect(runRule(blankLabel, headed)).toEqual([]);
    const emptyColumn = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "3.8",
          "Establish multi-agency training",
          "Rachel Gravett",
          "30/12/22",
          null,
          "A robust training offer",
          "Framework",
          "Impact will follow this.",
        ],
      ],
    });
    expect(runRule(blankLabel, emptyColumn)).toEqual([]);
  });
});
