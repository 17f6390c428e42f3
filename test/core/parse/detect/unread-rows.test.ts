/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { findTables } from "../../../../src/core/parse/detect/find-tables";
import { SheetGrid } from "../../../../src/core/parse/detect/sheet-grid";
import { unreadRows } from "../../../../src/core/parse/detect/unread-rows";
import { snapshotOf } from "../../../support/snapshot-builder";

const header = ["Action", "Owner", "Deadline", "RAG", "Progress"];
const action = (title: string): string[] => [title, "Ann Jones", "March 2026", "Green", "On track"];

describe("rows no table read", () => {
  // A table that ended early, as detection ends one at a heading it takes for a new table's title.
  const grid = new SheetGrid(
    snapshotOf({
      name: "Plan",
      rows: [
        header,
        action("Recruit six social workers"),
        action("Open the hub"),
        ["Total", "", "", 2],
        ["Audit case files", "Bob Lee", "June 2026", "Amber", ""],
        action("Train managers"),
        [],
        ["Signed off by the board", "12 May"],
        action("Refresh the policy"),
      ],
    }).sheets[0]
  );
  const [table] = findTables(grid).tables;

  it("are said once per run, naming the rows and the table, with what to do", () => {
    const ended = { ...table, lastDataRow: 3 };
    expect(unreadRows(grid, [ended]).map((n) => [n.cell, n.reason])).toEqual([
      [
        "A5",
        "Rows 5–6 look like rows of the table headed in row 1 but come after the table ended (a heading with no header row of its own), so they are not read. Repeat the header row above them, or remove the heading between.",
      ],
      [
        "A9",
        "Row 9 looks like a row of the table headed in row 1 but comes after the table ended (a heading with no header row of its own), so it is not read. Repeat the header row above it, or remove the heading between.",
      ],
    ]);
  });

  it("are none when the table reads to its end", () => {
    expect(table.lastDataRow).toBe(9);
    expect(unreadRows(grid, [table])).toEqual([]);
  });
});

describe("a numbered heading inside a table, over a row with only a name", () => {
  it("groups the rows under it instead of ending the table", () => {
    const model = detectPlan(
      snapshotOf({
        name: "KPIs",
        rows: [
          ["KPI", "Target", "Actual"],
          ["1. Placement sufficiency"],
          ["Children in care per 10,000"],
          ["% of assessments within 45 days", 90, 73],
          ["2. Workforce"],
          ["Average caseload", 18, 22],
        ],
      })
    );
    expect(model.measures.map((m) => [m.row, m.group])).toEqual([
      [3, "1. Placement sufficiency"],
      [4, "1. Placement sufficiency"],
      [6, "2. Workforce"],
    ]);
    expect(model.unmapped).toEqual([]);
  });
});
