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
