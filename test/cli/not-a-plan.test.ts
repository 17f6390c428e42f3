/** @jest-environment node */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/run-cli";

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);

const cli = runCli;

const folder = (): string => mkdtempSync(join(tmpdir(), "plan-tracker-not-a-plan-"));

/** A workbook of figures by area and year, as the DfE publishes them: no actions, no targets. */
const statisticsWorkbook = async (): Promise<string> => {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("csww_indicators");
  sheet.addRow([
    "time_period",
    "la_name",
    "region_name",
    "turnover_rate_fte",
    "agency_rate_fte",
    "vacancy_rate_fte",
  ]);
  sheet.addRow([2024, "Barnsley", "Yorkshire and The Humber", 11.8, 13, 14.2]);
  sheet.addRow([2025, "Barnsley", "Yorkshire and The Humber", 12.1, 12.7, 13.9]);
  sheet.addRow([2025, "Bedford", "East of England", 9.8, 10.3, 11.1]);
  const path = join(folder(), "indicators.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
};

/** A risk register: each risk scored as likelihood × impact, with its mitigation and owner. */
const riskRegister = async (): Promise<string> => {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Risk Register");
  sheet.addRow([
    "Risk ID",
    "Risk description",
    "Likelihood",
    "Impact",
    "Risk score",
    "Mitigation",
    "Risk owner",
  ]);
  sheet.addRow([
    "R1",
    "Agency social workers leave at short notice",
    4,
    3,
    12,
    "Retention payments",
    "Head of Service",
  ]);
  sheet.addRow([
    "R2",
    "Case management system upgrade slips",
    2,
    4,
    8,
    "Weekly supplier call",
    "IT lead",
  ]);
  const path = join(folder(), "risks.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
};

const STATISTICS =
  "indicators.xlsx holds statistics (figures by area and year) but no actions or measures against targets, so there is nothing to rate.";

describe("a workbook that is not a plan", () => {
  it("validate says so once on stderr and exits 2, not 1: a script can tell it from a plan with errors", async () => {
    const file = await statisticsWorkbook();
    const { code, out, err } = await cli("validate", file);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`${STATISTICS}\n`);
    const json = await cli("validate", file, "--json");
    expect(json.code).toBe(2);
    expect(json.out).toBe("");
    expect((await cli("validate", fixture("gcc"))).code).toBe(1);
  });

  it("rag refuses with exit 2 and writes no copy", async () => {
    const file = await statisticsWorkbook();
    const rated = join(folder(), "rated.xlsx");
    const { code, out, err } = await cli("rag", file, "--as-of", "2025-03-31", "--write", rated);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`${STATISTICS}\n`);
    expect(existsSync(rated)).toBe(false);
    expect((await cli("rag", file, "--json")).code).toBe(2);
  });

  it("report refuses with exit 2 and writes no report of zeros", async () => {
    const file = await statisticsWorkbook();
    const report = join(folder(), "report.xlsx");
    const { code, out, err } = await cli("report", file, "--out", report, "--as-of", "2025-03-31");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toBe(`${STATISTICS}\n`);
    expect(existsSync(report)).toBe(false);
  });

  it("a risk register is recognised and said not to be rated yet, in one sentence; rag and report exit 2", async () => {
    const file = await riskRegister();
    const sentence =
      'risks.xlsx holds a risk register (sheet "Risk Register": risks scored by likelihood and impact), which Plan Tracker recognises but does not rate yet, and no actions or measures against targets, so there is nothing to rate.\n';
    const rag = await cli("rag", file);
    expect(rag).toEqual({ code: 2, out: "", err: sentence });
    const report = join(folder(), "report.xlsx");
    expect(await cli("report", file, "--out", report)).toEqual({ code: 2, out: "", err: sentence });
    expect(existsSync(report)).toBe(false);
    const detected = await cli("detect", file);
    expect(detected.code).toBe(0);
    expect(detected.out.split("\n")[0]).toBe(
      `${file}: a risk register (recognised, not rated yet), not a plan; no actions, no measures against targets.`
    );
  });
});

describe("plan-tracker detect says what kind of workbook it is", () => {
  it("in its first line, then the sentence when there is nothing to rate; exit 0", async () => {
    const file = await statisticsWorkbook();
    const { code, out } = await cli("detect", file);
    expect(code).toBe(0);
    const [first, second] = out.split("\n");
    expect(first).toBe(`${file}: statistics, not a plan; no actions, no measures against targets.`);
    expect(second).toBe(STATISTICS);
    const plan = await cli("detect", fixture("gcc"));
    expect(plan.out.split("\n")[0]).toMatch(
      /gcc\.xlsx: a plan of actions and measures, laid out like Gloucestershire's plan; 163 actions, \d+ measures, \d+ groups\.$/
    );
  });

  it("--json leads with a top-level kind, and the sentence only when there is nothing to rate", async () => {
    const statistics = JSON.parse(
      (await cli("detect", await statisticsWorkbook(), "--json")).out
    ) as Record<string, unknown>;
    expect(Object.keys(statistics).slice(0, 2)).toEqual(["kind", "nothingToRate"]);
    expect(statistics).toMatchObject({ kind: "statistics", nothingToRate: STATISTICS });
    const plan = JSON.parse((await cli("detect", fixture("bcp"), "--json")).out) as Record<
      string,
      unknown
    >;
    expect(plan.kind).toBe("actions");
    expect(plan).not.toHaveProperty("nothingToRate");
    expect(plan.version).toBe(3);
  });

  it("--json output still feeds straight back as --schema: the kind is not part of the mapping", async () => {
    const { out } = await cli("detect", fixture("bcp"), "--json");
    const schema = join(folder(), "mapping.json");
    writeFileSync(schema, out);
    const validated = await cli("validate", fixture("bcp"), "--schema", schema, "--json");
    expect(validated.err).toBe("");
    expect([0, 1]).toContain(validated.code);
  });
});
