/** @jest-environment node */
import { mkdtempSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { runCli } from "../support/run-cli";

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);
const cli = runCli;

describe("plan-tracker rag", () => {
  it("prints the JSON contract: actions, measures, groups and overall, dates as YYYY-MM-DD", async () => {
    const { code, out } = await cli("rag", fixture("thurrock"), "--as-of", "2018-07-03", "--json");
    expect(code).toBe(0);
    const rag = JSON.parse(out);
    expect(rag.asOf).toBe("2018-07-03");
    expect(Object.keys(rag.actions[0])).toEqual(
      expect.arrayContaining([
        "sheet",
        "row",
        "ref",
        "title",
        "group",
        "due",
        "status",
        "level",
        "reason",
      ])
    );
    expect(rag.actions[0]).toMatchObject({
      sheet: "Development Plan",
      row: 34,
      due: "2018-01-31",
      status: "blue",
      level: "blue",
    });
    const p1 = rag.groups.find((g: { name: string }) => g.name === "Priority 1");
    expect(p1.score).toEqual({ previous: 2.8, current: 3.3 });
    expect(Object.keys(rag.overall)).toEqual(
      expect.arrayContaining(["counts", "percent", "score"])
    );
  });

  it("names measures one way in its JSON: measures and measureCounts (docs/HISTORY.md#issue-13)", async () => {
    const { out } = await cli("rag", fixture("thurrock"), "--as-of", "2018-07-03", "--json");
    const rag = JSON.parse(out);
    expect(Object.keys(rag)).toEqual([
      "asOf",
      "actions",
      "measures",
      "groups",
      "overall",
      "scorePeriods",
      "reconciliation",
    ]);
    expect(Object.keys(rag.overall)).toEqual(["counts", "percent", "score", "measureCounts"]);
    for (const group of rag.groups)
      expect(Object.keys(group)).toEqual(["name", "counts", "percent", "score", "measureCounts"]);
  });

  it("gives each measure its period, Actual cell, polarity, level and direction (scorecard)", async () => {
    const { out } = await cli("rag", fixture("scorecard"), "--as-of", "2022-07-31", "--json");
    const rag = JSON.parse(out);
    const measure = rag.measures.find((m: { name: string }) =>
      m.name.startsWith("% of Children open to Social Care")
    );
    expect(measure).toMatchObject({
      period: "Jun 22",
      cell: "H7",
      target: 90,
      actual: 85.9,
      polarity: "higher_is_better",
      level: "amber",
      direction: "improving",
    });
    expect(rag.groups[0].score).toBeNull();
  });

  it("gives every rated period of each measure, oldest first, for trend charts", async () => {
    const { out } = await cli("rag", fixture("scorecard"), "--as-of", "2022-07-31", "--json");
    const rag = JSON.parse(out);
    const measure = rag.measures.find((m: { name: string }) =>
      m.name.startsWith("% of Children open to Social Care")
    );
    const latest = measure.periods[measure.periods.length - 1];
    expect(latest).toEqual({
      period: "Jun 22",
      cell: "H7",
      target: 90,
      actual: 85.9,
      level: "amber",
    });
    for (const p of measure.periods)
      expect(Object.keys(p)).toEqual(["period", "cell", "target", "actual", "level"]);
  });

  it("--write saves a copy with the ratings written in, and leaves the input untouched", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "plan-tracker-rag-")), "rated.xlsx");
    const before = readFileSync(fixture("bcp"));
    const { code } = await cli("rag", fixture("bcp"), "--as-of", "2023-01-31", "--write", out);
    expect(code).toBe(0);
    expect(readFileSync(fixture("bcp")).equals(before)).toBe(true);
    const opened = await openXlsxWorkbook(new Uint8Array(readFileSync(out)), "rated.xlsx");
    const snapshot = opened.ok ? await opened.value.read() : null;
    // The plan's own sheet first, then the sheets Plan Tracker owns (its undo record travels with the copy).
    const names = snapshot?.ok ? snapshot.value.sheets.map((s) => s.name) : [];
    expect(names[0]).toBe("Improvement Plan");
    expect(names.slice(1).sort()).toEqual([
      "Plan Tracker Lists",
      "Plan Tracker RAG",
      "Plan Tracker Undo",
    ]);
    const plan = snapshot?.ok ? snapshot.value.sheets[0] : null;
    // The owners' colour-only RAG cell is left as it was; Plan Tracker's rating is in its own column (AS).
    expect(plan?.values[20][4]).toBeNull();
    expect(plan?.values[19][44]).toBe("Calculated RAG (Plan Tracker)");
    expect(plan?.values[20][44]).toMatch(/^. (High risk|Significant risk|On track|Actioned)/);
  });

  it("reconciles owners' ratings with Plan Tracker's in --json and in text", async () => {
    const json = JSON.parse(
      (await cli("rag", fixture("bcp"), "--as-of", "2023-01-31", "--json")).out
    );
    expect(json.reconciliation).toMatchObject({ compared: 38, agreed: 20, unrecorded: 8 });
    expect(json.reconciliation.disagreements[0].line).toMatch(/^owner: \w+ · dates: Red — due /);
    const { out } = await cli("rag", fixture("bcp"), "--as-of", "2023-01-31");
    expect(out).toContain(
      "Owners and dates disagree (18); owners and dates agree on 20 of 38 actions; 8 have no owner rating:"
    );
  });

  it("refuses to write over the workbook it reads", async () => {
    const { code, err } = await cli("rag", fixture("bcp"), "--write", fixture("bcp"));
    expect(code).toBe(2);
    expect(err).toMatch(/never changes the workbook it reads/);
  });

  it("refuses a date that is not YYYY-MM-DD", async () => {
    const { code, err } = await cli("rag", fixture("bcp"), "--as-of", "31/01/2023");
    expect(code).toBe(2);
    expect(err).toMatch(/--as-of takes a date written YYYY-MM-DD/);
  });
});

describe("plan-tracker report", () => {
  it("writes a copy with the Board report sheet added and says what it contains", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "plan-tracker-report-")), "report.xlsx");
    const mtime = statSync(fixture("scorecard")).mtimeMs;
    const { code, out: said } = await cli(
      "report",
      fixture("scorecard"),
      "--out",
      out,
      "--as-of",
      "2022-07-31",
      "--period",
      "Scrutiny – July 2022"
    );
    expect(code).toBe(0);
    expect(said).toMatch(
      /Board report for Scrutiny – July 2022 written to .*report\.xlsx .*measures at or within tolerance of target: 5 of 17 \(29\.4%\)/
    );
    expect(statSync(fixture("scorecard")).mtimeMs).toBe(mtime);
    const opened = await openXlsxWorkbook(new Uint8Array(readFileSync(out)), "report.xlsx");
    const snapshot = opened.ok ? await opened.value.read() : null;
    expect(snapshot?.ok && snapshot.value.sheets.map((s) => s.name)).toContain("Board report");
  });

  it("needs --out", async () => {
    const { code, err } = await cli("report", fixture("scorecard"));
    expect(code).toBe(2);
    expect(err).toMatch(/needs --out/);
  });

  it("writes the committee version of a part of the plan with --committee and --only, and says so", async () => {
    const out = join(mkdtempSync(join(tmpdir(), "plan-tracker-report-")), "scrutiny.xlsx");
    const { code, out: said } = await cli(
      "report",
      fixture("bcp"),
      "--out",
      out,
      "--as-of",
      "2023-01-31",
      "--committee",
      "--only",
      "Leadership"
    );
    expect(code).toBe(0);
    expect(said).toMatch(
      /^Committee version of the board report for January 2023 \(only the actions and measures whose ref, title, name or group holds "Leadership"\) written to /
    );
  });

  it("refuses --committee and --only on other commands, and --only that matches nothing", async () => {
    expect((await cli("rag", fixture("bcp"), "--committee")).err).toMatch(
      /--committee goes with the report command/
    );
    const out = join(mkdtempSync(join(tmpdir(), "plan-tracker-report-")), "none.xlsx");
    const nothing = await cli(
      "report",
      fixture("bcp"),
      "--out",
      out,
      "--only",
      "no such words anywhere"
    );
    expect(nothing.code).toBe(2);
    expect(nothing.err).toMatch(
      /^No action or measure has "no such words anywhere" in its ref, title, name or group/
    );
  });
});
