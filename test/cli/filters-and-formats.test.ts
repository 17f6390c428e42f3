/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { csvDocument, csvField } from "../../src/cli/format-csv";
import { wrapLine } from "../../src/cli/wrap";
import { runCliAt } from "../support/run-cli";

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);

const cli = runCliAt;

interface JsonIssue {
  code: string;
  severity: string;
  sheet: string;
  cell: string;
}
const issuesOf = async (...args: string[]): Promise<JsonIssue[]> =>
  (JSON.parse((await cli(["validate", ...args, "--json"])).out) as { issues: JsonIssue[] }).issues;

/** RFC 4180 records, quotes and all: enough of a reader to check what the writer wrote. */
const readCsv = (text: string): string[][] => {
  const records: string[][] = [];
  let field = "";
  let record: string[] = [];
  let quoted = false;
  const body = text.replace(/^\uFEFF/, "");
  for (let i = 0; i < body.length; i += 1) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') ((field += '"'), (i += 1));
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") (record.push(field), (field = ""));
    else if (c === "\r" && body[i + 1] === "\n") {
      (record.push(field), records.push(record), (record = []), (field = ""), (i += 1));
    } else field += c;
  }
  return records;
};

describe("validate filters", () => {
  it("--severity keeps that level and worse", async () => {
    const all = await issuesOf(fixture("gcc"));
    const errors = await issuesOf(fixture("gcc"), "--severity", "error");
    const warnings = await issuesOf(fixture("gcc"), "--severity", "warning");
    expect(errors).toEqual(all.filter((i) => i.severity === "error"));
    expect(warnings).toEqual(all.filter((i) => i.severity !== "info"));
    expect(await issuesOf(fixture("gcc"), "--severity", "info")).toEqual(all);
  });

  it("--code keeps the codes given, comma-separated or repeated", async () => {
    const some = await issuesOf(fixture("gcc"), "--code", "timescale-missing,owner-missing");
    expect(some.length).toBeGreaterThan(0);
    expect(new Set(some.map((i) => i.code))).toEqual(
      new Set(["timescale-missing", "owner-missing"])
    );
    expect(
      await issuesOf(fixture("gcc"), "--code", "timescale-missing", "--code", "owner-missing")
    ).toEqual(some);
  });

  it("--owner keeps issues on the owner's rows, the same person written another way included", async () => {
    const csv = readCsv(
      (await cli(["validate", fixture("gcc"), "--owner", "Rob Tyrell", "--format", "csv"])).out
    );
    const owners = csv.slice(1).map((record) => record[6]);
    expect(owners.length).toBeGreaterThan(0);
    expect(owners.every((owner) => /Rob Tyrr?ell/.test(owner))).toBe(true);
    expect(owners).toContain("Sue Hall; Mark Bone; Rob Tyrell");
    const json = await issuesOf(fixture("gcc"), "--owner", "Rob Tyrrell");
    expect(json.map((i) => i.cell)).toEqual(csv.slice(1).map((record) => record[2]));
  });

  it("--group keeps issues in that group, and the exit code follows what is kept", async () => {
    const kept = await cli([
      "validate",
      fixture("thurrock"),
      "--group",
      "priority 1",
      "--severity",
      "error",
    ]);
    expect(kept.out).toMatch(/: 2 issues \(2 errors, no warnings, no notes\)/);
    expect(kept.out).toMatch(
      /\nShown: 2 of \d+ issues, those in the group priority 1, errors only\.\n$/
    );
    expect(kept.code).toBe(1);
    const other = await cli([
      "validate",
      fixture("thurrock"),
      "--group",
      "Priority 3",
      "--severity",
      "error",
    ]);
    expect(other.out).toMatch(/M62 +ytd-mismatch/);
    expect(other.out).not.toMatch(/C30|E39/);
    const none = await cli([
      "validate",
      fixture("thurrock"),
      "--group",
      "Priority 9",
      "--severity",
      "error",
    ]);
    expect(none.out).toMatch(/: 0 issues \(no errors, no warnings, no notes\)/);
    expect(none.err).toBe(
      'thurrock.xlsx has no group called "Priority 9" (its groups: Priority 1, Priority 2, Priority 3, Priority 4, Priority 5, Priority 6, Priority 7, Priority 8).\n'
    );
    expect(none.code).toBe(0);
  });
});

describe("rag filters", () => {
  it("--group lists that group's actions and measures and its roll-up; --owner that owner's actions", async () => {
    const group = JSON.parse(
      (
        await cli([
          "rag",
          fixture("thurrock"),
          "--as-of",
          "2022-10-31",
          "--group",
          "Priority 1",
          "--json",
        ])
      ).out
    );
    expect(group.actions.length).toBeGreaterThan(0);
    expect(group.actions.every((a: { group: string }) => a.group === "Priority 1")).toBe(true);
    expect(group.groups.map((g: { name: string }) => g.name)).toEqual(["Priority 1"]);
    const owner = await cli([
      "rag",
      fixture("thurrock"),
      "--as-of",
      "2022-10-31",
      "--owner",
      "Sheila Murphy",
    ]);
    expect(owner.out).toMatch(/P1\.03 {2}S Murphy: due 30 Sep 2018/);
    expect(owner.out).not.toMatch(/Joe Tynan/);
    expect(owner.out).toMatch(
      /Listed: only the actions and measures owned by Sheila Murphy \(measures have no owner, so none are listed\); "Whole plan" counts every action\./
    );
  });

  it("refuses filters that do not fit the command", async () => {
    expect(await cli(["rag", fixture("thurrock"), "--code", "owner-missing"])).toEqual({
      code: 2,
      out: "",
      err: "--code goes with the validate command: it picks issues.\n",
    });
    expect((await cli(["detect", fixture("thurrock"), "--format", "csv"])).err).toMatch(
      /--format csv goes with validate/
    );
    expect((await cli(["validate", fixture("thurrock"), "--severity", "fatal"])).err).toMatch(
      /--severity takes error, warning or info/
    );
  });
});

describe("CSV", () => {
  it("quotes as RFC 4180 says and guards cells Excel would run as formulas", () => {
    expect(csvField("plain")).toBe("plain");
    expect(csvField('Lead, "interim"')).toBe('"Lead, ""interim"""');
    expect(csvField("two\nlines")).toBe('"two\nlines"');
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(["+1", "-Bob", "@SUM(A1)", "\tx", "\rx"].map(csvField)).toEqual([
      "'+1",
      "'-Bob",
      "'@SUM(A1)",
      "'\tx",
      '"\'\rx"',
    ]);
    expect(csvField("-12.5")).toBe("-12.5");
    expect(csvDocument(["a", "b"], [["1", "x,y"]])).toBe('\uFEFFa,b\r\n1,"x,y"\r');
  });

  it("validate: a header and one row per issue, each file's path on its rows", async () => {
    const { out, code } = await cli(["validate", fixture("gcc"), "--format", "csv"]);
    expect(code).toBe(1);
    const records = readCsv(out);
    expect(records[0]).toEqual([
      "file",
      "sheet",
      "cell",
      "severity",
      "code",
      "field",
      "owner",
      "value",
      "message",
    ]);
    expect(records.length - 1).toBe((await issuesOf(fixture("gcc"))).length);
    expect(records).toContainEqual([
      fixture("gcc"),
      "Focus on Practice",
      "C365",
      "error",
      "timescale-missing",
      "due",
      expect.any(String),
      "",
      expect.stringMatching(/no timescale/),
    ]);
    expect(records.every((r) => r.length === 9)).toBe(true);
  });

  it("rag: one row per action and measure", async () => {
    const { out } = await cli([
      "rag",
      fixture("thurrock"),
      "--as-of",
      "2022-10-31",
      "--format",
      "csv",
    ]);
    const records = readCsv(out);
    expect(records[0]).toEqual([
      "file",
      "type",
      "sheet",
      "cell",
      "ref",
      "name",
      "group",
      "owner",
      "due",
      "period",
      "target",
      "actual",
      "level",
      "label",
      "reason",
    ]);
    expect(records.filter((r) => r[1] === "action")).toHaveLength(18);
    expect(records.filter((r) => r[1] === "measure")).toHaveLength(21);
    expect(records).toContainEqual(
      expect.arrayContaining(["action", "P1.03", "S Murphy", "2018-09-30", "red"])
    );
  });
});

describe("version, help and wrapping", () => {
  const version = (
    JSON.parse(readFileSync(join(__dirname, "..", "..", "package.json"), "utf8")) as {
      version: string;
    }
  ).version;

  it("--version prints package.json's version", async () => {
    expect(await cli(["--version"])).toEqual({ code: 0, out: `${version}\n`, err: "" });
    expect((await cli(["version"])).out).toBe(`${version}\n`);
    expect(version).toMatch(/^\d+\.\d+\.\d+/);
  });

  it("help <command> prints that command's help only; help and --help the overview", async () => {
    const validate = await cli(["help", "validate"]);
    expect(validate.code).toBe(0);
    expect(validate.out).toMatch(/^Usage: plan-tracker validate <workbooks…>/);
    expect(validate.out).toMatch(/--owner NAME/);
    expect(validate.out).not.toMatch(/mapping save|--period/);
    expect((await cli(["validate", "--help"])).out).toBe(validate.out);
    const overview = await cli(["help"]);
    expect(overview.out).toMatch(/help \[command\]/);
    expect((await cli(["--help"])).out).toBe(overview.out);
    expect(await cli(["help", "frobnicate"])).toEqual({
      code: 2,
      out: "",
      err: expect.stringMatching(/There is no command "frobnicate"/),
    });
  });

  it("wraps text to the width given, continuation lines indented under the message", async () => {
    const { out } = await cli(
      ["validate", fixture("thurrock"), "--group", "Priority 1", "--severity", "error"],
      60
    );
    const lines = out.trimEnd().split("\n");
    expect(lines.every((line) => line.length <= 60)).toBe(true);
    const error = lines.findIndex((line) => / {2}ERROR {4}C30 /.test(line));
    // At 60 columns the message column (43) leaves too little room: the hang is under the code.
    expect(lines[error + 1]).toMatch(/^ {18}\S/);
    const wide = await cli(["help", "validate"], 100);
    expect(wide.out.split("\n").every((line) => line.length <= 100)).toBe(true);
  });

  it("hangs a column layout's continuation under its last column when there is room", () => {
    const line = `  ERROR    C30    type-error               ${"word ".repeat(30).trim()}`;
    const lines = wrapLine(line, 100);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    expect(lines[1]).toMatch(/^ {43}word/);
    expect(wrapLine(`${"x".repeat(130)} tail`, 50)).toEqual([
      "x".repeat(50),
      `  ${"x".repeat(48)}`,
      `  ${"x".repeat(32)} tail`,
    ]);
    expect(wrapLine("short", 40)).toEqual(["short"]);
  });
});
