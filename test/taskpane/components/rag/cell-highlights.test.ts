/** @jest-environment node */
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { highlightsFrom } from "../../../../src/taskpane/components/rag/cell-highlights";
import { highlightKey } from "../../../../src/taskpane/preview/grid/cell-highlights";

describe("highlightsFrom", () => {
  it("keys each Actual cell by sheet and address, with the plan's own level words, glyph and fill", () => {
    const levels = LEVEL_PRESETS.scorecard;
    const highlights = highlightsFrom(
      [
        { sheet: "Scorecard", address: "H6", level: "red", reason: "40% against 50%" },
        { sheet: "Scorecard", address: "H7", level: "amber", reason: "85.9% against 90%" },
        { sheet: "Other!Sheet", address: "H6", level: "green", reason: "met" },
      ],
      levels
    );
    expect(highlights.size).toBe(3);
    expect(highlights.get(highlightKey("Scorecard", "H6"))).toEqual({
      level: "red",
      fill: levels.red.fill,
      glyph: levels.red.glyph,
      label: levels.red.label,
      reason: "40% against 50%",
    });
    expect(highlights.get(highlightKey("Scorecard", "H7"))?.label).toBe(levels.amber.label);
    expect(highlights.get(highlightKey("Other!Sheet", "H6"))?.level).toBe("green");
  });
});
