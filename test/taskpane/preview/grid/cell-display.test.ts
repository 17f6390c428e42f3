/** @jest-environment node */
import {
  displayText,
  fillColours,
  serialDateText,
} from "../../../../src/taskpane/preview/grid/cell-display";

describe("displayText", () => {
  it.each([
    [null, undefined, ""],
    ["Ongoing", undefined, "Ongoing"],
    ["<b>bold</b>", undefined, "<b>bold</b>"],
    [true, undefined, "TRUE"],
    [42, undefined, "42"],
    [0.1 + 0.2, undefined, "0.3"],
    [44713, "dd/mm/yyyy", "01/06/2022"],
    [44713, "mmm-yy", "01/06/2022"],
    [44713, "[$-809]dd mmmm yyyy", "01/06/2022"],
    [44713.5, "dd/mm/yyyy hh:mm", "01/06/2022 12:00"],
    [0.75, "h:mm", "18:00"],
    [44713.999999, "dd/mm/yyyy hh:mm", "02/06/2022 00:00"],
    [44713.25, "dd/mm/yyyy", "01/06/2022"],
    [0, "mmm-yy", "00/01/1900"],
    [0.816, "0.0%", "81.6%"],
    [1234.5, "#,##0.00", "1234.5"],
    [12, "[Red]0", "12"],
    [7, "General", "7"],
  ])("%j with %s → %s", (value, format, text) => {
    expect(displayText(value, format)).toBe(text);
  });

  it("counts days the way Excel's 1900 date system does", () => {
    expect(serialDateText(1, false)).toBe("01/01/1900");
    expect(serialDateText(61, false)).toBe("01/03/1900");
    expect(serialDateText(25569, false)).toBe("01/01/1970");
    expect(serialDateText(45383, false)).toBe("01/04/2024");
  });
});

describe("fillColours", () => {
  it.each([
    // GOV.UK red takes white text (4.9:1 against 4.3:1 for black).
    ["#D4351C", "#ffffff"],
    ["#00703C", "#ffffff"],
    ["#FFBF47", "#000000"],
    ["#1D70B8", "#ffffff"],
    ["#FFFFFF", "#000000"],
    ["#0B0C0C", "#ffffff"],
  ])("%s gets %s text", (fill, text) => {
    expect(fillColours(fill)).toEqual({ backgroundColor: fill, color: text });
  });

  it.each([[undefined], ["red"], ["#FFF"], ["#FF00703C"], ["#00703C; background-image: url(x)"]])(
    "ignores %j",
    (fill) => {
      expect(fillColours(fill)).toBeNull();
    }
  );
});
