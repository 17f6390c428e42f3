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

  it("orders sheets as the workbook does, unknown sheets last in first-seen order", () => {
    const groups = groupIssues(issues, ["Actions", "Metrics"]);
    expect(groups.map((g) => [g.sheet, g.total])).toEqual([
      ["Actions", 3],
      ["Metrics", 1],
      ["Other", 1],
    ]);
  });

  it("puts errors first, then warnings, then info, keeping the rules' order within each", () => {
    const [actions] = groupIssues(issues, ["Actions"]);
    expect(actions.bySeverity.map((g) => [g.severity, g.issues.map((i) => i.message)])).toEqual([
      ["error", ["a2"]],
      ["warning", ["a1", "a3"]],
    ]);
  });

  it("keeps first-seen order without a workbook order, and returns nothing for no issues", () => {
    expect(groupIssues(issues).map((g) => g.sheet)).toEqual(["Metrics", "Actions", "Other"]);
    expect(groupIssues([])).toEqual([]);
  });
});
