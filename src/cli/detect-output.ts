import type { PlanModel } from "../core/parse/plan-model";

/** What was understood, as plain data (the `detect --json` shape). */
export const detectionSummary = (model: PlanModel) => ({
  layout: model.layout,
  sheets: model.sheets.map((sheet) => ({
    name: sheet.name,
    roles: sheet.roles,
    tables: sheet.tables.map((table) => ({
      kind: table.kind,
      group: table.group,
      headerRows: table.headerRows,
      dataRows: table.lastDataRow >= table.firstDataRow ? [table.firstDataRow, table.lastDataRow] : [],
      completed: table.completed,
      columns: table.columns.map((c) => ({ column: c.letter, header: c.header, field: c.field, period: c.period ?? null, measure: c.measure ?? null })),
    })),
  })),
  groups: model.groups.map((g) => ({ label: g.label, kind: g.kind, lead: g.lead })),
  counts: { actions: model.actions.filter((a) => !a.placeholder).length, metrics: model.metrics.length },
  unmapped: model.unmapped,
});

export const detectJson = (model: PlanModel): string => JSON.stringify(detectionSummary(model), null, 2);

export const detectText = (model: PlanModel, file: string): string => {
  const lines = [`${file}: laid out like the ${model.layout === "generic" ? "generic" : model.layout.toUpperCase()} plan; ${model.actions.filter((a) => !a.placeholder).length} actions, ${model.metrics.length} measures, ${model.groups.length} groups.`];
  for (const sheet of model.sheets) {
    lines.push("", `${sheet.name}: ${sheet.roles.join(", ")}`);
    for (const table of sheet.tables) {
      const rows = table.lastDataRow >= table.firstDataRow ? `rows ${table.firstDataRow}–${table.lastDataRow}` : "no data rows";
      lines.push(`  ${table.kind} table, header row ${table.headerRows.join("+")}, ${rows}${table.group ? `, group "${table.group}"` : ""}${table.completed ? " (completed actions)" : ""}`);
      const columns = table.columns.map((c) => `${c.letter} "${c.header}" → ${c.field}${c.period ? ` (${c.period}${c.measure && c.measure !== "value" ? ` ${c.measure}` : ""})` : ""}`);
      for (const column of columns) lines.push(`    ${column}`);
    }
  }
  if (model.unmapped.length > 0) {
    lines.push("", "Not understood:");
    for (const note of model.unmapped) lines.push(`  ${note.sheet}!${note.cell}  ${note.reason}`);
  }
  return lines.join("\n");
};
