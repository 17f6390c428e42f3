import type { PlanModel } from "../parse/plan-model";
import { err, ok, type Result } from "../result";
import { lastRow } from "../snapshot/sheet-access";
import type { SheetSnapshot, WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import {
  type FollowedMapping,
  followMovedHeaders,
  headingsAt,
  titledColumns,
} from "./follow-moved-headers";
import type { Mapping } from "./mapping";

/**
 * Whether a mapping fits the workbook it is applied to. A mapping written for last month's copy, or
 * for another council's file, would otherwise read the wrong rows without a word; each misfit is one
 * sentence naming the mapping's entry and the sheet and row in the workbook.
 */

const rowIsEmpty = (sheet: SheetSnapshot, row: number): boolean => {
  const cells = sheet.values[row - sheet.firstRow] ?? [];
  return cells.every(
    (value) => value === null || (typeof value === "string" && value.trim() === "")
  );
};

const sheetList = (snapshot: WorkbookSnapshot): string =>
  snapshot.sheets.map((s) => `"${s.name}"`).join(", ");

export const checkMappingAgainst = (
  mapping: Mapping,
  snapshot: WorkbookSnapshot
): Result<void, string> => {
  for (const [s, mapped] of mapping.sheets.entries()) {
    const sheet = snapshot.sheets.find((candidate) => candidate.name === mapped.name);
    if (!sheet) {
      // Detection looks sheets up by name exactly as written, so a case slip would drop the sheet silently.
      const near = snapshot.sheets.find(
        (candidate) => candidate.name.toLowerCase() === mapped.name.toLowerCase()
      );
      if (near)
        return err(
          `sheets[${s}].name "${mapped.name}" does not match the workbook's sheet "${near.name}" exactly; write the name as the tab shows it.`
        );
      return err(
        `sheets[${s}] is the sheet "${mapped.name}", which is not in this workbook (its sheets are ${sheetList(snapshot)}).`
      );
    }
    const last = lastRow(sheet);
    for (const [t, table] of mapped.tables.entries()) {
      for (const [h, row] of table.headerRows.entries()) {
        if (row > last)
          return err(
            `sheets[${s}].tables[${t}].headerRows[${h}] is row ${row}, but "${sheet.name}" ends at row ${last}.`
          );
      }
      const first = table.headerRows[0];
      if (rowIsEmpty(sheet, first))
        return err(
          `Row ${first} of "${sheet.name}" is empty, but sheets[${s}].tables[${t}] says a table's header row is there (were rows added or removed above it?).`
        );
      // Headings saved with the mapping and found neither here nor nearby (followMovedHeaders): reading
      // this row as the header would read the wrong rows without a word.
      const titled = titledColumns(table);
      if (titled.length > 0 && !headingsAt(sheet, table, titled, 0)) {
        const saved = table.fields
          .filter((f) => (f.title ?? "").trim() !== "")
          .slice(0, 3)
          .map((f) => `"${f.title?.trim()}"`);
        return err(
          `Row ${first} of "${sheet.name}" no longer holds the headings sheets[${s}].tables[${t}] was saved with (${saved.join(", ")}…), and they are not elsewhere on the sheet; correct the mapping or save it again from the Mapping view.`
        );
      }
    }
  }
  return ok(undefined);
};

/**
 * A mapping made to fit the workbook as it is now: tables whose headers moved (rows added above them)
 * are followed, then what is left must fit (checkMappingAgainst). Every surface fits a mapping this way.
 */
export const fitMapping = (
  mapping: Mapping,
  snapshot: WorkbookSnapshot
): Result<FollowedMapping, string> => {
  const followed = followMovedHeaders(mapping, snapshot);
  const fits = checkMappingAgainst(followed.mapping, snapshot);
  return fits.ok ? ok(followed) : err(fits.error);
};

/** Chart measures named in the mapping's report options that the workbook does not have (they would be left out silently). */
export const checkReportMeasures = (mapping: Mapping, model: PlanModel): Result<void, string> => {
  const names = new Set(model.measures.map((m) => m.name));
  const charts = mapping.report?.chartMeasures ?? [];
  const index = charts.findIndex((name) => !names.has(name));
  if (index < 0) return ok(undefined);
  return err(
    `report.chartMeasures[${index}] "${charts[index]}" is not a measure in this workbook; name it as its row writes it.`
  );
};
