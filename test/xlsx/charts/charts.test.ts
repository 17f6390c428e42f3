/** @jest-environment node */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { ChartSpec, WriteOp } from "../../../src/core/write-plan/write-plan";
import { openXlsxWorkbook, type XlsxGateway } from "../../../src/xlsx/xlsx-gateway";

// Native charts in the saved .xlsx: exceljs cannot write them (exceljs#141, #1734), so save() adds the
// chart, drawing and relationship parts itself. Checked three ways: the parts in the zip, exceljs
// still loading the file, and LibreOffice drawing it to PDF.
const STAMP = { takenAt: "2023-01-31T09:00:00.000Z", fingerprint: "00000000" };
const plan = (...ops: WriteOp[]) => ({ basedOn: STAMP, ops });
const BOARD = "Board report";

const ragMix: ChartSpec = {
  chartType: "barStacked",
  source: "A30:D33",
  seriesBy: "columns",
  title: "RAG mix of actions by group",
  altText:
    "Stacked bars: Leadership 1 red, 3 amber, 4 green; Workforce 2, 2, 1; Practice & QA 0, 5, 6.",
  topLeft: "A35",
  bottomRight: "H52",
  seriesColours: ["#D4351C", "#FFBF47", "#00703C"],
};

const targetActual: ChartSpec = {
  chartType: "line",
  source: "A60:C63",
  seriesBy: "columns",
  title: "Re-referrals: target and actual",
  altText: "Line chart of target and actual re-referrals, Q1 to Q3.",
  topLeft: "E60",
  bottomRight: "K75",
  seriesColours: ["#505A5F", "#1D70B8"],
};

const reportOps = (): WriteOp[] => [
  { kind: "ensureSheet", sheet: BOARD, mark: "report" },
  { kind: "clearSheet", sheet: BOARD },
  { kind: "values", sheet: BOARD, topLeft: "A1", values: [["Board report – Q3"]] },
  {
    kind: "values",
    sheet: BOARD,
    topLeft: "A30",
    values: [
      ["Group", "Red", "Amber", "Green"],
      ["Leadership", 1, 3, 4],
      ["Workforce", 2, 2, 1],
      ["Practice & QA", 0, 5, 6],
    ],
  },
  {
    kind: "values",
    sheet: BOARD,
    topLeft: "A60",
    values: [
      ["Period", "Target", "Actual"],
      ["Q1", 22, 24.5],
      ["Q2", 21, null],
      ["Q3", 20, 19],
    ],
  },
  {
    kind: "pageSetup",
    sheet: BOARD,
    orientation: "landscape",
    fitToPagesWide: 1,
    printTitleRows: "1:1",
    footer: "Page &P of &N",
  },
  {
    kind: "conditionalFormat",
    sheet: BOARD,
    range: "B31,B32",
    rule: { kind: "formula", formula: "=B31>0", fill: "#D4351C" },
  },
  { kind: "chart", sheet: BOARD, chart: ragMix },
  { kind: "chart", sheet: BOARD, chart: targetActual },
];

const start = async (withPicture = false): Promise<XlsxGateway> => {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet("Actions").getCell("A1").value = "Ref";
  if (withPicture) {
    const sheet = workbook.addWorksheet(BOARD);
    // A 1×1 PNG: exceljs writes the sheet's drawing part for it.
    const png =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==";
    const image = workbook.addImage({ base64: png, extension: "png" });
    sheet.addImage(image, "J2:K4");
  }
  const opened = await openXlsxWorkbook(
    new Uint8Array(await workbook.xlsx.writeBuffer()),
    "plan.xlsx",
    { clock: () => STAMP.takenAt }
  );
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const applied = async (gateway: XlsxGateway, ops: WriteOp[]): Promise<void> => {
  const result = await gateway.apply(plan(...ops));
  if (!result.ok) throw new Error(result.error.message);
};

const partsOf = async (bytes: Uint8Array): Promise<Map<string, string>> => {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files))
    if (!zip.files[name].dir && !name.endsWith(".png"))
      parts.set(name, await zip.files[name].async("string"));
  return parts;
};

const part = (parts: Map<string, string>, name: string): string => {
  const text = parts.get(name);
  if (text === undefined) throw new Error(`no part ${name}; have ${[...parts.keys()].join(", ")}`);
  return text;
};

describe("charts written into the saved package", () => {
  let saved: Uint8Array;
  let parts: Map<string, string>;

  beforeAll(async () => {
    const gateway = await start();
    await applied(gateway, reportOps());
    saved = await gateway.save();
    parts = await partsOf(saved);
  });

  it("adds a chart part per chart, and one drawing joined to the report sheet", () => {
    expect(
      [...parts.keys()].filter((name) => /^xl\/(charts|drawings)\//.test(name)).sort()
    ).toEqual([
      "xl/charts/chart1.xml",
      "xl/charts/chart2.xml",
      "xl/drawings/_rels/drawing1.xml.rels",
      "xl/drawings/drawing1.xml",
    ]);
    const sheet = part(parts, "xl/worksheets/sheet2.xml");
    expect(sheet).toMatch(
      /<headerFooter>.*<\/headerFooter><drawing r:id="rId\d+"\/><\/worksheet>$/
    );
    const [, relId] = /<drawing r:id="(rId\d+)"\/>/.exec(sheet) ?? [];
    expect(part(parts, "xl/worksheets/_rels/sheet2.xml.rels")).toContain(
      `<Relationship Id="${relId}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/drawing1.xml"/>`
    );
    const drawingRels = part(parts, "xl/drawings/_rels/drawing1.xml.rels");
    expect(drawingRels).toContain('Target="../charts/chart1.xml"');
    expect(drawingRels).toContain('Target="../charts/chart2.xml"');
    const types = part(parts, "[Content_Types].xml");
    expect(types).toContain(
      '<Override PartName="/xl/charts/chart1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>'
    );
    expect(types).toContain(
      '<Override PartName="/xl/drawings/drawing1.xml" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>'
    );
  });

  it("anchors each chart from its top-left cell to past its bottom-right cell, with its alt text", () => {
    const drawing = part(parts, "xl/drawings/drawing1.xml");
    expect(drawing).toContain(
      "<xdr:from><xdr:col>0</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>34</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>8</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>52</xdr:row>"
    );
    expect(drawing).toContain(
      '<xdr:cNvPr id="2" name="RAG mix of actions by group" descr="Stacked bars: Leadership 1 red, 3 amber, 4 green; Workforce 2, 2, 1; Practice &amp; QA 0, 5, 6."/>'
    );
    expect(drawing).toContain('<xdr:cNvPr id="3" name="Re-referrals: target and actual"');
  });

  it("draws the RAG mix as stacked horizontal bars with RAG fills, names from the header row and cached values", () => {
    const chart = part(parts, "xl/charts/chart1.xml");
    expect(chart).toContain('<c:barDir val="bar"/><c:grouping val="stacked"/>');
    expect(chart).toContain('<c:overlap val="100"/>');
    expect(chart).toContain("<a:t>RAG mix of actions by group</a:t>");
    expect(chart.match(/<c:ser>/g)).toHaveLength(3);
    expect(chart).toContain(
      `<c:tx><c:strRef><c:f>'Board report'!$B$30</c:f><c:strCache><c:ptCount val="1"/><c:pt idx="0"><c:v>Red</c:v></c:pt></c:strCache></c:strRef></c:tx>`
    );
    expect(chart).toContain(
      '<c:spPr><a:solidFill><a:srgbClr val="D4351C"/></a:solidFill></c:spPr>'
    );
    expect(chart).toContain('<a:srgbClr val="00703C"/>');
    expect(chart).toContain(
      `<c:cat><c:strRef><c:f>'Board report'!$A$31:$A$33</c:f><c:strCache><c:ptCount val="3"/><c:pt idx="0"><c:v>Leadership</c:v></c:pt><c:pt idx="1"><c:v>Workforce</c:v></c:pt><c:pt idx="2"><c:v>Practice &amp; QA</c:v></c:pt></c:strCache></c:strRef></c:cat>`
    );
    expect(chart).toContain(
      `<c:val><c:numRef><c:f>'Board report'!$D$31:$D$33</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>4</c:v></c:pt><c:pt idx="1"><c:v>1</c:v></c:pt><c:pt idx="2"><c:v>6</c:v></c:pt></c:numCache></c:numRef></c:val>`
    );
  });

  it("draws target against actual as lines coloured by series, leaving a gap for a missing value", () => {
    const chart = part(parts, "xl/charts/chart2.xml");
    expect(chart).toContain("<c:lineChart>");
    expect(chart).toContain('<a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="1D70B8"/>');
    expect(chart).toContain(
      `<c:f>'Board report'!$C$61:$C$63</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="3"/><c:pt idx="0"><c:v>24.5</c:v></c:pt><c:pt idx="2"><c:v>19</c:v></c:pt></c:numCache>`
    );
    expect(chart).toContain('<c:dispBlanksAs val="gap"/>');
  });

  it("still loads in exceljs, and through the gateway (which drops the charts on reading, as docs/TOOLCHAIN.md#exceljs says)", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(saved.slice().buffer);
    expect(workbook.getWorksheet(BOARD)?.getCell("B31").value).toBe(1);
    const reopened = await openXlsxWorkbook(saved, "report.xlsx");
    expect(reopened.ok).toBe(true);
  });
});

describe("charts over repeated builds and existing drawings", () => {
  it("rebuilding the report replaces its charts rather than adding more", async () => {
    const gateway = await start();
    await applied(gateway, reportOps());
    await applied(gateway, reportOps());
    await applied(gateway, [
      { kind: "chart", sheet: BOARD, chart: { ...ragMix, chartType: "columnClustered" } },
    ]);
    const parts = await partsOf(await gateway.save());
    expect(
      [...parts.keys()].filter((name) => /^xl\/charts\/chart\d+\.xml$/.test(name))
    ).toHaveLength(2);
    const kinds = [...parts.entries()]
      .filter(([name]) => name.startsWith("xl/charts/"))
      .map(
        ([, xml]) =>
          /<c:barDir val="(\w+)"\/><c:grouping val="(\w+)"/.exec(xml)?.slice(1).join(" ") ?? "line"
      );
    expect(kinds.sort()).toEqual(["col clustered", "line"]);
  });

  it("clearing the sheet removes its charts", async () => {
    const gateway = await start();
    await applied(gateway, reportOps());
    await applied(gateway, [{ kind: "clearSheet", sheet: BOARD }]);
    const parts = await partsOf(await gateway.save());
    expect([...parts.keys()].filter((name) => name.startsWith("xl/charts/"))).toEqual([]);
  });

  it("joins the drawing exceljs wrote for a picture, keeping the picture", async () => {
    const gateway = await start(true);
    await applied(gateway, reportOps());
    const parts = await partsOf(await gateway.save());
    const drawings = [...parts.keys()].filter((name) =>
      /^xl\/drawings\/drawing\d+\.xml$/.test(name)
    );
    expect(drawings).toHaveLength(1);
    const drawing = part(parts, drawings[0]);
    expect(drawing.match(/<xdr:twoCellAnchor/g)).toHaveLength(3);
    expect(drawing).toContain("<xdr:pic>");
    const ids = [...drawing.matchAll(/<xdr:cNvPr id="(\d+)"/g)].map((m) => m[1]);
    expect(new Set(ids).size).toBe(ids.length);
    const sheet = part(parts, "xl/worksheets/sheet2.xml");
    expect(sheet.match(/<drawing /g)).toHaveLength(1);
  });
});

const execFileAsync = promisify(execFile);
const SOFFICE = "/usr/bin/soffice";
const PDFTOTEXT = "/usr/bin/pdftotext";

describe("LibreOffice renders the charts", () => {
  const run = existsSync(SOFFICE) ? it : it.skip;

  run(
    "converts the saved report to a PDF that carries both chart titles, the legend and the footer",
    async () => {
      const gateway = await start();
      await applied(gateway, reportOps());
      const dir = mkdtempSync(join(tmpdir(), "plan-tracker-charts-"));
      try {
        const file = join(dir, "report.xlsx");
        writeFileSync(file, await gateway.save());
        // HOME in the temp dir: LibreOffice writes its profile there, not in the real home.
        await execFileAsync(SOFFICE, ["--headless", "--convert-to", "pdf", "--outdir", dir, file], {
          env: { ...process.env, HOME: dir },
          timeout: 90_000,
        });
        const pdf = join(dir, "report.pdf");
        expect(existsSync(pdf)).toBe(true);
        expect(statSync(pdf).size).toBeGreaterThan(10_000);
        expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
        if (existsSync(PDFTOTEXT)) {
          const { stdout } = await execFileAsync(PDFTOTEXT, ["-layout", pdf, "-"]);
          // Chart titles and legends are drawn only if LibreOffice read the chart parts.
          expect(stdout).toContain("RAG mix of actions by group");
          expect(stdout).toContain("Re-referrals: target and actual");
          expect(stdout).toMatch(/Red\s+Amber\s+Green/);
          // A4 landscape one page wide: LibreOffice runs the report down as many pages as it needs.
          expect(stdout).toMatch(/Page 2 of \d/);
        }
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    120_000
  );
});
