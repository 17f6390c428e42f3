import fc from "fast-check";
import {
  cellAddress,
  columnLetter,
  columnNumber,
  parseCellAddress,
  parseRangeAddress,
} from "../../../src/core/model/address";

// The pattern parseCellAddress replaced: it must agree with it on any text at all.
const byPattern = (address: string) => {
  const match = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  return match ? { row: Number(match[2]), column: columnNumber(match[1]) } : null;
};

describe("A1 addresses", () => {
  it.each([
    ["B12", { row: 12, column: 2 }],
    ["$B$12", { row: 12, column: 2 }],
    [" xfd1048576 ", { row: 1_048_576, column: 16_384 }],
    ["AA$7", { row: 7, column: 27 }],
  ])("reads %s", (address, expected) => expect(parseCellAddress(address)).toEqual(expected));

  it.each([
    "",
    "12",
    "B",
    "ABCD1",
    "B12345678",
    "B1.5",
    "B-1",
    "$$B1",
    "B$$1",
    "B 1",
    "É1",
    "[1",
    "@1",
  ])("refuses %p", (address) => expect(parseCellAddress(address)).toBeNull());

  it("agrees with the A1 pattern on arbitrary text", () => {
    const addressLike = fc.stringMatching(/^\s?\$?[A-Za-z@[`{]{0,4}\$?[0-9.]{0,8}\s?$/);
    fc.assert(
      fc.property(fc.oneof(addressLike, fc.string()), (text) =>
        expect(parseCellAddress(text)).toEqual(byPattern(text))
      ),
      { numRuns: 5000 }
    );
  });

  it("round-trips every column and a range", () => {
    for (const column of [1, 26, 27, 52, 702, 703, 16_384])
      expect(parseCellAddress(cellAddress(9, column))).toEqual({ row: 9, column });
    expect(columnLetter(16_384)).toBe("XFD");
    expect(parseRangeAddress("C5:A1")).toEqual({ top: 1, left: 1, bottom: 5, right: 3 });
  });
});
