/** @jest-environment node */
import { areasToRead } from "../../../src/core/live-check/changed-areas";
import { checkCells } from "../../../src/core/live-check/check-cells";
import type { CheckMap } from "../../../src/core/live-check/check-map";
import { DEFAULT_DATE_POLICY } from "../../../src/core/model/timescale";

const map: CheckMap = {
  datePolicy: DEFAULT_DATE_POLICY,
  tables: [
    {
      sheet: "Plan",
      firstRow: 5,
      lastRow: 600,
      columns: [
        { column: 3, field: "due" },
        { column: 6, field: "status", words: ["On track", "At risk"] },
      ],
    },
    { sheet: "Plan", firstRow: 700, lastRow: 720, columns: [{ column: 4, field: "actual" }] },
  ],
};

describe("what live checking reads after a burst", () => {
  it("one rectangle per sheet around the changed cells the rules read, nothing for the rest", () => {
    const areas = areasToRead(
      map,
      [
        { sheet: "Plan", address: "C10" },
        { sheet: "Plan", address: "F500:G520" },
        { sheet: "Plan", address: "A1:B4" },
        { sheet: "Other", address: "C10" },
      ],
      100_000
    );
    expect(areas).toEqual({
      ranges: [{ sheet: "Plan", address: "C10:F520" }],
      cells: 511 * 4,
      clipped: 0,
    });
    expect(areasToRead(map, [{ sheet: "Plan", address: "H1:H900" }], 100_000).ranges).toEqual([]);
  });

  it("reads a whole-column paste only over the tables, and cuts a huge one short, saying how many rows were left", () => {
    expect(areasToRead(map, [{ sheet: "Plan", address: "C:C" }], 100_000).ranges).toEqual([
      { sheet: "Plan", address: "C5:C600" },
    ]);
    const clipped = areasToRead(map, [{ sheet: "Plan", address: "C5:F600" }], 400);
    expect(clipped).toEqual({
      ranges: [{ sheet: "Plan", address: "C5:F104" }],
      cells: 400,
      clipped: 496,
    });
  });

  it("says each cell in the row's terms", () => {
    const findings = checkCells(map, [
      { sheet: "Plan", row: 18, column: 3, value: "end of Sept" },
      { sheet: "Plan", row: 19, column: 3, value: "end of Sept 2025" },
      { sheet: "Plan", row: 20, column: 6, value: "Amberish" },
      { sheet: "Plan", row: 21, column: 6, value: "at risk" },
      { sheet: "Plan", row: 710, column: 4, value: "n/a" },
      { sheet: "Plan", row: 711, column: 4, value: "lots" },
      { sheet: "Plan", row: 22, column: 9, value: "not checked" },
    ]);
    expect(findings.map((finding) => [finding.ok, finding.sentence])).toEqual([
      [false, "Row 18: 'end of Sept' has no year, so it cannot be rated"],
      [true, "Row 19: 'end of Sept 2025' is read as 30 Sep 2025"],
      [false, "Row 20: 'Amberish' is not one of the plan's statuses (On track, At risk)"],
      [true, "Row 21: 'at risk' is one of the plan's statuses"],
      [true, "Row 710: 'n/a' is read as no value"],
      [false, "Row 711: 'lots' is not a number, so the measure cannot be rated"],
    ]);
  });
});
