/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { planTitle } from "../../../src/core/report/plan-title";
import { generateLayout } from "../../support/layout-generator";
import { PLAN_TITLES } from "../../support/layout-words";
import { loadFixture, snapshotOf } from "../../support/snapshot-builder";

// docs/HISTORY.md#issue-11-4: a report's title comes from the plan's own title, else "<sheet> — <file>";
// never from a column heading ("planning_ref", "% complete", "Version control").

describe("the board report's title", () => {
  it.each(["bcp", "gcc", "thurrock", "scorecard"] as const)(
    "on the %s seed is the plan's title or its sheet and file, never a heading",
    (id) => {
      const snapshot = loadFixture(id);
      const model = detectPlan(snapshot);
      const title = planTitle(snapshot, model);
      const headings = new Set(
        model.sheets.flatMap((s) => s.tables.flatMap((t) => t.columns.map((c) => c.header.trim())))
      );
      expect(headings.has(title)).toBe(false);
      console.log(`${id}: ${title}`);
    }
  );

  it("on generated layouts is the plan title written above the table, else the sheet and file", () => {
    const wrong: string[] = [];
    for (let seed = 1; seed <= 200; seed += 1) {
      const layout = generateLayout(seed);
      const title = planTitle(layout.snapshot, detectPlan(layout.snapshot));
      const planSheet =
        layout.truth.tables.find((t) => t.kind === "actions")?.sheet ??
        layout.truth.tables[0].sheet;
      const sheet = layout.sheets.find((s) => s.name === planSheet);
      // The generator writes a plan title only as the first of its title rows, in the table's first column.
      const written = sheet?.rows
        .slice(0, 6)
        .flat()
        .find((v) => typeof v === "string" && PLAN_TITLES.includes(v));
      const expected = written ?? `${planSheet} — ${layout.snapshot.name}`;
      if (title !== expected) wrong.push(`seed ${seed}: "${title}" (expected "${expected}")`);
    }
    expect(wrong).toEqual([]);
  });

  it("skips dates, versions, notes and page furniture above the table, and never takes a heading", () => {
    const snapshot = snapshotOf({
      name: "Progress",
      rows: [
        ["Last updated: 14 February 2025"],
        ["Page 3"],
        ["Key: Red = off track"],
        ["planning_ref", "Action", "Lead", "Deadline", "RAG"],
        ["1", "Review the front door", "Ann James", "30/06/2025", "Green"],
      ],
    });
    expect(planTitle(snapshot, detectPlan(snapshot))).toBe(`Progress — ${snapshot.name}`);
    const titled = snapshotOf({
      name: "Progress",
      rows: [
        ["Children's Services Improvement Plan"],
        [],
        ["Ref", "Action", "Lead", "Deadline", "RAG"],
        ["1", "Review the front door", "Ann James", "30/06/2025", "Green"],
      ],
    });
    expect(planTitle(titled, detectPlan(titled))).toBe("Children's Services Improvement Plan");
  });
});
