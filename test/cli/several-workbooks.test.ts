/** @jest-environment node */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/run-cli";

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);

const cli = runCli;

/** A small, tidy plan in BCP's layout: every action numbered, owned, dated and rated in words. */
const writeCleanPlan = async (path: string): Promise<void> => {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Improvement Plan");
  sheet.addRow(["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"]);
  sheet.addRow([
    "1.1",
    "Strengthen the Early Help offer",
    "Juliette Blake",
    "30/04/23",
    "On track",
    "Lead started in December 2022.",
  ]);
  sheet.addRow([
    "1.2",
    "Assess the effectiveness of EH interventions",
    "Sarah Rempel",
    "30/09/23",
    "Amber",
    "Audit booked.",
  ]);
  await workbook.xlsx.writeFile(path);
};

/** Figures by area and year, as the DfE publishes them: a plain table, no plan. */
const writeFigures = async (path: string): Promise<void> => {
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
  sheet.addRow([2025, "Bedford", "East of England", 9.8, 10.3, 11.1]);
  await workbook.xlsx.writeFile(path);
};

/**
 * A team's monthly folder: a clean plan, two plans with errors (copies of the seed fixtures),
 * a statistics workbook, a damaged copy, Excel's lock file beside an open workbook, a note, and
 * last year's plan in a subfolder.
 */
const plansFolder = async (): Promise<string> => {
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-several-"));
  await writeCleanPlan(join(dir, "a-clean.xlsx"));
  copyFileSync(fixture("gcc"), join(dir, "b-gcc.xlsx"));
  copyFileSync(fixture("thurrock"), join(dir, "c-thurrock.xlsm"));
  await writeFigures(join(dir, "d-figures.xlsx"));
  const good = readFileSync(fixture("bcp"));
  writeFileSync(join(dir, "e-damaged.xlsx"), good.subarray(0, Math.floor(good.length / 2)));
  writeFileSync(join(dir, "~$b-gcc.xlsx"), Buffer.from("owner file"));
  writeFileSync(join(dir, "notes.txt"), "Sent to the board on Friday.");
  mkdirSync(join(dir, "2022"));
  copyFileSync(fixture("bcp"), join(dir, "2022", "f-bcp.xlsx"));
  return dir;
};

describe("validate over a folder of mixed files", () => {
  let dir = "";
  beforeAll(async () => {
    dir = await plansFolder();
  });

  it("prints one line per workbook, then a total, and exits with the worst code (2)", async () => {
    const { code, out, err } = await cli("validate", dir);
    const lines = out.trimEnd().split("\n");
    expect(lines).toHaveLength(6);
    expect(lines[0]).toBe(`${join(dir, "a-clean.xlsx")}: no errors, no warnings, no notes`);
    expect(lines[1]).toMatch(
      new RegExp(`^${join(dir, "b-gcc.xlsx")}: \\d+ errors, \\d+ warnings, \\d+ notes$`)
    );
    expect(lines[2]).toMatch(/c-thurrock\.xlsm: \d+ errors, /);
    expect(lines[3]).toBe(
      `${join(dir, "d-figures.xlsx")}: it holds statistics (figures by area and year) but no actions or measures against targets, so there is nothing to rate.`
    );
    expect(lines[4]).toMatch(/e-damaged\.xlsx: it is cut short or damaged/);
    expect(lines[5]).toMatch(
      /^Total: 5 files \(2 with errors, 1 without errors, 2 not checked\); \d+ errors, \d+ warnings, \d+ notes\.$/
    );
    // The lock file, the note and the subfolder are not workbooks of this run.
    expect(out).not.toMatch(/~\$|notes\.txt|f-bcp/);
    expect(code).toBe(2);
    expect(err).toBe("");
  });

  it("exits 1 when the worst is a plan with errors, 0 when every plan is clean", async () => {
    expect((await cli("validate", join(dir, "a-clean.xlsx"), join(dir, "b-gcc.xlsx"))).code).toBe(
      1
    );
    const clean = await cli("validate", join(dir, "a-clean.xlsx"), join(dir, "a-clean.xlsx"));
    expect(clean.code).toBe(0);
    expect(clean.out.trimEnd().split("\n")).toEqual([
      `${join(dir, "a-clean.xlsx")}: no errors, no warnings, no notes`,
      "Total: 1 file (1 without errors); no errors, no warnings, no notes.",
    ]);
  });

  it("takes a pattern as a Windows shell passes it, skipping the lock file it matches", async () => {
    const { out } = await cli("validate", join(dir, "*.xlsx"));
    expect(out).toMatch(/a-clean\.xlsx: /);
    expect(out).toMatch(/Total: 4 files/);
    expect(out).not.toMatch(/~\$/);
  });

  it("looks in subfolders only with --recursive", async () => {
    const { out } = await cli("validate", dir, "--recursive");
    expect(out).toMatch(new RegExp(`${join(dir, "2022", "f-bcp.xlsx")}: \\d+ errors`));
    expect(out).toMatch(/Total: 6 files \(3 with errors/);
  });

  it("says so when a folder holds no workbook", async () => {
    const empty = mkdtempSync(join(tmpdir(), "plan-tracker-empty-"));
    mkdirSync(join(empty, "old"));
    const { code, out } = await cli("validate", empty);
    expect(out.split("\n")[0]).toBe(
      `${empty}: it holds no .xlsx or .xlsm workbooks (add --recursive to look in its subfolders).`
    );
    expect(code).toBe(2);
  });

  it("--json gives one document: each file's issues and summary, refusals, and a total", async () => {
    const { code, out } = await cli("validate", dir, "--json");
    expect(code).toBe(2);
    const report = JSON.parse(out) as {
      files: Record<string, unknown>[];
      total: Record<string, unknown>;
    };
    expect(report.files.map((f) => [f.file, f.exit])).toEqual([
      [join(dir, "a-clean.xlsx"), 0],
      [join(dir, "b-gcc.xlsx"), 1],
      [join(dir, "c-thurrock.xlsm"), 1],
      [join(dir, "d-figures.xlsx"), 2],
      [join(dir, "e-damaged.xlsx"), 2],
    ]);
    expect(Object.keys(report.files[1]).slice(0, 4)).toEqual(["file", "exit", "summary", "issues"]);
    const gcc = report.files[1] as {
      issues: { code: string; cell: string }[];
      summary: { error: number };
    };
    expect(gcc.issues).toContainEqual(
      expect.objectContaining({ code: "timescale-missing", cell: "C365" })
    );
    expect(report.files[3].refusal).toEqual({
      kind: "not-a-plan",
      message: expect.stringMatching(/^d-figures\.xlsx holds statistics/),
    });
    expect(report.files[4].refusal).toEqual({
      kind: "unreadable",
      message: expect.stringMatching(/damaged/),
    });
    expect(report.total).toEqual(
      expect.objectContaining({ files: 5, withErrors: 2, withoutErrors: 1, notChecked: 2, exit: 2 })
    );
    expect((report.total.summary as { error: number }).error).toBeGreaterThanOrEqual(
      gcc.summary.error
    );
  });

  it("detect and rag give a line per workbook and a total too", async () => {
    const detect = await cli("detect", dir);
    expect(detect.out).toMatch(
      /b-gcc\.xlsx: a plan of actions and measures, laid out like Gloucestershire's plan; 163 actions, /
    );
    expect(detect.out).toMatch(
      /c-thurrock\.xlsm: a plan of actions, laid out like Thurrock's plan; 18 actions, /
    );
    expect(detect.out).toMatch(
      /d-figures\.xlsx: statistics, not a plan; no actions, no measures against targets\./
    );
    expect(detect.out).toMatch(
      /\nTotal: 5 files \(3 plans, 1 not a plan, 1 could not be read\)\.\n$/
    );
    expect(detect.code).toBe(2);
    const rag = await cli(
      "rag",
      join(dir, "b-gcc.xlsx"),
      join(dir, "c-thurrock.xlsm"),
      "--as-of",
      "2022-10-31"
    );
    expect(rag.out).toMatch(
      /c-thurrock\.xlsm: 18 actions \(12 red, 5 blue, 1 not rated\); 21 measures/
    );
    expect(rag.out).toMatch(/\nTotal: 2 files, 2 rated as of 31 Oct 2022; 181 actions \(/);
    expect(rag.code).toBe(0);
  });

  it("report and rag --write stay one workbook per run, said in one sentence", async () => {
    const report = await cli(
      "report",
      join(dir, "a-clean.xlsx"),
      join(dir, "b-gcc.xlsx"),
      "--out",
      join(dir, "r.xlsx")
    );
    expect(report).toEqual({
      code: 2,
      out: "",
      err: expect.stringMatching(
        /^report writes one board report from one workbook per run; ".*b-gcc\.xlsx" is one too many\.\n$/
      ),
    });
    const folder = await cli("report", dir, "--out", join(dir, "r.xlsx"));
    expect(folder.err).toMatch(/is a folder, not an Excel workbook/);
    expect(folder.code).toBe(2);
  });
});
