/** @jest-environment node */
import { isPageFurniture, stripPageFurniturePrefix } from "../../../src/core/text/page-furniture";

describe("page furniture (docs/RULES.md rule 17)", () => {
  it.each([
    "This page is intentionally left blank",
    "THIS PAGE IS INTENTIONALLY LEFT BLANK.",
    "Page 7",
    "Page 7 of 20",
    "javascript:sortRowsViewMode('C2','Col2')",
    "51.866d",
  ])("%j is page furniture", (text) => expect(isPageFurniture(text)).toBe(true));

  it.each([
    "Page 11 Providing coherent support",
    "Pages of evidence",
    "7",
    "",
    null,
    51.866,
    "Costed structure in place.",
  ])("%j is not", (text) => expect(isPageFurniture(text)).toBe(false));

  it("strips a page number glued to the start of a cell (004 L176)", () => {
    expect(stripPageFurniturePrefix("Page 11 Providing coherent and effective services")).toBe(
      "Providing coherent and effective services"
    );
    expect(stripPageFurniturePrefix("Page 3 of the report")).toBe("Page 3 of the report");
    expect(stripPageFurniturePrefix("Costed structure")).toBe("Costed structure");
    expect(stripPageFurniturePrefix(null)).toBe("");
  });
});
