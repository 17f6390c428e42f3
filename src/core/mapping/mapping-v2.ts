import type { TableKind } from "../model/plan-field";
import type { SheetRole } from "../parse/plan-model";
import type { MappedMeasure, MappedSheet, MappedTable, Mapping, MappingReport } from "./mapping";

/**
 * Version 2 of the mapping, as workbooks saved before version 3 store it. It is version 3 with the
 * older word for a measure: `metrics`, `report.chartMetrics`, table kind and sheet role "metrics".
 * Frozen: it is only ever read, to be upgraded (upgrade-from-v2.ts), so these old names stay here
 * on purpose (docs/GLOSSARY.md).
 */
export type TableKindV2 = Exclude<TableKind, "measures"> | "metrics";
export type SheetRoleV2 = Exclude<SheetRole, "measures"> | "metrics";

export interface MappedTableV2 extends Omit<MappedTable, "kind"> {
  kind: TableKindV2;
}

export interface MappedSheetV2 extends Omit<MappedSheet, "roles" | "tables"> {
  roles?: SheetRoleV2[];
  tables: MappedTableV2[];
}

/** A measure's entry: the same shape in versions 2 and 3, under the old name. */
export type MappedMetricV2 = MappedMeasure;

export interface MappingReportV2 extends Omit<MappingReport, "chartMeasures"> {
  chartMetrics?: string[];
}

export interface MappingV2 extends Omit<Mapping, "version" | "sheets" | "measures" | "report"> {
  version: 2;
  sheets: MappedSheetV2[];
  metrics: MappedMetricV2[];
  report?: MappingReportV2;
}
