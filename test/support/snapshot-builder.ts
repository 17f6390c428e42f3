import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { CellValue } from "../../src/core/model/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";

/** A sheet written as rows from A1, with optional formats, fills and merges keyed by A1 address. */
export interface SheetSpec {
  name?: string;
  rows: CellValue[][];
  numberFormats?: Record<string, string>;
  fills?: Record<string, string>;
  merges?: string[];
}

/** Build a WorkbookSnapshot the way the gateways do: rectangular, empty cells null, used range from A1. */
export const snapshotOf = (...sheets: SheetSpec[]): WorkbookSnapshot => ({
  name: "test.xlsx",
  sheets: sheets.map((spec, index): SheetSnapshot => {
    const width = Math.max(0, ...spec.rows.map((row) => row.length));
    return {
      name: spec.name ?? `Sheet${index + 1}`,
      firstRow: 1,
      firstColumn: 1,
      values: spec.rows.map((row) =>
        Array.from({ length: width }, (_, c) =>
          row[c] === "" || row[c] === undefined ? null : row[c]
        )
      ),
      numberFormats: spec.numberFormats ?? {},
      fills: spec.fills ?? {},
      merges: spec.merges ?? [],
      protected: false,
      visibility: "visible",
    };
  }),
  settings: {},
  stamp: { takenAt: "test", fingerprint: "test" },
});

export type FixtureId = "gcc" | "bcp" | "thurrock" | "scorecard";

const cache = new Map<FixtureId, string>();

/**
 * A fixture workbook as the .xlsx gateway reads it, generated from the seed facts by
 * scripts/build-fixtures.cjs (jest's global setup builds them). A fresh copy every call.
 */
export const loadFixture = (id: FixtureId): WorkbookSnapshot => {
  if (!cache.has(id))
    cache.set(
      id,
      readFileSync(join(__dirname, "..", "fixtures", "generated", `${id}.snapshot.json`), "utf8")
    );
  return JSON.parse(cache.get(id) ?? "") as WorkbookSnapshot;
};
