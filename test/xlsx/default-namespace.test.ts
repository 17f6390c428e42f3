/** @jest-environment node */
import { withDefaultNamespace } from "../../src/xlsx/default-namespace";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

describe("a part's prefixed namespace made the default, for exceljs", () => {
  it("moves the root's prefix to the default, keeps it declared, and leaves other prefixes alone", () => {
    const xml =
      `${DECLARATION}<x:worksheet xmlns:x="${MAIN}" xmlns:r="rels" xmlns:x14="ext">` +
      `<x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c></x:row></x:sheetData>` +
      `<x:drawing r:id="rId1"/><x:extLst><x14:ext/></x:extLst></x:worksheet>`;
    expect(withDefaultNamespace(xml)).toBe(
      `${DECLARATION}<worksheet xmlns="${MAIN}" xmlns:x="${MAIN}" xmlns:r="rels" xmlns:x14="ext">` +
        `<sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row></sheetData>` +
        `<drawing r:id="rId1"/><extLst><x14:ext/></extLst></worksheet>`
    );
  });

  it("reads a declaration in single quotes and a prefix with a dot", () => {
    const rels =
      "<p.r:Relationships xmlns:p.r='http://schemas.openxmlformats.org/package/2006/relationships'>" +
      "<p.r:Relationship Id='rId1' Type='t' Target='a.xml'/></p.r:Relationships>";
    expect(withDefaultNamespace(rels)).toBe(
      "<Relationships xmlns='http://schemas.openxmlformats.org/package/2006/relationships' " +
        "xmlns:p.r='http://schemas.openxmlformats.org/package/2006/relationships'>" +
        "<Relationship Id='rId1' Type='t' Target='a.xml'/></Relationships>"
    );
  });

  it.each([
    [
      "a part already in the default namespace",
      `<worksheet xmlns="${MAIN}"><sheetData/></worksheet>`,
    ],
    [
      "a drawing, which Excel itself writes with a prefix",
      '<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"/>',
    ],
    [
      "a root that declares a default namespace beside its prefix",
      `<x:worksheet xmlns:x="${MAIN}" xmlns="other"><sheetData/></x:worksheet>`,
    ],
    [
      "a root with no prefix and a prefixed child",
      `<worksheet xmlns="${MAIN}"><x:sheetData xmlns:x="${MAIN}"/></worksheet>`,
    ],
    ["a prefix the root does not declare", `<x:worksheet><x:sheetData/></x:worksheet>`],
  ])("leaves %s as it is", (_, xml) => {
    expect(withDefaultNamespace(xml)).toBeNull();
  });
});
