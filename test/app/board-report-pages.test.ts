/** @jest-environment node */
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { generateReport } from "../../src/app/generate-report";
import { linesNeeded } from "../../src/core/report/report-layout";
import type { ReportModel } from "../../src/core/report/report-model";
import { EVIDENCE_TITLES } from "../../src/core/report/evidence-rows";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// Page one of every sample's and every public plan's board report, printed through LibreOffice: one
// A4 page, nothing cut, the right numbers; and the README's pictures drawn from it.
const SAMPLES = join(__dirname, "..", "fixtures", "generated");
const REAL_WORLD = join(__dirname, "..", "..", "..", "shared", "real-world");
const DOCS = join(__dirname, "..", "..", "docs");

interface Case {
  name: string;
  file: string;
  asOf: string;
}

const CASES: Case[] = [
  { name: "gcc", file: join(SAMPLES, "gcc.xlsx"), asOf: "2022-10-31" },
  { name: "bcp", file: join(SAMPLES, "bcp.xlsx"), asOf: "2023-01-31" },
  { name: "thurrock", file: join(SAMPLES, "thurrock.xlsx"), asOf: "2018-07-03" },
  { name: "scorecard", file: join(SAMPLES, "scorecard.xlsx"), asOf: "2022-07-31" },
  {
    name: "nhse-operational-priorities",
    file: join(REAL_WORLD, "nhse-operational-priorities.xlsx"),
    asOf: "2024-12-31",
  },
  {
    name: "nhse-balanced-scorecard",
    file: join(REAL_WORLD, "nhse-balanced-scorecard.xlsx"),
    asOf: "2024-12-31",
  },
  { name: "ipa-gmpp-2019", file: join(REAL_WORLD, "ipa-gmpp-2019.xlsx"), asOf: "2019-07-31" },
  {
    name: "dluhc-towns-fund-return-r4",
    file: join(REAL_WORLD, "dluhc-towns-fund-return-r4.xlsx"),
    asOf: "2023-10-31",
  },
];
const present = CASES.filter((c) => existsSync(c.file));
if (present.length < CASES.length)
  console.warn(
    `Skipping ${CASES.length - present.length} board reports: ../shared/real-world/ or the built samples (npm run fixtures) are absent.`
  );

const LINE_POINTS = 15;

interface Made {
  name: string;
  report: ReportModel;
  bytes: Uint8Array;
  /** Rows 1 to this are the dashboard: the row before the first page break. */
  dashboardEnd: number;
  sheetPath: string;
}

const make = async (c: Case): Promise<Made> => {
  const opened = await openXlsxWorkbook(new Uint8Array(readFileSync(c.file)), `${c.name}.xlsx`);
  if (!opened.ok) throw new Error(opened.error.message);
  const made = await generateReport(opened.value, {
    asOf: c.asOf,
    period: "Improvement Board – test",
    generatedAt: "25 Nov 2026 09:00",
  });
  if (!made.ok) throw new Error(`${c.name}: ${made.error.message}`);
  const bytes = await opened.value.save();
  const zip = await JSZip.loadAsync(bytes);
  const workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const rid =
    new RegExp(`<sheet [^>]*name="Board report"[^>]*r:id="([^"]+)"`).exec(workbookXml)?.[1] ?? "";
  const target = new RegExp(
    `Id="${rid}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${rid}"`
  ).exec(rels);
  const sheetPath = `xl/${(target?.[1] ?? target?.[2] ?? "").replace(/^\/?xl\//, "")}`;
  const sheetXml = (await zip.file(sheetPath)?.async("string")) ?? "";
  const firstBreak = Number(/<brk id="(\d+)"/.exec(sheetXml)?.[1] ?? "0");
  return { name: c.name, report: made.value.report, bytes, dashboardEnd: firstBreak, sheetPath };
};

/**
 * The copy LibreOffice prints: the report sheet alone (LibreOffice prints hidden sheets too, so the
 * others are taken out of the workbook's list), with its print area the dashboard's rows when asked.
 */
const reportAlone = async (made: Made, dashboardOnly: boolean): Promise<Uint8Array> => {
  const zip = await JSZip.loadAsync(made.bytes);
  let workbookXml = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  workbookXml = workbookXml.replace(/<sheet ([^>]*?)\/>/g, (whole, attributes: string) =>
    attributes.includes('name="Board report"') ? whole : ""
  );
  workbookXml = workbookXml
    .replace(/<definedName [^>]*localSheetId="\d+"[^>]*>[^<]*<\/definedName>/g, "")
    .replace(/\s(activeTab|firstSheet)="\d+"/g, "");
  const area = dashboardOnly
    ? `<definedName name="_xlnm.Print_Area" localSheetId="0">'Board report'!$A$1:$H$${made.dashboardEnd}</definedName>`
    : "";
  const titles = `<definedName name="_xlnm.Print_Titles" localSheetId="0">'Board report'!$1:$2</definedName>`;
  workbookXml = workbookXml.includes("<definedNames>")
    ? workbookXml.replace("<definedNames>", `<definedNames>${area}${titles}`)
    : workbookXml.replace("</sheets>", `</sheets><definedNames>${area}${titles}</definedNames>`);
  zip.file("xl/workbook.xml", workbookXml);
  return zip.generateAsync({ type: "uint8array" });
};

describe("page one of the board report, printed", () => {
  const made: Made[] = [];
  const work = mkdtempSync(join(tmpdir(), "plan-tracker-pages-"));

  beforeAll(async () => {
    for (const c of present) made.push(await make(c));
  }, 120_000);

  it("has no text cut at the printed size: wrapped text fits its row, other text fits the empty cells beside it", async () => {
    const cut: string[] = [];
    for (const m of made) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(m.bytes.slice().buffer);
      const sheet = workbook.getWorksheet("Board report");
      if (!sheet) throw new Error(`${m.name}: no report sheet`);
      const widthOf = (column: number) => sheet.getColumn(column).width ?? 9;
      sheet.eachRow((row) => {
        row.eachCell((cell, c) => {
          const value = cell.value;
          if (value === null || value === undefined || value === "") return;
          const text =
            value instanceof Date || (typeof value === "number" && cell.numFmt === "dd/mm/yyyy")
              ? "00/00/0000"
              : String(value);
          const bold = cell.font?.bold === true;
          if (cell.alignment?.wrapText) {
            const needed = linesNeeded(text, widthOf(c), bold) * LINE_POINTS;
            if (needed > (row.height ?? LINE_POINTS) + 0.5)
              cut.push(
                `${m.name} ${cell.address} needs ${needed} pt, has ${row.height ?? LINE_POINTS}: ${text.slice(0, 50)}`
              );
          } else {
            let room = widthOf(c);
            for (
              let next = c + 1;
              next <= 8 && (row.getCell(next).value ?? null) === null;
              next += 1
            )
              room += widthOf(next);
            if (text.length * (bold ? 1.2 : 1.1) > room)
              cut.push(
                `${m.name} ${cell.address} is ${text.length} characters in ${room}: ${text.slice(0, 50)}`
              );
          }
        });
      });
    }
    expect(cut).toEqual([]);
  });

  it("shows the headline numbers in its cells, and no rule code, hash or ISO time on page one", async () => {
    for (const m of made) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(m.bytes.slice().buffer);
      const sheet = workbook.getWorksheet("Board report");
      const texts: string[] = [];
      sheet?.eachRow((row, r) => {
        if (r <= m.dashboardEnd) row.eachCell((cell) => texts.push(String(cell.value ?? "")));
      });
      const page = texts.join("\n");
      // Each headline figure sits in the cell after its label, as the report model counts it.
      const rows: string[][] = [];
      sheet?.eachRow((row, r) => {
        if (r <= m.dashboardEnd)
          rows.push((row.values as unknown[]).slice(1).map((v) => String(v ?? "")));
      });
      const figure = (label: string) => rows.find((row) => row[0].startsWith(label))?.[1];
      const { report } = m;
      if (report.rated.total > 0) {
        expect([m.name, figure("Red actions")]).toEqual([m.name, String(report.red)]);
        expect([m.name, figure("Overdue actions")]).toEqual([m.name, String(report.overdue)]);
      } else expect(figure("Red actions")).toBeUndefined();
      if (report.measures.length > 0) {
        const { current } = report.measureHeadline;
        expect([m.name, figure("Measures at or better than target")]).toEqual([
          m.name,
          current.percent === null
            ? "none rated"
            : `${current.count} of ${current.of} (${current.percent.toFixed(1)}%)`,
        ]);
        expect([m.name, figure("Measures off target beyond tolerance")]).toEqual([
          m.name,
          String(report.measureExceptions.filter((x) => x.level === "red").length),
        ]);
      }
      expect(page).toContain("Board report – Improvement Board – test");
      expect(page).not.toMatch(/\d{4}-\d\d-\d\dT\d\d|workbook state|owner-multiple|date-ambiguous/);
      if (m.name === "bcp") expect(page).toMatch(/Red actions[^\n]*\n\d+/);
      if (m.name === "scorecard") {
        expect(page).toContain("5 of 17 (29.4%)");
        expect(page).not.toMatch(/^Actions \(/m);
      }
      if (m.name === "thurrock") {
        // The council's own form: previous and current means and the box (docs/RATINGS.md#thurrock-averages).
        expect(rows.find((row) => row[0] === "Priority 1")?.slice(0, 5)).toEqual([
          "Priority 1",
          "2.8",
          "3.3",
          "3",
          "up",
        ]);
        expect(rows.find((row) => row[0] === "Priority 6")?.slice(0, 5)).toEqual([
          "Priority 6",
          "1.5",
          "2.5",
          "3",
          "up",
        ]);
      }
      // NHS England's own ratings: R 99 of 198 measures (../shared/real-world/README.md).
      if (m.name === "nhse-operational-priorities")
        expect(figure("Measures off target beyond tolerance")).toBe("99");
    }
  });

  it("prints the dashboard on exactly one A4 page, and the evidence starts on the next", async () => {
    const soffice = ["soffice", "pdfinfo", "pdftoppm"].every((tool) => {
      try {
        execFileSync("which", [tool], { stdio: "ignore" });
        return true;
      } catch {
        return false;
      }
    });
    if (!soffice) {
      console.warn(
        "Skipping the printed pages: LibreOffice (soffice) or poppler (pdfinfo, pdftoppm) is not installed."
      );
      return;
    }
    {
      const files: string[] = [];
      for (const m of made) {
        const file = join(work, `${m.name}-dashboard.xlsx`);
        writeFileSync(file, await reportAlone(m, true));
        files.push(file);
      }
      const full = made.find((m) => m.name === "bcp");
      if (full) {
        const file = join(work, "bcp-full.xlsx");
        writeFileSync(file, await reportAlone(full, false));
        files.push(file);
      }
      execFileSync(
        "soffice",
        [
          "--headless",
          "--norestore",
          `-env:UserInstallation=file://${work}/lo`,
          "--convert-to",
          "pdf",
          "--outdir",
          work,
          ...files,
        ],
        {
          env: { ...process.env, HOME: work },
          stdio: "ignore",
          timeout: 600_000,
        }
      );
      const pagesOf = (pdf: string) =>
        Number(
          /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1] ?? "0"
        );
      for (const m of made) {
        const pdf = join(work, `${m.name}-dashboard.pdf`);
        expect([m.name, pagesOf(pdf)]).toEqual([m.name, 1]);
        expect(execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" })).toContain(
          "Board report –"
        );
      }
      if (full) {
        const pdf = join(work, "bcp-full.pdf");
        expect(
          execFileSync("pdftotext", ["-f", "2", "-l", "2", pdf, "-"], { encoding: "utf8" })
        ).toContain("Every red and overdue action");
        // Every page of the evidence opens, under the repeated title rows, with its section's banner:
        // a new section, or the one before "(continued)" with its headings again.
        const titles = Object.values(EVIDENCE_TITLES);
        for (let page = 2; page <= pagesOf(pdf); page += 1) {
          const lines = execFileSync(
            "pdftotext",
            ["-f", String(page), "-l", String(page), "-layout", pdf, "-"],
            { encoding: "utf8" }
          )
            .split("\n")
            .map((line) => line.trim())
            .filter((line) => line !== "");
          expect([page, titles.some((title) => lines[2]?.startsWith(title))]).toEqual([page, true]);
        }
      }
      // The README's pictures: page one of two layouts' reports.
      mkdirSync(DOCS, { recursive: true });
      for (const [name, picture] of [
        ["bcp", "board-report-bcp"],
        ["scorecard", "board-report-scorecard"],
      ]) {
        if (!made.some((m) => m.name === name)) continue;
        execFileSync("pdftoppm", [
          "-f",
          "1",
          "-l",
          "1",
          "-png",
          "-r",
          "80",
          "-singlefile",
          join(work, `${name}-dashboard.pdf`),
          join(DOCS, picture),
        ]);
        const size = statSync(join(DOCS, `${picture}.png`)).size;
        expect(size).toBeGreaterThan(15_000);
        expect(size).toBeLessThan(160_000);
      }
    }
  }, 600_000);
});
