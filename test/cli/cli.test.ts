/** @jest-environment node */
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runCli } from "../support/run-cli";

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);

/** A small, tidy plan in BCP's layout: every action numbered, owned, dated and rated in words. */
const cleanPlan = async (): Promise<string> => {
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
  sheet.addRow([
    "1.3",
    "Improve timeliness of EH assessments",
    "Juliette Blake",
    "31/03/24",
    "Green",
    "Weekly tracking in place.",
  ]);
  const path = join(mkdtempSync(join(tmpdir(), "plan-tracker-clean-")), "clean.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
};

const cli = runCli;

describe("plan-tracker validate", () => {
  it("prints the JSON contract with A1 cells and worksheet rows, and exits 1 when there are errors", async () => {
    const { code, out } = await cli("validate", fixture("gcc"), "--json");
    expect(code).toBe(1);
    const report = JSON.parse(out) as {
      issues: Record<string, unknown>[];
      summary: Record<string, number>;
    };
    expect(Object.keys(report)).toEqual(["issues", "summary"]);
    expect(Object.keys(report.issues[0])).toEqual([
      "code",
      "severity",
      "sheet",
      "cell",
      "field",
      "value",
      "message",
      "owner",
    ]);
    expect(report.summary.error).toBe(report.issues.filter((i) => i.severity === "error").length);
    expect(report.issues).toContainEqual(
      expect.objectContaining({
        code: "timescale-missing",
        sheet: "Focus on Practice",
        cell: "C365",
        field: "due",
        value: null,
      })
    );
  });

  it("exits 0 on a workbook with no errors", async () => {
    const { code, out } = await cli("validate", fixture("thurrock"), "--json");
    expect(JSON.parse(out).summary.error).toBeGreaterThan(0);
    expect(code).toBe(1);
    const clean = await cli("validate", await cleanPlan(), "--json");
    expect(clean.code).toBe(0);
    expect(JSON.parse(clean.out).summary.error).toBe(0);
  });

  it("prints issues grouped by sheet for people", async () => {
    const { out } = await cli("validate", fixture("gcc"));
    expect(out).toMatch(/^.*gcc\.xlsx: \d+ issues \(\d+ errors, \d+ warnings, \d+ notes\)/);
    expect(out).toMatch(
      /\nDASHBOARD \(1 error, no warnings, no notes\)\n {2}ERROR +C2 +placeholder-text/
    );
    expect(out.indexOf("\nFocus on Practice (")).toBeGreaterThan(out.indexOf("\nDASHBOARD ("));
  });

  it("never modifies the input file", async () => {
    const before = readFileSync(fixture("bcp"));
    const mtime = statSync(fixture("bcp")).mtimeMs;
    await cli("validate", fixture("bcp"), "--json");
    expect(readFileSync(fixture("bcp")).equals(before)).toBe(true);
    expect(statSync(fixture("bcp")).mtimeMs).toBe(mtime);
  });
});

describe("plan-tracker detect", () => {
  it("says which sheets and columns were understood as what", async () => {
    const { code, out } = await cli("detect", fixture("bcp"), "--json");
    expect(code).toBe(0);
    const detection = JSON.parse(out);
    expect([detection.version, detection.source, detection.layout]).toEqual([3, "detected", "bcp"]);
    const actions = detection.sheets[0].tables.find((t: { kind: string }) => t.kind === "actions");
    expect(
      actions.fields.map((f: { column: string; name: string }) => `${f.column}:${f.name}`)
    ).toEqual([
      "A:ref",
      "B:title",
      "C:owner",
      "D:due",
      "E:status",
      "F:successMeasure",
      "G:progress",
      "H:impact",
    ]);
  });

  it("prints a readable summary", async () => {
    const { out } = await cli("detect", fixture("thurrock"));
    expect(out).toMatch(/laid out like Thurrock's plan; 18 actions/);
    expect(out).toMatch(/H "RAG initial" → rating \(RAG initial\)/);
  });
});

describe("bad input gets one plain sentence and exit code 2", () => {
  const dir = mkdtempSync(join(tmpdir(), "plan-tracker-cli-"));
  const good = readFileSync(fixture("gcc"));
  const cases: [string, () => string, RegExp][] = [
    ["a missing file", () => join(dir, "nope.xlsx"), /Cannot find the file/],
    [
      "an empty file",
      () => {
        const p = join(dir, "empty.xlsx");
        writeFileSync(p, "");
        return p;
      },
      /empty/i,
    ],
    [
      "a text file",
      () => {
        const p = join(dir, "notes.xlsx");
        writeFileSync(p, "Ref,Action\n1.1,Do it\n");
        return p;
      },
      /not an Excel workbook/i,
    ],
    [
      "a truncated workbook",
      () => {
        const p = join(dir, "cut.xlsx");
        writeFileSync(p, good.subarray(0, Math.floor(good.length / 2)));
        return p;
      },
      /damaged|incomplete|truncated|could not be read/i,
    ],
    [
      "a password-protected workbook",
      () => {
        const p = join(dir, "locked.xlsx");
        writeFileSync(
          p,
          Buffer.concat([
            Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
            Buffer.alloc(504),
          ])
        );
        return p;
      },
      /password/i,
    ],
  ];

  it.each(cases)("%s", async (_name, make, reason) => {
    const { code, err, out } = await cli("validate", make(), "--json");
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err).toMatch(reason);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).not.toMatch(/\n\s+at /);
  });

  it.each([
    [["validate"], /needs a workbook/],
    [["frobnicate", "x.xlsx"], /Unknown command "frobnicate"/],
    [["validate", "a.xlsx", "--colour"], /Unknown option --colour/],
    [["report", "a.xlsx", "b.xlsx", "--out", "r.xlsx"], /one workbook per run/],
    [["rag", "a.xlsx", "b.xlsx", "--write", "r.xlsx"], /one workbook per run/],
    [["detect", "a.xlsx", "--severity", "error"], /--severity goes with the validate command/],
    [["validate", "a.xlsx", "--format", "xml"], /--format takes text, json or csv/],
  ])("wrong arguments %p", async (args, reason) => {
    const { code, err } = await cli(...(args as string[]));
    expect(code).toBe(2);
    expect(err).toMatch(reason);
  });
});

describe("the installed command", () => {
  it("runs as npx plan-tracker from the built bundle with the same exit codes", async () => {
    const bin = join(__dirname, "..", "..", "bin", "plan-tracker.js");
    const ok = spawnSync(process.execPath, [bin, "validate", await cleanPlan(), "--json"], {
      encoding: "utf8",
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).summary.error).toBe(0);
    const bad = spawnSync(process.execPath, [bin, "validate", join(__dirname, "missing.xlsx")], {
      encoding: "utf8",
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim()).toMatch(/^plan-tracker: Cannot find the file .*missing\.xlsx\.$/);
  });
});
