/* global Office */
import type { Capabilities } from "../core/gateway";

/**
 * What this Excel can do, asked once (docs/EXCEL.md#requirement-sets): volume-licensed Office 2016 has ExcelApi 1.1 only,
 * Office 2019 stops at 1.7, so the executor chooses fallbacks instead of failing on old clients.
 */
export interface ExcelApiSupport {
  /** Worksheet.protection, getUsedRange(valuesOnly) (1.2). */
  protection: boolean;
  /** *OrNullObject methods and workbook.settings (1.4). */
  nullObjects: boolean;
  /** workbook.customXmlParts (1.5). */
  customXmlParts: boolean;
  /** Conditional formats and suspendApiCalculationUntilNextSync (1.6). */
  conditionalFormats: boolean;
  /** Workbook.name (1.7). */
  workbookName: boolean;
  /** Data validation and runtime.enableEvents (1.8). */
  dataValidation: boolean;
  /** get/setCellProperties and suspendScreenUpdatingUntilNextSync (1.9). */
  cellProperties: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  mergedAreas: boolean;
  /** RangeFormat.columnWidth (1.2). */
  columnWidths: boolean;
  /** Worksheet.freezePanes (1.7). */
  freezePanes: boolean;
  /** Worksheet.pageLayout: paper, orientation, fit to pages, print titles, footers (1.9). */
  pageLayout: boolean;
  /** Worksheet.getRanges: one RangeAreas over scattered cells, e.g. one rule on C37, E37, G37 (1.9). */
  rangeAreas: boolean;
}

export type IsSetSupported = (name: string, version: string) => boolean;

export const detectApiSupport = (isSetSupported: IsSetSupported): ExcelApiSupport => {
  const has = (version: string): boolean => {
    try {
      return isSetSupported("ExcelApi", version);
    } catch {
      return false;
    }
  };
  return {
    protection: has("1.2"),
    nullObjects: has("1.4"),
    customXmlParts: has("1.5"),
    conditionalFormats: has("1.6"),
    workbookName: has("1.7"),
    dataValidation: has("1.8"),
    cellProperties: has("1.9"),
    mergedAreas: has("1.13"),
    columnWidths: has("1.2"),
    freezePanes: has("1.7"),
    pageLayout: has("1.9"),
    rangeAreas: has("1.9"),
  };
};

/** The host's own answer; outside Office (no global Office) nothing is supported. */
export const hostIsSetSupported: IsSetSupported = (name, version) =>
  typeof Office !== "undefined" &&
  Office.context?.requirements?.isSetSupported(name, version) === true;

export const toCapabilities = (support: ExcelApiSupport): Capabilities => ({
  conditionalFormats: support.conditionalFormats,
  dataValidation: support.dataValidation,
  cellProperties: support.cellProperties,
  customXmlParts: support.customXmlParts,
  selection: true,
});
