import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import type { PlanModel } from "./plan-model";

// Placeholder while detection is being written: understands nothing, says so.
export const detectPlan = (snapshot: WorkbookSnapshot): PlanModel => ({
  layout: "generic",
  sheets: snapshot.sheets.map((sheet) => ({ name: sheet.name, roles: ["other"], tables: [] })),
  actions: [],
  metrics: [],
  groups: [],
  unmapped: [],
});
