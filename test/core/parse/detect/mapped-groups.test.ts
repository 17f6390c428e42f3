/** @jest-environment node */
import { mappingOptions } from "../../../../src/core/mapping/mapping-options";
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { snapshotOf } from "../../../support/snapshot-builder";
import { exampleMapping } from "../../mapping/example-mapping";

// A group named in the mapping is read like one written in the workbook: "P1" is Priority 1,
// one group however it is spelt, and the actions under it count towards that group.
describe("groups named in a mapping", () => {
  const header = ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"];
  const twoSheets = (first: string, second: string) => {
    const snapshot = snapshotOf(
      {
        name: "Improvement Plan",
        rows: [header, ["1", "Hire staff", "Ann", "Mar 2026", "Green", ""]],
      },
      { name: "Children", rows: [header, ["2", "Open a hub", "Bob", "Mar 2026", "Amber", ""]] }
    );
    const mapping = exampleMapping();
    const table = mapping.sheets[0].tables[0];
    mapping.sheets[0].tables[0] = { ...table, group: first };
    mapping.sheets.push({
      name: "Children",
      roles: ["plan"],
      tables: [{ ...table, group: second }],
    });
    return detectPlan(snapshot, mappingOptions(mapping).detect);
  };

  it("gives a table mapped to “P1” the group Priority 1, and its actions that group", () => {
    const model = twoSheets("P1", "p 2");
    expect(model.groups.map((g) => [g.label, g.kind])).toEqual([
      ["Priority 1", "priority"],
      ["Priority 2", "priority"],
    ]);
    expect(model.actions.map((a) => a.group)).toEqual(["Priority 1", "Priority 2"]);
  });

  it.each([
    ["P1", "Priority 1"],
    ["Priority 1", "P1"],
  ])("keeps one Priority 1 when one table says “%s” and another “%s”", (first, second) => {
    const model = twoSheets(first, second);
    expect(model.groups.map((g) => g.label)).toEqual(["Priority 1"]);
    expect(model.actions.map((a) => a.group)).toEqual(["Priority 1", "Priority 1"]);
  });

  it("keeps a workstream's own words", () => {
    const model = twoSheets("1.1 Recruitment and Retention", "");
    expect(model.groups.map((g) => [g.label, g.id])).toEqual([
      ["1.1 Recruitment and Retention", "1.1"],
    ]);
    expect(model.actions.map((a) => a.group)).toEqual(["1.1 Recruitment and Retention", ""]);
  });
});
