import type { MappedSheet, Mapping } from "../../../src/core/mapping/mapping";
import type { MappingV1 } from "../../../src/core/mapping/mapping-v1";
import type { MappedSheetV2, MappingV2 } from "../../../src/core/mapping/mapping-v2";

/**
 * A current mapping as versions 1–2 wrote it, where a measure was a "metric" (mapping-v2.ts): what
 * a workbook saved before version 3 carries. Test-only; Plan Tracker never writes these.
 */
export const sheetsAsV2 = (sheets: MappedSheet[]): MappedSheetV2[] =>
  sheets.map(({ roles, tables, ...sheet }) => ({
    ...sheet,
    ...(roles ? { roles: roles.map((role) => (role === "measures" ? "metrics" : role)) } : {}),
    tables: tables.map((table) => ({
      ...table,
      kind: table.kind === "measures" ? "metrics" : table.kind,
    })),
  }));

export const asV2 = ({
  version: _version,
  sheets,
  measures,
  report,
  ...rest
}: Mapping): MappingV2 => ({
  ...rest,
  version: 2,
  sheets: sheetsAsV2(sheets),
  metrics: measures,
  ...(report
    ? {
        report: {
          ...(report.period !== undefined ? { period: report.period } : {}),
          ...(report.title !== undefined ? { title: report.title } : {}),
          ...(report.chartMeasures ? { chartMetrics: report.chartMeasures } : {}),
        },
      }
    : {}),
});

/** The same plan as a version 1 document: levels keyed by id, each measure's polarity, `extra` on top. */
export const v1Of = (mapping: Mapping, extra: Partial<MappingV1> = {}): MappingV1 => ({
  version: 1,
  layout: mapping.layout,
  sheets: sheetsAsV2(mapping.sheets),
  levels: Object.fromEntries(mapping.levels.map(({ id, ...style }) => [id, style])),
  metrics: mapping.measures.map((m) => ({
    name: m.name,
    ...(m.polarity ? { polarity: m.polarity } : {}),
  })),
  policy: {},
  ...extra,
});
