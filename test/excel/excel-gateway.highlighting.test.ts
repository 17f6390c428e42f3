/** @jest-environment node */
import { writeRatings } from "../../src/app/rate-workbook";
import { DEFAULT_RAG_POLICY } from "../../src/core/rag/rag-policy";
import { isHighlightingFormula } from "../../src/core/rag/write/highlighting-signature";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { loadFixture } from "../support/snapshot-builder";
import { installFakeExcel, type FakeExcel, type FakeWorkbookInit } from "./fake-excel";
import { parseArea } from "./fake/grid";
import type { StoredConditionalFormat } from "./fake/store";
import { readStore } from "./helpers/store-reading";
import { fromSnapshot, recordIn } from "./helpers/undo-reading";

// Refresh RAG replaces its own target-vs-actual highlighting instead of stacking another set each
// run (docs/HISTORY.md#issue-6): the last refresh's rules come off, the council's own stay, undo lays them back.
const NOW = new Date("2023-02-01T09:30:00.000Z");
const AS_OF = "2022-07-31";
const gateway = () => createExcelGateway({ now: () => NOW });
/** A second refresh whose rules differ from the first's: a wider tolerance. */
const WIDER = { ...DEFAULT_RAG_POLICY, tolerance: { mode: "relative" as const, value: 10 } };

/** The council's own rule on the very cells Plan Tracker highlights (the scorecard's Actual column). */
const COUNCIL_FORMULA = "=AND(ISNUMBER(H6),H6>1000)";
const withCouncilRule = (fake: FakeExcel): void => {
  const area = parseArea("H6:H26");
  fake.sheet("Scorecard").conditionalFormats.push({
    id: fake.store.newId(),
    area,
    areas: [area],
    type: "Custom",
    formula: COUNCIL_FORMULA,
    fill: "#FFFF00",
    fontColour: null,
    priority: 0,
  });
  // And one of another type there, whose `custom` Excel would refuse to read.
  fake.sheet("Scorecard").conditionalFormats.push({
    id: fake.store.newId(),
    area,
    areas: [area],
    type: "DataBar",
    formula: null,
    fill: null,
    fontColour: null,
    priority: 1,
  });
};

const rules = (fake: FakeExcel): StoredConditionalFormat[] =>
  fake.sheet("Scorecard").conditionalFormats;
const ours = (fake: FakeExcel) =>
  rules(fake).filter((cf) => cf.formula !== null && isHighlightingFormula(cf.formula));

let fake: FakeExcel | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

const install = (apiVersion = "1.17"): FakeExcel => {
  fake = installFakeExcel(fromSnapshot(loadFixture("scorecard")), { apiVersion, platform: "web" });
  withCouncilRule(fake);
  return fake;
};

const refresh = async (excel: FakeExcel, policy = DEFAULT_RAG_POLICY) => {
  excel.resetStats();
  const written = await writeRatings(gateway(), { asOf: AS_OF, policy });
  if (!written.ok) throw new Error(written.error.message);
  return excel.stats.syncs;
};

describe.each([
  ["ExcelApi 1.17 (one rule over the scattered Actual cells)", "1.17", 6],
  ["ExcelApi 1.8 (one rule per Actual cell, read back one range each)", "1.8", 51],
])("Refresh RAG on %s", (_name, apiVersion, perSet) => {
  it("leaves exactly one set of its highlighting after three refreshes, and the council's own rules on the same cells", async () => {
    const excel = install(apiVersion);
    await refresh(excel);
    const once = readStore(excel.store);
    expect(ours(excel)).toHaveLength(perSet);
    await refresh(excel);
    await refresh(excel);
    expect(ours(excel)).toHaveLength(perSet);
    expect(rules(excel)).toHaveLength(perSet + 2);
    expect(
      rules(excel).filter((cf) => cf.formula === COUNCIL_FORMULA || cf.type === "DataBar")
    ).toHaveLength(2);
    expect(readStore(excel.store)).toEqual(once);
  });

  it("undone after the second refresh, gives the workbook as the first left it: its rules laid back, the council's untouched", async () => {
    const excel = install(apiVersion);
    await refresh(excel);
    const first = readStore(excel.store);
    await refresh(excel, WIDER);
    expect(readStore(excel.store)).not.toEqual(first);
    const record = recordIn(excel);
    // The rules it added as the plan gave them (6, over scattered cells); those it took off as Excel held them.
    expect(record?.rules).toHaveLength(6);
    expect(record?.removedRules).toHaveLength(perSet);
    expect(
      record?.removedRules.every(
        (removed) => removed.sheet === "Scorecard" && isHighlightingFormula(removed.rule.formula)
      )
    ).toBe(true);

    const undone = await gateway().undoLastRun?.();
    if (!undone?.ok) throw new Error(undone?.error.message ?? "no undo");
    expect(readStore(excel.store)).toEqual(first);
    expect(ours(excel)).toHaveLength(perSet);
  });
});

describe("what replacing costs in round trips", () => {
  it("nothing: 6 syncs for the first refresh, 7 for every later one (the ratings sheet's charts are looked for), as before", async () => {
    const excel = install();
    expect(await refresh(excel)).toBe(6);
    expect(await refresh(excel)).toBe(7);
    expect(await refresh(excel)).toBe(7);
  });

  it("the same however many sets an older version stacked up: all of them come off in one go", async () => {
    const excel = install();
    await refresh(excel);
    const set = ours(excel);
    // Three more sets, as three refreshes before this change would have left.
    for (let copy = 0; copy < 3; copy += 1)
      for (const cf of set) rules(excel).push({ ...cf, id: excel.store.newId() });
    expect(ours(excel)).toHaveLength(24);
    expect(await refresh(excel)).toBe(7);
    expect(ours(excel)).toHaveLength(6);
    expect(recordIn(excel)?.removedRules).toHaveLength(24);
    // Undo lays all 24 back, as they were.
    const undone = await gateway().undoLastRun?.();
    expect(undone?.ok).toBe(true);
    expect(ours(excel)).toHaveLength(24);
  });

  it("without undo too (the listing is in the first sync; nothing else is read)", async () => {
    const excel = install();
    excel.resetStats();
    await writeRatings(createExcelGateway({ now: () => NOW, keepUndo: false }), { asOf: AS_OF });
    await writeRatings(createExcelGateway({ now: () => NOW, keepUndo: false }), { asOf: AS_OF });
    expect(ours(excel)).toHaveLength(6);
    expect(excel.stats.calls["ConditionalFormat.getRanges"]).toBeUndefined();
  });
});

describe("a refresh that also writes a status column", () => {
  /** The scorecard beside an action plan whose typed Status column the refresh rewrites (guarded). */
  const combined = (): FakeWorkbookInit => ({
    name: "combined.xlsx",
    sheets: [
      ...fromSnapshot(loadFixture("scorecard")).sheets,
      {
        name: "Action Plan",
        values: [
          ["Ref", "Action", "Lead", "Timescale", "Status", "Progress update"],
          [
            "1.1",
            "Recruit permanent social workers",
            "Head of Workforce",
            "March 2023",
            "On track",
            "Update given",
          ],
          [
            "1.2",
            "Audit every open child in need plan",
            "Principal Social Worker",
            "December 2022",
            "At risk",
            "Update given",
          ],
        ],
      },
    ],
  });

  it("finds the earlier rules' ranges on the co-author re-read's sync: no round trip of its own", async () => {
    fake = installFakeExcel(combined(), { platform: "web" });
    withCouncilRule(fake);
    const first = await refresh(fake);
    const second = await refresh(fake);
    expect(ours(fake)).toHaveLength(6);
    expect(recordIn(fake)?.removedRules).toHaveLength(6);
    // The second refresh's one extra sync is the charts' look-up on the ratings sheet it now has.
    expect(second).toBe(first + 1);
    const rangesRode = fake.stats.perSync.find((sync) =>
      sync.calls.includes("ConditionalFormat.getRanges")
    );
    expect(rangesRode?.calls).toContain("Range.load");
  });
});

describe("a protected sheet of measures", () => {
  const OURS = "=AND(ISNUMBER(B2),ISNUMBER(A2),ROUND(B2-A2,10)<=0)";
  const clearing = {
    basedOn: { takenAt: "t", fingerprint: "f" },
    ops: [{ kind: "clearHighlighting" as const, sheet: "Measures" }],
  };

  it("is no obstacle while it holds none of Plan Tracker's rules (nothing there changes), and is refused once it does", async () => {
    fake = installFakeExcel({
      sheets: [
        {
          name: "Measures",
          protected: true,
          values: [
            ["Target", "Actual"],
            [1, 2],
          ],
        },
      ],
    });
    const area = parseArea("B2");
    fake.sheet("Measures").conditionalFormats.push({
      id: fake.store.newId(),
      area,
      areas: [area],
      type: "Custom",
      formula: "=B2>A2",
      fill: "#FFFF00",
      fontColour: null,
      priority: 0,
    });
    expect((await gateway().apply?.(clearing))?.ok).toBe(true);
    fake.sheet("Measures").conditionalFormats.push({
      id: fake.store.newId(),
      area,
      areas: [area],
      type: "Custom",
      formula: OURS,
      fill: "#00703C",
      fontColour: null,
      priority: 1,
    });
    const refused = await gateway().apply?.(clearing);
    expect(!refused?.ok && refused?.error).toMatchObject({
      kind: "protected-sheet",
      sheet: "Measures",
    });
    expect(fake.sheet("Measures").conditionalFormats).toHaveLength(2);
  });
});
