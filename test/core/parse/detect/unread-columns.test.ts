/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { snapshotOf } from "../../../support/snapshot-builder";

// "Priority" heads two different columns: a council's priority areas ("Priority 1", "P2"), which
// group the plan, and an action log's urgency ("High", "Medium", "Low"), which does not.
const plan = (priorities: string[]) =>
  detectPlan(
    snapshotOf({
      name: "Actions",
      rows: [
        ["Ref", "Description", "Priority", "Responsible party", "Due date", "Status"],
        ...priorities.map((priority, i) => [
          `AI0${i + 1}`,
          `Action ${i + 1}`,
          priority,
          "Project Manager",
          "March 2026",
          "Open",
        ]),
      ],
    })
  );

describe("a Priority column", () => {
  it("of levels is not a group: the plan is not split into High, Medium and Low", () => {
    const model = plan(["Medium", "High", "Low", "High", "very high"]);
    expect(model.actions).toHaveLength(5);
    expect(model.groups).toEqual([]);
    expect(new Set(model.actions.map((a) => a.group))).toEqual(new Set([""]));
    expect(model.sheets[0].tables[0].columns.some((c) => c.field === "group")).toBe(false);
  });

  it("of priority areas groups the plan", () => {
    const model = plan(["Priority 1", "P1", "Priority 2", "P2", "Priority 3"]);
    expect(model.groups.map((g) => g.label)).toEqual(["Priority 1", "Priority 2", "Priority 3"]);
    expect(model.actions.map((a) => a.group)).toEqual([
      "Priority 1",
      "Priority 1",
      "Priority 2",
      "Priority 2",
      "Priority 3",
    ]);
  });
});

describe("why a column is not read", () => {
  it("says which column is read for the same thing, that the cells do not fit, or that nobody knows it", () => {
    const model = detectPlan(
      snapshotOf({
        name: "Actions",
        rows: [
          [
            "Ref",
            "Description",
            "Priority",
            "Owner",
            "Due date",
            "Completion date",
            "Status",
            "Cost code",
          ],
          ["AI01", "Write the brief", "High", "A Smith", "March 2026", "", "Open", "X1"],
          ["AI02", "Book the room", "Low", "A Smith", "April 2026", "", "Open", "X2"],
          ["AI03", "Send the invites", "Medium", "B Jones", "May 2026", "", "Open", "X3"],
        ],
      })
    );
    expect(model.unmapped.map((n) => [n.cell, n.reason])).toEqual([
      [
        "C1",
        'The column heading "Priority" is not read: its cells do not hold what the heading names.',
      ],
      [
        "F1",
        'The column heading "Completion date" is not read: "Due date" (column E) is read for the same thing.',
      ],
      [
        "H1",
        'The column heading "Cost code" is not one Plan Tracker recognises, so its values are not read.',
      ],
    ]);
  });
});
