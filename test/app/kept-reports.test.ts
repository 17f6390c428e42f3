/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport, type ReportRequest } from "../../src/app/generate-report";
import { cellText } from "../../src/core/model/cell-value";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// Each period's report is kept when the next one is made, and the version log grows a row a report.
const run = async (
  bytes: Uint8Array,
  request: Partial<ReportRequest>
): Promise<{ bytes: Uint8Array; snapshot: WorkbookSnapshot; kept: string | null }> => {
  const opened = await openXlsxWorkbook(bytes, "bcp.xlsx");
  if (!opened.ok) throw new Error(opened.error.message);
  const made = await generateReport(opened.value, {
    asOf: "2023-01-31",
    generatedAt: "1 Feb 2023 09:00",
    ...request,
  });
  if (!made.ok) throw new Error(made.error.message);
  const saved = await opened.value.save();
  const reread = await openXlsxWorkbook(saved, "copy.xlsx");
  if (!reread.ok) throw new Error(reread.error.message);
  const snapshot = await reread.value.read();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  return { bytes: saved, snapshot: snapshot.value, kept: made.value.kept };
};

const sheetText = (snapshot: WorkbookSnapshot, name: string): string[] =>
  (snapshot.sheets.find((s) => s.name === name)?.values ?? []).map((row) => {
    const texts = row.map((v) => cellText(v));
    while (texts.length > 0 && texts[texts.length - 1] === "") texts.pop();
    return texts.join(" | ");
  });
const versionRows = (snapshot: WorkbookSnapshot): string[] => {
  const rows = sheetText(snapshot, "Board report");
  const start = rows.findIndex((r) => r.startsWith("Version log"));
  return rows.slice(start + 2).filter((r) => r !== "");
};

describe("reports kept period by period", () => {
  it("keeps January's report as its own sheet when February's is made, and logs both versions", async () => {
    const fixture = new Uint8Array(
      readFileSync(join(__dirname, "..", "fixtures", "generated", "bcp.xlsx"))
    );
    const january = await run(fixture, { period: "January 2023" });
    expect(january.kept).toBeNull();
    expect(versionRows(january.snapshot)).toEqual([
      "1 | Board report for January 2023 | Plan Tracker | 1 Feb 2023 09:00",
    ]);

    const february = await run(january.bytes, {
      period: "February 2023",
      asOf: "2023-02-28",
      generatedAt: "1 Mar 2023 09:00",
    });
    expect(february.kept).toBe("Report – January 2023");
    const kept = sheetText(february.snapshot, "Report – January 2023");
    expect(kept[1]).toMatch(/^Board report – January 2023/);
    expect(kept).toEqual(sheetText(january.snapshot, "Board report").map((row) => row));
    expect(sheetText(february.snapshot, "Board report")[1]).toMatch(
      /^Board report – February 2023/
    );
    expect(versionRows(february.snapshot)).toEqual([
      "1 | Board report for January 2023 | Plan Tracker | 1 Feb 2023 09:00",
      "2 | Board report for February 2023 | Plan Tracker | 1 Mar 2023 09:00",
    ]);

    // The kept report is never read as part of the plan: the actions are counted once.
    const { detectPlan } = await import("../../src/core/parse/detect-plan");
    expect(detectPlan(february.snapshot).actions.length).toBe(
      detectPlan(january.snapshot).actions.length
    );

    // The same period again rebuilds in place; --replace never keeps.
    const again = await run(february.bytes, {
      period: "February 2023",
      asOf: "2023-02-28",
      generatedAt: "2 Mar 2023 09:00",
      audience: "committee",
    });
    expect(again.kept).toBeNull();
    expect(versionRows(again.snapshot)[2]).toBe(
      "3 | Board report for February 2023, committee version | Plan Tracker | 2 Mar 2023 09:00"
    );
    const replaced = await run(again.bytes, {
      period: "March 2023",
      asOf: "2023-03-31",
      replaceEarlier: true,
    });
    expect(replaced.kept).toBeNull();
    expect(
      replaced.snapshot.sheets.map((s) => s.name).filter((n) => n.startsWith("Report – "))
    ).toEqual(["Report – January 2023"]);
  }, 60_000);
});

describe("the change since the last recorded period, from the history sheet", () => {
  it("reads the snapshot taken last period: no change in each level, the mix over time, and reds carried from it", async () => {
    const { readPlan } = await import("../../src/app/analyse-workbook");
    const { ratePlan } = await import("../../src/core/rag/rate-plan");
    const { DEFAULT_RAG_POLICY } = await import("../../src/core/rag/rag-policy");
    const { periodSnapshotPlan } = await import("../../src/core/rag/write/period-snapshot");
    const { levelsOf } = await import("../../src/app/plan-settings");
    const opened = await openXlsxWorkbook(
      new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "generated", "bcp.xlsx"))),
      "bcp.xlsx"
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const plan = await readPlan(opened.value, undefined);
    if (!plan.ok) throw new Error(plan.error.message);
    const rated = ratePlan(plan.value.model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY });
    const history = periodSnapshotPlan(
      plan.value.snapshot,
      rated,
      levelsOf(plan.value.settings, plan.value.model),
      "Dec 2022"
    );
    if (!history.ok) throw new Error(history.error);
    const applied = await opened.value.apply(history.value);
    if (!applied.ok) throw new Error(applied.error.message);
    const made = await generateReport(opened.value, { asOf: "2023-01-31", generatedAt: "test" });
    if (!made.ok) throw new Error(made.error.message);
    const { report } = made.value;
    expect(report.change?.since).toBe("Dec 2022");
    expect(Object.values(report.change?.counts ?? {}).every((n) => n === 0)).toBe(true);
    expect(report.periods.map((p) => p.period)).toEqual(["Dec 2022", "Now"]);
    const reds = report.actionExceptions.filter((e) => e.level === "red");
    expect(reds.length).toBeGreaterThan(0);
    expect(reds.every((e) => e.carriedFrom === "Dec 2022")).toBe(true);
  }, 60_000);
});
