/** @jest-environment node */
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { saveCopy } from "../../src/cli/save-copy";
import { isSameFile } from "../../src/cli/same-file";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";
import { restoreRules, setAsideUnsaveableRules } from "../../src/xlsx/unsaveable-rules";
import { partsOf } from "../xlsx/helpers/package-parts";
import { runCli } from "../support/run-cli";

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);
const cli = runCli;
const folder = (): string => mkdtempSync(join(tmpdir(), "plan-tracker-save-"));

describe("the output is never the input, by file identity", () => {
  it.each([
    ["a symbolic link", (input: string, out: string) => symlinkSync(input, out)],
    ["a hard link", (input: string, out: string) => linkSync(input, out)],
  ])("refuses --write that is %s to the input, and leaves the input as it was", async (_, link) => {
    const dir = folder();
    const input = join(dir, "plan.xlsx");
    copyFileSync(fixture("bcp"), input);
    const before = readFileSync(input);
    const out = join(dir, "rated.xlsx");
    link(input, out);
    expect(isSameFile(out, input)).toBe(true);
    const result = await cli("rag", input, "--as-of", "2023-01-31", "--write", out);
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      "--write must name a new file: Plan Tracker never changes the workbook it reads.\n"
    );
    expect(readFileSync(input).equals(before)).toBe(true);
  });

  it("a path to another file, or to none yet, is not the input", () => {
    const dir = folder();
    const input = join(dir, "plan.xlsx");
    copyFileSync(fixture("bcp"), input);
    const other = join(dir, "other.xlsx");
    copyFileSync(fixture("bcp"), other);
    expect(isSameFile(other, input)).toBe(false);
    expect(isSameFile(join(dir, "new.xlsx"), input)).toBe(false);
    expect(isSameFile(join(dir, ".", "plan.xlsx"), input)).toBe(true);
  });
});

describe("a failed save names its cause and never leaves a broken file", () => {
  it("a missing folder is named as such", async () => {
    const dir = folder();
    const out = join(dir, "no-such-folder", "report.xlsx");
    const result = await cli("report", fixture("bcp"), "--out", out, "--as-of", "2023-01-31");
    expect(result.code).toBe(2);
    expect(result.err).toBe(
      `Plan Tracker could not save ${out}: the folder ${join(dir, "no-such-folder")} does not exist.\n`
    );
  });

  it("when the copy cannot be built, the file already at the output path is untouched and no partial file is left", async () => {
    const dir = folder();
    const out = join(dir, "report.xlsx");
    writeFileSync(out, "last month's report");
    const opened = await openXlsxWorkbook(
      new Uint8Array(readFileSync(fixture("bcp"))),
      "plan.xlsx"
    );
    if (!opened.ok) throw new Error(opened.error.message);
    const broken: XlsxGateway = {
      ...opened.value,
      save: () => Promise.reject(new Error("the writer gave up")),
    };
    const saved = await saveCopy(broken, out);
    expect(saved).toEqual({
      ok: false,
      error:
        "Plan Tracker could not build the copy of plan.xlsx: the .xlsx writer failed on a part of this workbook it cannot save again (the writer gave up); nothing was written.",
    });
    expect(readFileSync(out, "utf8")).toBe("last month's report");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });

  it("a good save replaces the file at the output path whole, leaving no temporary file", async () => {
    const dir = folder();
    const out = join(dir, "report.xlsx");
    writeFileSync(out, "last month's report");
    const result = await cli("report", fixture("bcp"), "--out", out, "--as-of", "2023-01-31");
    expect(result.code).toBe(0);
    expect(readFileSync(out).subarray(0, 2).toString()).toBe("PK");
    expect(readdirSync(dir)).toEqual(["report.xlsx"]);
  });
});

describe("rules the .xlsx writer cannot write back", () => {
  // Excel's newer conditional formats keep their formula in an extension exceljs does not read: the
  // rule arrives with no formula, and writing it throws. This puts such a rule in by hand.
  const unwritable = { type: "expression", priority: 1, x14Id: "{0}" };
  const workbook = (): ExcelJS.Workbook => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet("Plan");
    sheet.addRow(["Action", "Lead", "Deadline", "RAG"]);
    sheet.addConditionalFormatting({
      ref: "A2:A9",
      rules: [{ type: "expression", priority: 2, formulae: ['A2="x"'], style: {} }],
    });
    const formats = Reflect.get(sheet, "conditionalFormattings") as {
      ref: string;
      rules: unknown[];
    }[];
    formats.push({ ref: "D2:D9", rules: [unwritable] });
    return book;
  };

  it("cannot be written as they are", async () => {
    await expect(workbook().xlsx.writeBuffer()).rejects.toThrow();
  });

  it("are set aside for the writer's package only, and put back where they were", async () => {
    const book = workbook();
    const aside = setAsideUnsaveableRules(book);
    expect(aside.map((a) => [a.sheet, a.ref])).toEqual([["Plan", "D2:D9"]]);
    await expect(book.xlsx.writeBuffer()).resolves.toBeDefined();
    restoreRules(aside);
    expect(
      (
        Reflect.get(book.getWorksheet("Plan") as object, "conditionalFormattings") as {
          rules: unknown[];
        }[]
      )[1].rules
    ).toEqual([unwritable]);
  });
});

const REAL_WORLD = join(__dirname, "../../../shared/real-world");
(existsSync(REAL_WORLD) ? describe : describe.skip)("DLUHC's Towns Fund return template", () => {
  it("gets a board report copy that keeps the newer-style rules the .xlsx writer cannot write, byte for byte", async () => {
    const input = join(REAL_WORLD, "dluhc-towns-fund-return-r4.xlsx");
    const out = join(folder(), "report.xlsx");
    const result = await cli("report", input, "--out", out, "--as-of", "2023-06-30");
    expect(result.code).toBe(0);
    expect(result.err).not.toMatch(/leaves out/);
    const before = await partsOf(new Uint8Array(readFileSync(input)));
    const after = await partsOf(new Uint8Array(readFileSync(out)));
    // The sheets holding those rules were not written to: their parts are the file's own.
    const sheets = [...before.keys()].filter((path) => /^xl\/worksheets\/[^/]+\.xml$/.test(path));
    expect(sheets.length).toBeGreaterThan(3);
    expect(
      sheets.filter((path) => !Buffer.from(before.get(path)!).equals(Buffer.from(after.get(path)!)))
    ).toEqual([]);
  }, 60_000);
});
