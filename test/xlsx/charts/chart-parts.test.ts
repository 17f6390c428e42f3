/** @jest-environment node */
import { sheetPartsOf } from "../../../src/xlsx/sheet-parts";
import type { CellValue } from "../../../src/core/model/cell-value";
import type { ChartSpec } from "../../../src/core/write-plan/write-plan";
import { absoluteRef, chartData } from "../../../src/xlsx/charts/chart-data";
import { chartXml } from "../../../src/xlsx/charts/chart-xml";
import { addAnchors } from "../../../src/xlsx/charts/drawing-xml";
import {
  addDrawingElement,
  addOverrides,
  addRelationship,
  drawingRelId,
  relativeTarget,
  resolveTarget,
} from "../../../src/xlsx/charts/package-parts";
import { PendingCharts } from "../../../src/xlsx/charts/pending-charts";
import { xmlAttribute, xmlText, xmlUnescape } from "../../../src/xlsx/charts/xml-text";

const WS =
  '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">';

describe("placing <drawing> in a worksheet part (CT_Worksheet order)", () => {
  it("goes after headerFooter and before a top-level extLst, not inside a cfRule's own extLst", () => {
    const sheet = `${WS}<sheetData><row r="1"/></sheetData><conditionalFormatting sqref="A1"><cfRule type="dataBar" priority="1"><dataBar/><extLst><ext uri="x"/></extLst></cfRule></conditionalFormatting><headerFooter><oddFooter>&amp;P</oddFooter></headerFooter><extLst><ext uri="y"/></extLst></worksheet>`;
    expect(addDrawingElement(sheet, "rId7")).toBe(
      sheet.replace("</headerFooter><extLst>", '</headerFooter><drawing r:id="rId7"/><extLst>')
    );
  });

  it("goes before tableParts, or last when nothing follows it", () => {
    expect(addDrawingElement(`${WS}<sheetData/><tableParts count="0"/></worksheet>`, "rId1")).toBe(
      `${WS}<sheetData/><drawing r:id="rId1"/><tableParts count="0"/></worksheet>`
    );
    expect(addDrawingElement(`${WS}<sheetData/></worksheet>`, "rId1")).toBe(
      `${WS}<sheetData/><drawing r:id="rId1"/></worksheet>`
    );
  });

  it("declares the relationships namespace itself when the worksheet does not", () => {
    expect(addDrawingElement("<worksheet><sheetData/></worksheet>", "rId2")).toContain(
      '<drawing xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:id="rId2"/>'
    );
  });

  it("finds an existing drawing's relationship", () => {
    expect([
      drawingRelId(`${WS}<sheetData/><drawing r:id="rId3"/></worksheet>`),
      drawingRelId(`${WS}<sheetData/><drawingHF r:id="rId4"/></worksheet>`),
    ]).toEqual(["rId3", null]);
  });
});

describe("package relationships and content types", () => {
  it("resolves and writes relative targets", () => {
    expect(resolveTarget("xl/worksheets/sheet2.xml", "../drawings/drawing1.xml")).toBe(
      "xl/drawings/drawing1.xml"
    );
    expect(resolveTarget("xl/workbook.xml", "/xl/worksheets/sheet3.xml")).toBe(
      "xl/worksheets/sheet3.xml"
    );
    expect(relativeTarget("xl/drawings/drawing1.xml", "xl/charts/chart4.xml")).toBe(
      "../charts/chart4.xml"
    );
    expect(relativeTarget("xl/workbook.xml", "xl/worksheets/sheet1.xml")).toBe(
      "worksheets/sheet1.xml"
    );
  });

  it("adds relationships with ids not yet taken, to a new, empty or existing part", () => {
    const first = addRelationship(null, "T", "a.xml");
    expect(first.id).toBe("rId1");
    const second = addRelationship(first.xml.replace('Id="rId1"', 'Id="rId2"'), "T", "b&c.xml");
    expect(second.id).toBe("rId3");
    expect(second.xml).toContain('Target="b&amp;c.xml"');
    expect(addRelationship('<Relationships xmlns="x"/>', "T", "c.xml").xml).toBe(
      '<Relationships xmlns="x"><Relationship Id="rId1" Type="T" Target="c.xml"/></Relationships>'
    );
  });

  // Excel writes these parts without a prefix; another writer may bind the namespace to one. What
  // is read must be found, and what is added must share the root's prefix to be read in turn.
  it("reads and adds to a relationships part whose elements carry a prefix", () => {
    const rels =
      "<pr:Relationships xmlns:pr='p'><pr:Relationship Id='rId1' Type='T' Target='a.xml'/></pr:Relationships>";
    const added = addRelationship(rels, "T", "b.xml");
    expect(added.id).toBe("rId2");
    expect(added.xml).toBe(
      "<pr:Relationships xmlns:pr='p'><pr:Relationship Id='rId1' Type='T' Target='a.xml'/>" +
        '<pr:Relationship Id="rId2" Type="T" Target="b.xml"/></pr:Relationships>'
    );
    expect(addRelationship("<pr:Relationships xmlns:pr='p'/>", "T", "c.xml").xml).toBe(
      "<pr:Relationships xmlns:pr='p'>" +
        '<pr:Relationship Id="rId1" Type="T" Target="c.xml"/></pr:Relationships>'
    );
    expect(drawingRelId('<x:worksheet><x:drawing r:id="rId7"/></x:worksheet>')).toBe("rId7");
  });

  it("adds a content-type override in the prefix the part uses, once", () => {
    const types = "<t:Types xmlns:t='ct'><t:Override PartName='/a.xml' ContentType='c'/></t:Types>";
    expect(
      addOverrides(types, [
        { partName: "/a.xml", contentType: "c" },
        { partName: "/b.xml", contentType: "c" },
      ])
    ).toBe(
      "<t:Types xmlns:t='ct'><t:Override PartName='/a.xml' ContentType='c'/>" +
        '<t:Override PartName="/b.xml" ContentType="c"/></t:Types>'
    );
  });

  it("maps sheet names, escaped in workbook.xml, to their parts", () => {
    const workbook =
      '<workbook><sheets><sheet name="R&amp;D &quot;plan&quot;" sheetId="1" r:id="rId4"/><sheet name="Board report" sheetId="2" r:id="rId5"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId4" Type="t" Target="worksheets/sheet1.xml"/><Relationship Id="rId5" Type="t" Target="/xl/worksheets/sheet2.xml"/></Relationships>';
    expect([...sheetPartsOf(workbook, rels)]).toEqual([
      ['R&D "plan"', "xl/worksheets/sheet1.xml"],
      ["Board report", "xl/worksheets/sheet2.xml"],
    ]);
  });

  it("adds each content-type override once", () => {
    const types = '<Types><Override PartName="/xl/charts/chart1.xml" ContentType="c"/></Types>';
    expect(
      addOverrides(types, [
        { partName: "/xl/charts/chart1.xml", contentType: "c" },
        { partName: "/xl/charts/chart2.xml", contentType: "c" },
      ])
    ).toBe(
      '<Types><Override PartName="/xl/charts/chart1.xml" ContentType="c"/><Override PartName="/xl/charts/chart2.xml" ContentType="c"/></Types>'
    );
  });

  it("adds anchors to an existing drawing, declaring the a: prefix if needed", () => {
    const anchor = {
      topLeft: "B2",
      bottomRight: "C3",
      id: 5,
      name: "n",
      altText: "a",
      relId: "rId9",
    };
    const added = addAnchors('<xdr:wsDr xmlns:xdr="x"><xdr:oneCellAnchor/></xdr:wsDr>', [anchor]);
    expect(added).toMatch(
      /^<xdr:wsDr xmlns:a="[^"]+" xmlns:xdr="x"><xdr:oneCellAnchor\/><xdr:twoCellAnchor editAs="oneCell"><xdr:from><xdr:col>1<\/xdr:col>.*<\/xdr:twoCellAnchor><\/xdr:wsDr>$/
    );
  });
});

describe("chart data and references", () => {
  const grid: Record<string, CellValue> = {
    A1: null,
    B1: "Q1",
    C1: "Q2",
    A2: "Target",
    B2: 70,
    C2: 72,
    A3: "Actual",
    B3: "–",
    C3: 74.5,
  };
  const at = (row: number, column: number): CellValue =>
    grid[`${String.fromCharCode(64 + column)}${row}`] ?? null;
  const spec: ChartSpec = {
    chartType: "columnClustered",
    source: "A1:C3",
    seriesBy: "rows",
    title: "T",
    altText: "",
    topLeft: "E1",
    bottomRight: "J9",
  };

  it("reads series by rows: categories along the header row, names down the first column, text as a gap", () => {
    expect(chartData("Owner's view", spec, at)).toEqual({
      categoriesRef: "'Owner''s view'!$B$1:$C$1",
      categories: ["Q1", "Q2"],
      series: [
        {
          nameRef: "'Owner''s view'!$A$2",
          name: "Target",
          valuesRef: "'Owner''s view'!$B$2:$C$2",
          values: [70, 72],
        },
        {
          nameRef: "'Owner''s view'!$A$3",
          name: "Actual",
          valuesRef: "'Owner''s view'!$B$3:$C$3",
          values: [null, 74.5],
        },
      ],
    });
  });

  it("quotes only sheet names that need it", () => {
    expect(absoluteRef("Ratings", { top: 2, left: 3, bottom: 9, right: 3 })).toBe(
      "Ratings!$C$2:$C$9"
    );
    expect(absoluteRef("Board report", { top: 1, left: 1, bottom: 1, right: 1 })).toBe(
      "'Board report'!$A$1"
    );
  });

  it("refuses a source with no room for headers", () => {
    expect(chartData("S", { ...spec, source: "A1:A9" }, at)).toBeNull();
  });

  it("writes clustered columns with Excel's palette when no colours are given", () => {
    const data = chartData("S", spec, at);
    if (!data) throw new Error("no data");
    const xml = chartXml(spec, data);
    expect(xml).toContain('<c:barDir val="col"/><c:grouping val="clustered"/>');
    expect(xml).not.toContain("<c:spPr>");
    expect(xml).not.toContain("<c:overlap");
  });
});

describe("pending charts and XML text", () => {
  it("replaces a namesake on the same sheet, keeps one on another, and clears a sheet's charts", () => {
    const spec: ChartSpec = {
      chartType: "line",
      source: "A1:B2",
      seriesBy: "columns",
      title: "Trend",
      altText: "",
      topLeft: "D1",
      bottomRight: "H9",
    };
    const charts = new PendingCharts();
    charts.add("A", spec);
    charts.add("B", spec);
    charts.add("A", { ...spec, chartType: "columnClustered" });
    expect(charts.all().map((p) => [p.sheet, p.chart.chartType])).toEqual([
      ["B", "line"],
      ["A", "columnClustered"],
    ]);
    charts.clearSheet("A");
    expect(charts.all().map((p) => p.sheet)).toEqual(["B"]);
  });

  it("escapes text and attributes, drops characters XML forbids, and reads entities back", () => {
    expect(xmlText('a & <b> "c"\u0001')).toBe('a &amp; &lt;b&gt; "c"');
    expect(xmlAttribute('say "hi"')).toBe("say &quot;hi&quot;");
    expect(xmlUnescape("R&amp;D &#8211; &#x41;&lt;")).toBe("R&D – A<");
  });
});
