import { readRelationships } from "../../src/xlsx/charts/package-parts";
import { sheetPartsOf } from "../../src/xlsx/sheet-parts";

// Copies edit the council's own package (docs/EXCEL.md#faithful-copies), whose workbook part any
// writer may have written: the sheet map must read them all, or a copy would edit the wrong part.
describe("sheetPartsOf", () => {
  it("reads elements with a namespace prefix and attributes in single quotes", () => {
    const workbook =
      "<x:workbook xmlns:x='main' xmlns:r='rels'><x:sheets><x:sheet name='Plan' sheetId='1' r:id='rId1'/><x:sheet name=\"R&amp;D\" sheetId=\"2\" r:id=\"rId2\"/></x:sheets></x:workbook>";
    const rels =
      "<pr:Relationships xmlns:pr='p'><pr:Relationship Id='rId1' Type='t' Target='worksheets/a.xml'/><pr:Relationship Id='rId2' Type='t' Target='../xl/worksheets/b.xml'/></pr:Relationships>";
    expect([...sheetPartsOf(workbook, rels)]).toEqual([
      ["Plan", "xl/worksheets/a.xml"],
      ["R&D", "xl/worksheets/b.xml"],
    ]);
  });

  it("keeps an apostrophe inside a double-quoted name, and unescapes a target", () => {
    const workbook =
      '<workbook><sheets><sheet name="Children\'s plan" sheetId="1" r:id="rId1"/></sheets></workbook>';
    const rels =
      '<Relationships><Relationship Id="rId1" Type="t" Target="worksheets/R&amp;D.xml"/></Relationships>';
    expect([...sheetPartsOf(workbook, rels)]).toEqual([
      ["Children's plan", "xl/worksheets/R&D.xml"],
    ]);
  });

  it("leaves out a sheet whose relationship is missing", () => {
    const workbook =
      '<workbook><sheets><sheet name="Plan" sheetId="1" r:id="rId9"/></sheets></workbook>';
    expect(sheetPartsOf(workbook, "<Relationships/>").size).toBe(0);
  });
});

describe("readRelationships", () => {
  it("reads a council's relationships in either quote, with spaces around =", () => {
    const rels =
      "<Relationships><Relationship Id='rId1' Type = \"t\" Target='../drawings/drawing1.xml'/></Relationships>";
    expect(readRelationships(rels)).toEqual([
      { id: "rId1", type: "t", target: "../drawings/drawing1.xml" },
    ]);
  });
});
