/** @jest-environment node */
import type { CellValue } from "../../../src/core/model/cell-value";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import type { SheetList } from "../../../src/core/snapshot/workbook-snapshot";
import { constraintError } from "../../../src/core/validate/rules/constraint-error";
import { snapshotOf } from "../../support/snapshot-builder";

const HEADER: CellValue[] = ["Ref", "Action", "Lead", "Timescale", "Status"];

const plan = (statuses: CellValue[], lists?: SheetList[], extra: CellValue[][] = []) => {
  const rows: CellValue[][] = [
    HEADER,
    ...statuses.map((status, i) => [
      `1.${i + 1}`,
      `Action number ${i + 1}`,
      "Head of Service",
      "March 2030",
      status,
    ]),
    ...extra,
  ];
  const snapshot = snapshotOf({ name: "Plan", rows });
  if (lists) snapshot.sheets[0].lists = lists;
  return snapshot;
};

const statusOf = (snapshot: ReturnType<typeof plan>) =>
  detectPlan(snapshot).actions.map(
    (a) => a.status && { level: a.status.level, label: a.status.label, rank: a.status.rank }
  );

describe("statuses that are not ratings", () => {
  it("never reports 'Not started' (or On hold, BAU) as an invalid status on a generic plan", () => {
    const snapshot = plan(["Not started", "On hold", "BAU", "In progress", "Banana"]);
    const invalid = constraintError
      .check({ snapshot, model: detectPlan(snapshot) })
      .map((issue) => issue.cell);
    expect(invalid).toEqual(["E6"]);
  });

  it("keeps the owner's word on the recorded rating and in the reason", () => {
    const snapshot = plan(["Amber/Red", "Not started"]);
    const rag = ratePlan(detectPlan(snapshot), { asOf: "2024-01-31", policy: DEFAULT_RAG_POLICY });
    expect(rag.actions.map((a) => [a.rating.level, a.rating.manualLabel])).toEqual([
      ["red", "Amber/Red"],
      ["green", "Not started"],
    ]);
    expect(rag.actions[0].rating.reason).toContain("recorded Amber/Red");
  });

  it("leaves a withheld rating unrated, never green from its date, and raises no error", () => {
    const snapshot = plan(["Exempt under FOI", "Green"]);
    const model = detectPlan(snapshot);
    const rag = ratePlan(model, { asOf: "2024-01-31", policy: DEFAULT_RAG_POLICY });
    expect(rag.actions.map((a) => a.rating.level)).toEqual(["unrated", "green"]);
    expect(rag.actions[0].rating.reason).toMatch(/withheld/);
    expect(rag.overall.counts).toMatchObject({ unrated: 1, green: 1 });
    expect(constraintError.check({ snapshot, model })).toEqual([]);
  });

  it("takes cancelled, withdrawn and superseded actions out of the counts", () => {
    const snapshot = plan(["Cancelled", "Superseded", "Completed", "Off track"]);
    const model = detectPlan(snapshot);
    expect(model.actions.map((a) => a.placeholder)).toEqual([true, true, false, false]);
    const rag = ratePlan(model, { asOf: "2024-01-31", policy: DEFAULT_RAG_POLICY });
    expect(rag.actions).toHaveLength(2);
    expect(rag.overall.counts).toMatchObject({ blue: 1, red: 1 });
  });

  it("counts the five Delivery Confidence ratings on three colours, labels kept", () => {
    const snapshot = plan(["Red", "Amber/Red", "Amber/Red", "Amber", "Amber/Green", "Green"]);
    const rag = ratePlan(detectPlan(snapshot), { asOf: "2024-01-31", policy: DEFAULT_RAG_POLICY });
    expect(rag.overall.counts).toMatchObject({ red: 3, amber: 1, green: 2 });
    expect(statusOf(snapshot).map((s) => s?.rank)).toEqual([1, 2, 2, 3, 4, 5]);
  });
});

describe("a status column's dropdown", () => {
  const towns: SheetList = {
    range: "E2:E20",
    values: [
      "< Select >",
      "1. Not yet started",
      "2. Ongoing - on track",
      "3. Ongoing - delayed",
      "4. Completed",
      "5. Other",
    ],
  };

  it("gives the column its words, ordered as listed; a word of the list no preset knows is unrated, never invalid", () => {
    const snapshot = plan(
      ["3. Ongoing - delayed", "5. Other", "1. Not yet started", "4. Completed", "< Select >"],
      [towns]
    );
    expect(statusOf(snapshot)).toEqual([
      { level: "amber", label: "3. Ongoing - delayed", rank: 4 },
      { level: "unrated", label: "5. Other", rank: 6 },
      { level: "unrated", label: "1. Not yet started", rank: 2 },
      { level: "blue", label: "4. Completed", rank: 5 },
      { level: "unrated", label: "< Select >", rank: 1 },
    ]);
    expect(constraintError.check({ snapshot, model: detectPlan(snapshot) })).toEqual([]);
  });

  it("is the column's own: the same word outside the dropdown's columns is still invalid", () => {
    const elsewhere: SheetList = { ...towns, range: "C2:C20" };
    const snapshot = plan(["5. Other"], [elsewhere]);
    expect(
      constraintError.check({ snapshot, model: detectPlan(snapshot) }).map((issue) => issue.cell)
    ).toEqual(["E2"]);
  });

  it("reads a plain colour ladder by position where a shade is not a known word", () => {
    const ladder: SheetList = {
      range: "E2:E20",
      values: ["Dark red", "Red", "Amber", "Light green", "Dark green"],
    };
    expect(
      statusOf(plan(["Dark red", "Light green", "Dark green"], [ladder])).map((s) => s?.level)
    ).toEqual(["red", "green", "green"]);
  });
});

describe("a numeric scale read the way its key says", () => {
  const key: CellValue[][] = [
    [],
    [null, null, null, null, null, null, "RAG Guidance", "Score"],
    [null, null, null, null, null, null, "Major issues causing significant delay", 5],
    [null, null, null, null, null, null, "Issues causing long delays", 4],
    [null, null, null, null, null, null, "Some short delays", 3],
    [null, null, null, null, null, null, "Minor issues, small delays", 2],
    [null, null, null, null, null, null, "No problems. On track to deliver", 1],
  ];

  it("takes 1 = no problems as green and 5 = major issues as red (the Towns Fund key)", () => {
    const snapshot = plan([1, 2, 3, 4, 5], undefined, key);
    expect(
      detectPlan(snapshot).actions.map((a) => a.status && [a.status.level, a.status.score])
    ).toEqual([
      ["green", 1],
      ["green", 2],
      ["amber", 3],
      ["red", 4],
      ["red", 5],
    ]);
  });

  it("without a key, reads 1-5 on Thurrock's scale as before", () => {
    expect(detectPlan(plan([1, 3, 5])).actions.map((a) => a.status?.level)).toEqual([
      "red",
      "green",
      "done",
    ]);
  });
});
