/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { snapshotOf } from "../../support/snapshot-builder";

// The same plans laid out another way read the same: a section row directly under the header, and
// a priority written on every row instead of heading a block of rows.

const BCP_HEADER = [
  "Ref",
  "Action",
  "Lead",
  "Deadline",
  "RAG",
  "Success measures",
  "Progress to date",
];

describe("a section row directly under the header", () => {
  const rows = [
    ["Improvement Plan – January 2023"],
    [],
    BCP_HEADER,
    ["1. The experiences and progress of children who need help and protection"],
    ["1.1", "Strengthen the front door", "Juliette Blake", "31/12/2022", "Amber", "", "Started"],
    ["1.2", "Improve assessment timeliness", "Juliette Blake", "31/03/2023", "Green"],
    ["2. The experiences and progress of children in care"],
    ["2.1", "Improve the health offer", "Sara Scholey", "30/06/2023", "Red"],
  ];

  it.each([
    ["merged across the table", ["A4:G4", "A7:G7"]],
    ["not merged", []],
  ])("%s: every action is read, in its own section", (_, merges) => {
    const model = detectPlan(snapshotOf({ name: "Improvement Plan", rows, merges }));
    expect(model.actions.map((a) => [a.ref, a.group])).toEqual([
      ["1.1", "1. The experiences and progress of children who need help and protection"],
      ["1.2", "1. The experiences and progress of children who need help and protection"],
      ["2.1", "2. The experiences and progress of children in care"],
    ]);
    expect(model.groups.map((g) => g.label)).toEqual([
      "1. The experiences and progress of children who need help and protection",
      "2. The experiences and progress of children in care",
    ]);
  });
});

describe("a priority written on every row rolls up as a priority heading does", () => {
  // Thurrock's 1–5 ratings, one column per reporting period.
  const header = ["Outcome", "Action", "Lead", "Time", "RAG 01/18", "RAG 03/18"];
  const asBlocks = [
    ["Priority 1", ...header],
    ["", "Stable workforce", "Recruit permanent managers", "S Murphy", "Mar 2018", 2, 3],
    ["", "Stable workforce", "Reduce agency use", "S Murphy", "Jun 2018", 3, 4],
    [],
    ["Priority 2", ...header],
    ["", "Timely assessments", "Audit assessments", "C Moore", "Mar 2018", 1, 2],
  ];
  const asColumn = [
    ["Priority", ...header],
    ["Priority 1", "Stable workforce", "Recruit permanent managers", "S Murphy", "Mar 2018", 2, 3],
    ["Priority 1", "Stable workforce", "Reduce agency use", "S Murphy", "Jun 2018", 3, 4],
    ["P2", "Timely assessments", "Audit assessments", "C Moore", "Mar 2018", 1, 2],
  ];

  const rolled = (rows: (string | number)[][]) => {
    const model = detectPlan(snapshotOf({ name: "Development Plan", rows }));
    const result = ratePlan(model, { asOf: "2018-04-30", policy: DEFAULT_RAG_POLICY });
    return {
      groups: model.groups.map((g) => [g.label, g.kind, g.id]),
      actions: model.actions.map((a) => a.group),
      means: result.groups.map((g) => [
        g.name,
        g.score?.previous ?? null,
        g.score?.current ?? null,
      ]),
      counts: result.groups.map((g) => [g.name, g.counts]),
    };
  };

  it("finds the same priorities, with the same means and counts, either way", () => {
    const blocks = rolled(asBlocks);
    const column = rolled(asColumn);
    expect(column.groups).toEqual([
      ["Priority 1", "priority", "1"],
      ["Priority 2", "priority", "2"],
    ]);
    expect(column.actions).toEqual(["Priority 1", "Priority 1", "Priority 2"]);
    expect(column.means).toEqual(blocks.means);
    expect(column.counts).toEqual(blocks.counts);
    expect(column.means).toEqual([
      ["Priority 1", 2.5, 3.5],
      ["Priority 2", 1, 2],
    ]);
  });
});
