/** @jest-environment node */
import { groupIssues } from "../../../../src/taskpane/components/validate/group-issues";
import { issue } from "../../helpers/workbook";

describe("groupIssues", () => {
  const issues = [
    issue("Metrics", "B3", "info", "m1"),
    issue("Actions", "C4", "warning", "a1"),
    issue("Actions", "C5", "error", "a2"),
    issue("Actions", "C2", "warning", "a3"),
    issue("Other", "A1", "error", "o1"),
  ];

  it("puts sheets with errors first, then the workbook's order, unknown sheets last in first-seen order", () => {
    const groups = groupIssues(issues, ["Actions", "Metrics"]);
    // Metrics holds only a note: it never comes before the error on Other (docs/HISTORY.md#issue-11).
    expect(groups.map((g) => [g.sheet, g.total])).toEqual([
      ["Actions", 3],
      ["Other", 1],
      ["Metrics", 1],
    ]);
    const equals = groupIssues(
      [issue("B", "A1", "warning", "b"), issue("A", "A1", "warning", "a")],
      ["A", "B"]
    );
    expect(equals.map((g) => g.sheet)).toEqual(["A", "B"]);
  });

  it("puts errors first, then warnings, then info, keeping the rules' order within each", () => {
    const [actions] = groupIssues(issues, ["Actions"]);
    expect(actions.bySeverity.map((g) => [g.severity, g.issues.map((i) => i.message)])).toEqual([
      ["error", ["a2"]],
      ["warning", ["a1", "a3"]],
    ]);
  });

  it("keeps first-seen order without a workbook order (worst first), and returns nothing for no issues", () => {
    expect(groupIssues(issues).map((g) => g.sheet)).toEqual(["Actions", "Other", "Metrics"]);
    expect(groupIssues([])).toEqual([]);
  });
});
