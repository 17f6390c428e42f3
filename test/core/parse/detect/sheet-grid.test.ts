/** @jest-environment node */
import { SheetGrid } from "../../../../src/core/parse/detect/sheet-grid";
import { snapshotOf } from "../../../support/snapshot-builder";

describe("a sheet's text as detection reads it", () => {
  const textOf = (value: string | number): string =>
    new SheetGrid(snapshotOf({ rows: [[value]] }).sheets[0]).text(1, 1);

  it.each([
    ["Page 7", "Page 7"],
    ["  Page 7 ", "Page 7"],
    ["Page 7\u00A0", "Page 7"],
    ["\u00A0Page 7", "Page 7"],
    ["\tOwner\n", "Owner"],
    ["Owner\u3000", "Owner"],
    ["\uFEFFOwner", "Owner"],
    ["Café", "Café"],
    ["é", "é"],
    ["–", "–"],
  ])("reads %j as %j", (typed, read) => {
    expect(textOf(typed)).toBe(read);
  });

  it("reads a number as Excel shows its digits", () => {
    expect(textOf(42)).toBe("42");
  });
});
