import { UNDO_SHEET } from "../../../src/core/rag/write/owned-sheets";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { decodeUndoRecord } from "../../../src/core/undo/decode-undo-record";
import type { UndoRecord } from "../../../src/core/undo/undo-record";
import type { FakeExcel, FakeWorkbookInit } from "../fake-excel";

/** A fixture's snapshot as the fake's starting workbook: values, formats, fills and merges. */
export const fromSnapshot = (snapshot: WorkbookSnapshot): FakeWorkbookInit => ({
  name: snapshot.name,
  sheets: snapshot.sheets.map((sheet) => ({
    name: sheet.name,
    values: sheet.values,
    numberFormats: sheet.numberFormats,
    fills: sheet.fills,
    merges: sheet.merges,
  })),
});

/** The undo record the fake workbook holds now, decoded (a record that does not decode fails the test). */
export const recordIn = (fake: FakeExcel): UndoRecord | null => {
  const sheet = fake.store.sheet(UNDO_SHEET);
  if (!sheet) return null;
  const values = Array.from({ length: sheet.rows.length }, (_, r) =>
    Array.from({ length: 11 }, (_, c) => {
      const value = sheet.value(r, c);
      return value === "" ? null : value;
    })
  );
  const decoded = decodeUndoRecord({ firstRow: 1, firstColumn: 1, values });
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
};
