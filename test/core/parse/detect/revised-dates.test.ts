/** @jest-environment node */
import type { CellValue } from "../../../../src/core/model/cell-value";
import { checkMapOf } from "../../../../src/core/live-check/check-map";
import { DEFAULT_DATE_POLICY } from "../../../../src/core/model/timescale";
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { updateCells } from "../../../../src/core/updates/update-cells";
import { snapshotOf } from "../../../support/snapshot-builder";

// Plans keep a revised deadline beside the original ("Target date | Revised date"): where it is
// written it is the due date, and the original is kept as a revision, as when one cell holds both.
const plan = (header: string[], rows: CellValue[][]) => {
  const snapshot = snapshotOf({ name: "Plan", rows: [header, ...rows] });
  return { snapshot, model: detectPlan(snapshot) };
};

describe("a revised date column beside the original", () => {
  const { snapshot, model } = plan(
    ["Ref", "Action", "Lead", "Target date", "Revised date", "RAG"],
    [
      ["1", "Publish the local offer", "J Smith", "30/09/2025", "31/01/2026", "Amber"],
      ["2", "Recruit two EPs", "K Patel", "31/12/2025", "", "Green"],
      [
        "3",
        "Co-production charter",
        "L Brown",
        "30/06/2025 revised to 30/09/2025",
        "31/03/2026",
        "Green",
      ],
      ["", "Agree the new panel", "", "", "30/04/2026", ""],
    ]
  );

  it("is the due date where filled, with the original dates as revisions in the order written", () => {
    expect(model.actions.map((a) => [a.timescale.due, a.timescale.revisions])).toEqual([
      ["2026-01-31", ["2025-09-30"]],
      ["2025-12-31", []],
      ["2026-03-31", ["2025-06-30", "2025-09-30"]],
      // A row with nothing but its title and a revised date is an action too, not a tail.
      ["2026-04-30", []],
    ]);
    expect(model.actions.map((a) => a.cells.due?.column)).toEqual([5, 4, 5, 5]);
  });

  it("is where a revised date from the pane is written, the original left as it was", () => {
    const cells = updateCells(snapshot, model, model.actions[1]);
    if (!cells.ok) throw new Error(cells.error);
    expect(cells.value.cells.due?.address).toBe("E3");
  });

  it("is found to the left of the original too, and live-checked once as a date", () => {
    const { snapshot: leftSnapshot, model: left } = plan(
      ["Action", "Lead", "New deadline", "Deadline", "RAG"],
      [["Open the hub", "J Smith", "31/01/2026", "30/09/2025", "Amber"]]
    );
    expect([left.actions[0].timescale.due, left.actions[0].timescale.revisions]).toEqual([
      "2026-01-31",
      ["2025-09-30"],
    ]);
    const checked = checkMapOf(leftSnapshot, left, DEFAULT_DATE_POLICY).tables[0].columns;
    expect(checked.filter((c) => c.field === "due").map((c) => c.column)).toEqual([4, 3]);
  });

  it("is not a completion date: only a heading that revises makes a second due column", () => {
    const { model: done } = plan(
      ["Action", "Lead", "Due date", "Completion date", "Status"],
      [["Open the hub", "J Smith", "30/09/2025", "02/10/2025", "Complete"]]
    );
    expect(done.sheets[0].tables[0].columns.filter((c) => c.field === "due")).toHaveLength(1);
    expect(done.actions[0].timescale.due).toBe("2025-09-30");
  });
});
