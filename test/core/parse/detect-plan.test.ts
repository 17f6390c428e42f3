/** @jest-environment node */
import { addressOf } from "../../../src/core/model/address";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { countedActions } from "../../../src/core/rag/level-counts";
import { groupMeans, scorePeriods } from "../../../src/core/rag/period-scores";
import { loadFixture } from "../../support/snapshot-builder";

// Detection on workbooks laid out like each seed plan, generated from the seed facts (docs/LAYOUTS.md, docs/SAMPLES.md).

describe("Gloucestershire layout (seed 000)", () => {
  const model = detectPlan(loadFixture("gcc"));

  it("is recognised as the GCC layout with its 16 workstreams and 163 key actions", () => {
    expect(model.layout).toBe("gcc");
    expect(model.groups.filter((g) => g.kind === "workstream").map((g) => g.id)).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
    ]);
    expect(model.actions).toHaveLength(163);
  });

  it("keys actions by workstream and row order, and reads owners and timescales", () => {
    const first = model.actions.find((a) => a.key === "1.1.01");
    expect(first).toMatchObject({
      title: expect.stringMatching(/^Plan signed off by SWFPG/),
      group: "1.1 Recruitment and Retention",
      owners: ["Ann James", "SWFPG"],
    });
    expect(first?.timescale).toMatchObject({ kind: "DEADLINE", due: "2022-06-30" });
    expect(model.actions.find((a) => a.key === "1.1.11")?.timescale).toMatchObject({
      kind: "ONGOING_FROM",
      start: "2022-05-01",
    });
    expect(model.actions.find((a) => a.key === "3.2.03")?.timescale.kind).toBe("MISSING");
    expect(model.actions.find((a) => a.key === "3.4.09")?.timescale).toMatchObject({
      kind: "FIN_YEAR",
      start: "2024-04-01",
      due: "2025-03-31",
    });
  });

  it("reads the workstream leads, with 3.5's empty Lead: as none", () => {
    const byId = new Map(model.groups.map((g) => [g.id, g]));
    expect(byId.get("1.1")?.lead).toBe("Ann James");
    expect(byId.get("3.5")?.lead).toBeNull();
    expect(byId.get("3.5")?.leadCell).not.toBeNull();
    expect(byId.get("1.1")?.parent).toBe("1");
  });

  it("reads the monthly Target/Actual grid under a two-row header, percentages in every spelling", () => {
    const assessments = model.measures.find((m) => m.name.startsWith("% of Single Assessments"));
    const april = assessments?.periods.find((p) => p.label === "Apr 22");
    expect(april?.target).toMatchObject({ value: 90, percent: true });
    expect(april?.actual).toMatchObject({ value: 78.8, percent: true });
    const turnover = model.measures.find((m) => m.name === "Turnover (overall)");
    expect(turnover?.periods.find((p) => p.label === "Apr 22")?.actual?.value).toBe(24.9);
    expect(turnover?.periods.map((p) => p.label)).toContain("Jan 23");
    expect(turnover?.group).toBe("1.1 Recruitment and Retention");
  });

  it("reads the ticked workstream statuses by label, never by glyph", () => {
    const ws11 = model.groupStatuses.filter((s) => s.group === "1.1 Recruitment and Retention");
    expect(ws11.map((s) => [s.dimension, s.entries.find((e) => e.ticked)?.level])).toEqual([
      ["actions", "green"],
      ["impact", "amber"],
    ]);
    const mismatched = model.groupStatuses.flatMap((s) => s.entries).filter((e) => e.glyphLevel);
    expect(mismatched.map((e) => `${e.glyph} ${e.label} → ${e.level}`)).toContain(
      "◆ Compromised → red"
    );
  });

  it("tells milestone grids apart from measure grids", () => {
    const tables = model.sheets.flatMap((s) => s.tables);
    expect(tables.filter((t) => t.kind === "milestones").length).toBeGreaterThan(0);
    expect(
      tables
        .filter((t) => t.kind === "milestones")
        .every((t) => t.columns.every((c) => c.field === "period"))
    ).toBe(true);
  });

  it("finds the version log and the unfilled dashboard period", () => {
    expect(model.sheets.find((s) => s.name === "Version control")?.roles).toContain("version-log");
    expect(model.placeholderTexts.map((c) => `${c.sheet}!${addressOf(c)}`)).toEqual([
      "DASHBOARD!C2",
    ]);
  });
});

describe("BCP layout (seed 003)", () => {
  const model = detectPlan(loadFixture("bcp"));

  it("reads the RAG key's own fills as the colour legend", () => {
    expect(model.layout).toBe("bcp");
    expect(model.colourKey.map((k) => [k.level, k.fill])).toEqual([
      ["red", "#FF0000"],
      ["amber", "#FFC000"],
      ["green", "#00B050"],
      ["blue", "#0070C0"],
      ["done", "#7030A0"],
    ]);
  });

  it("rates colour-only RAG cells through the key, so the counts match the key's 2/17/13/2/4", () => {
    const counts: Record<string, number> = {};
    for (const action of countedActions(model.actions)) {
      const level = action.status?.level ?? "unrated";
      counts[level] = (counts[level] ?? 0) + 1;
    }
    expect(counts).toEqual({ red: 2, amber: 17, green: 13, blue: 2, done: 4, unrated: 8 });
    expect(model.actions.find((a) => a.ref === "1.1")?.status).toMatchObject({
      level: "green",
      source: "fill",
    });
  });

  it("keeps completed rows in their priority, and tombstones out of the counts", () => {
    const completed = model.actions.filter((a) => a.completedTable).map((a) => [a.ref, a.group]);
    expect(completed).toEqual([
      ["1.12", "1. The experiences and progress of children who need help and protection"],
      ["3.1", "3. Leadership and management"],
      ["3.3", "3. Leadership and management"],
      ["3.4", "3. Leadership and management"],
    ]);
    expect(model.actions.find((a) => a.ref === "1.5")?.placeholder).toBe(true);
  });

  it("sets the caseload table pasted into the Ref column apart from the actions", () => {
    expect(model.strayRows.map((a) => a.ref)).toEqual([
      "Caseloads",
      "Assessment",
      "Children & Families Fmt",
      "CHAD",
      "PI Disput",
      "Complex Safeguarding Team",
      "Care Experienced Young People",
      "Children in Care",
      "Eden Stream",
    ]);
  });

  it("reads 3.14's three deadlines as the last with two revisions", () => {
    expect(model.actions.find((a) => a.ref === "3.14")?.timescale).toMatchObject({
      due: "2023-01-23",
      revisions: ["2022-06-30", "2022-11-23"],
    });
  });

  it("reads the KPI tables with National and Statistical Neighbours comparators", () => {
    const rereferrals = model.measures.find(
      (m) => m.name === "Percentage of re-referrals in 12 months"
    );
    expect(rereferrals?.periods.find((p) => p.label === "Nov 22")?.actual).toMatchObject({
      value: 29,
      percent: true,
    });
    expect(rereferrals?.comparators.map((c) => [c.label, c.value?.value])).toEqual([
      ["National", 22],
      ["Statistical Neighbours", 23],
    ]);
    const sgo = model.measures.find((m) => m.name === "Percentage leaving care with SGO");
    expect(sgo?.periods.find((p) => p.label === "Jul 22")?.actual).toMatchObject({
      value: 4.2,
      periodNote: "Q1",
    });
    expect(model.measures).toHaveLength(15);
  });

  it("notes the 13 continuation rows and the dash separators", () => {
    expect(model.rowNotes.filter((n) => n.kind === "continuation-row")).toHaveLength(13);
    expect(model.rowNotes.filter((n) => n.kind === "blank-row").map((n) => n.row)).toEqual([
      69, 84,
    ]);
  });
});

describe("Thurrock layout (seed 004)", () => {
  const model = detectPlan(loadFixture("thurrock"));

  it("reads the 18 success-measure rows with their period ratings", () => {
    expect(model.layout).toBe("thurrock");
    expect(model.actions).toHaveLength(18);
    expect(scorePeriods(model.actions).periods).toEqual(["RAG initial", "RAG 01/18"]);
  });

  it("takes the latest column holding a rating as current, and the one before as previous", () => {
    expect(scorePeriods(model.actions)).toMatchObject({
      current: "RAG 01/18",
      previous: "RAG initial",
    });
  });

  it("gives the published priority means for P1, P5 and P6 (docs/RATINGS.md#thurrock-averages)", () => {
    const initial = groupMeans(model.actions, "RAG initial");
    const jan = groupMeans(model.actions, "RAG 01/18");
    expect([initial.get("Priority 1"), jan.get("Priority 1")]).toEqual([2.75, 3.25]);
    expect([initial.get("Priority 5"), jan.get("Priority 5")]).toEqual([2, 2]);
    expect([initial.get("Priority 6"), jan.get("Priority 6")]).toEqual([1.5, 2.5]);
  });

  it("fills merged Action cells down and re-aligns the shifted rows", () => {
    const p1 = model.actions.filter((a) => a.group === "Priority 1");
    expect(p1[1].title).toBe(p1[0].title);
    const shifted = model.rowNotes.filter((n) => n.kind === "row-shifted").map((n) => n.shift);
    expect(shifted).toEqual([1, 3]);
    const l177 = model.actions.find(
      (a) => a.row === model.rowNotes.find((n) => n.kind === "row-shifted")?.row
    );
    expect(l177?.ratings.map((r) => [r.period, r.score])).toEqual([
      ["RAG initial", 2],
      ["RAG 01/18", 2],
    ]);
    expect(l177?.timescale.due).toBe("2018-06-30");
  });

  it("reads Time cells held as Excel dates shown mmm-yy as the end of that month", () => {
    expect(model.actions[0].timescale).toMatchObject({ kind: "DEADLINE", due: "2018-01-31" });
  });

  it("reads the typed plan and priority summaries and the priority boxes", () => {
    const boxes = model.typedTotals.filter((t) => t.kind === "box");
    expect(boxes.slice(0, 2).map((b) => [b.group, b.label, b.cell.value])).toEqual([
      ["Priority 1", "previous", 3],
      ["Priority 1", "current", 3],
    ]);
    expect(
      model.typedTotals.find((t) => t.kind === "mean" && t.group === "" && t.label === "current")
        ?.cell.value
    ).toBe(2.6);
  });

  it("groups indicators by their P-number", () => {
    expect(model.measures.find((m) => m.name.startsWith("Care Leavers in EET"))?.group).toBe(
      "Priority 7"
    );
  });
});

describe("Corporate scorecard (seed 001)", () => {
  const model = detectPlan(loadFixture("scorecard"));

  it("reads all 17 measures with polarity from the workbook's own words and their sections", () => {
    expect(model.layout).toBe("scorecard");
    expect(model.measures).toHaveLength(17);
    expect(new Set(model.measures.map((m) => m.group))).toEqual(
      new Set([
        "Quality Assurance",
        "Contact Activity",
        "Children in Need of Help & Protection",
        "Children in Care",
        "Care Experienced Young People",
      ])
    );
    expect(model.measures[0]).toMatchObject({
      polarity: "higher_is_better",
      basis: "Latest Quarter",
    });
    expect(model.measures.find((m) => m.polarityText === "Smaller is Better")?.polarity).toBe(
      "lower_is_better"
    );
  });

  it("pairs Actual Jun22 with Target Jun22 as one period, and keeps the earlier quarters", () => {
    const absent = model.measures.find((m) => m.name === "% Children in Care persistently absent");
    const june = absent?.periods.find((p) => p.label === "Jun 22");
    expect(june?.actual?.value).toBe(24.5);
    expect(june?.target?.value).toBe(5);
    expect(absent?.periods.map((p) => p.label)).toEqual([
      "Jun 21",
      "Sep 21",
      "Dec 21",
      "Mar 22",
      "Jun 22",
    ]);
    expect(absent?.comparators[0]).toMatchObject({
      label: "Comparator Group",
      value: null,
      text: "?",
    });
  });
});
