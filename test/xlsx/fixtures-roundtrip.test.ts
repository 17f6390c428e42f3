/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { fingerprintSheets } from "../../src/core/snapshot/fingerprint";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// The fixture builder (scripts/build-fixtures.cjs, run by jest's global setup) writes each workbook
// and, from the same layout, the snapshot a gateway must produce for it. Reading the .xlsx back
// through the gateway must give exactly that snapshot: values, formats, fills, merges.
const GENERATED = join(__dirname, "..", "fixtures", "generated");
const FIXTURES = ["gcc", "bcp", "thurrock", "scorecard"];
const TAKEN_AT = "2023-01-31T09:00:00.000Z";

const readFixture = async (
  id: string
): Promise<{ read: WorkbookSnapshot; expected: WorkbookSnapshot }> => {
  const expected = JSON.parse(
    readFileSync(join(GENERATED, `${id}.snapshot.json`), "utf8")
  ) as WorkbookSnapshot;
  const opened = await openXlsxWorkbook(
    new Uint8Array(readFileSync(join(GENERATED, `${id}.xlsx`))),
    `${id}.xlsx`,
    { clock: () => TAKEN_AT }
  );
  if (!opened.ok) throw new Error(opened.error.message);
  const read = await opened.value.read();
  if (!read.ok) throw new Error(read.error.message);
  return { read: read.value, expected };
};

describe.each(FIXTURES)("the %s fixture read through the .xlsx gateway", (id) => {
  let read: WorkbookSnapshot;
  let expected: WorkbookSnapshot;
  beforeAll(async () => {
    ({ read, expected } = await readFixture(id));
  });

  it("has the same sheets, in order, with the same name", () => {
    expect(read.name).toBe(expected.name);
    expect(read.sheets.map((s) => s.name)).toEqual(expected.sheets.map((s) => s.name));
    expect(read.settings).toEqual({});
  });

  it("reads every value, number format, fill and merge of its snapshot JSON", () => {
    expected.sheets.forEach((sheet, i) => {
      const actual = read.sheets[i];
      expect({
        name: actual.name,
        firstRow: actual.firstRow,
        firstColumn: actual.firstColumn,
      }).toEqual({ name: sheet.name, firstRow: 1, firstColumn: 1 });
      expect(actual.values).toEqual(sheet.values);
      expect(actual.numberFormats).toEqual(sheet.numberFormats);
      expect(actual.fills).toEqual(sheet.fills);
      expect(actual.merges).toEqual(sheet.merges);
      expect({ protected: actual.protected, visibility: actual.visibility }).toEqual({
        protected: false,
        visibility: "visible",
      });
    });
  });

  it("stamps the read with the injected clock and a fingerprint of what was read", () => {
    expect(read.stamp.takenAt).toBe(TAKEN_AT);
    expect(read.stamp.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    expect(read.stamp.fingerprint).toBe(fingerprintSheets(expected.sheets));
  });
});
