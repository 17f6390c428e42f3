/** @jest-environment node */
import { applyTint, colourToHex, solidFillColour } from "../../src/xlsx/fill-colour";

const channels = (hex: string): number[] => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));

describe("colourToHex", () => {
  it.each([
    [{ argb: "FFFF0000" }, "#FF0000"],
    [{ argb: "ffc000" }, "#FFC000"],
    [{ argb: "00FF0000" }, "#FF0000"], // alpha is ignored, as Excel does for fills
    [{ theme: 0 }, "#FFFFFF"], // lt1: Excel's theme index swaps the first two pairs
    [{ theme: 1 }, "#000000"],
    [{ theme: 4 }, "#4472C4"],
    [{ theme: 7 }, "#FFC000"],
    [{ indexed: 2 }, "#FF0000"],
    [{ indexed: 64 }, "#000000"],
    [{ theme: 12 }, null],
    [{ indexed: 99 }, null],
    [{ argb: "red" }, null],
    [{}, null],
    [null, null],
    ["#FF0000", null],
  ])("%j → %s", (colour, expected) => {
    expect(colourToHex(colour)).toBe(expected);
  });
});

describe("applyTint (ECMA-376 HLS tint)", () => {
  it.each([
    ["white darker 15%", "FFFFFF", -0.1499984740745262, "#D9D9D9"],
    ["black lighter 50%", "000000", 0.499984740745262, "#7F7F7F"],
    ["green accent 6 darker 25%", "70AD47", -0.249977111117893, "#548235"],
    ["no tint", "4472C4", 0, "#4472C4"],
    ["full tint is white", "7030A0", 1, "#FFFFFF"],
    ["full shade is black", "7030A0", -1, "#000000"],
  ])("%s, as Excel shows it", (_, base, tint, expected) => {
    expect(applyTint(base, tint)).toBe(expected);
  });

  it.each([
    ["blue accent 1 lighter 80%", "4472C4", 0.7999816888943144, "#D9E1F2"],
    ["blue accent 1 lighter 60%", "4472C4", 0.5999938962981048, "#B4C6E7"],
    ["orange accent 2 lighter 40%", "ED7D31", 0.3999755851924192, "#F4B084"],
  ])(
    "%s is within 3 of Excel's own palette in every channel (Excel rounds in integer HLS)",
    (_, base, tint, excel) => {
      const ours = channels(applyTint(base, tint));
      channels(excel).forEach((channel, i) =>
        expect(Math.abs(ours[i] - channel)).toBeLessThanOrEqual(3)
      );
    }
  );
});

describe("solidFillColour", () => {
  it("reads only solid pattern fills", () => {
    expect(
      solidFillColour({ type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } })
    ).toBe("#00B050");
    expect(
      solidFillColour({ type: "pattern", pattern: "solid", fgColor: { theme: 5, tint: 0 } })
    ).toBe("#ED7D31");
    expect(
      solidFillColour({ type: "pattern", pattern: "darkGrid", fgColor: { argb: "FF00B050" } })
    ).toBeNull();
    expect(solidFillColour({ type: "pattern", pattern: "none" })).toBeNull();
    expect(
      solidFillColour({ type: "gradient", gradient: "angle", degree: 0, stops: [] })
    ).toBeNull();
    expect(solidFillColour(undefined)).toBeNull();
  });
});
