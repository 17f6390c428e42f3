import type { SheetRole } from "../parse/plan-model";
import type { TableKind } from "../model/plan-field";
import type { MappedSheet, Mapping, MappingReport } from "./mapping";
import type {
  MappedSheetV2,
  MappingReportV2,
  MappingV2,
  SheetRoleV2,
  TableKindV2,
} from "./mapping-v2";

/**
 * Version 2 → version 3: the same document with one word for measures (docs/GLOSSARY.md).
 * `metrics` becomes `measures`, `report.chartMetrics` `report.chartMeasures`, and the table kind
 * and sheet role "metrics" become "measures". Nothing else changes and nothing is dropped.
 */
const kindOf = (kind: TableKindV2): TableKind => (kind === "metrics" ? "measures" : kind);
const roleOf = (role: SheetRoleV2): SheetRole => (role === "metrics" ? "measures" : role);

const sheetOf = ({ roles, tables, ...sheet }: MappedSheetV2): MappedSheet => ({
  ...sheet,
  ...(roles ? { roles: roles.map(roleOf) } : {}),
  tables: tables.map((table) => ({ ...table, kind: kindOf(table.kind) })),
});

const reportOf = ({ chartMetrics, ...report }: MappingReportV2): MappingReport => ({
  ...report,
  ...(chartMetrics ? { chartMeasures: chartMetrics } : {}),
});

export const fromV2 = ({ sheets, metrics, report, ...rest }: MappingV2): Mapping => ({
  ...rest,
  version: 3,
  sheets: sheets.map(sheetOf),
  measures: metrics,
  ...(report ? { report: reportOf(report) } : {}),
});
