import { detectPlan } from "../../src/core/parse/detect-plan";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import type { Issue } from "../../src/core/validate/issue";
import type { ValidationRule } from "../../src/core/validate/rule";

/** Run one rule on a snapshot, through detection, exactly as validatePlan does. */
export const runRule = (rule: ValidationRule, snapshot: WorkbookSnapshot): Issue[] =>
  rule.check({ snapshot, model: detectPlan(snapshot) });

/** The cells a rule reported, as "Sheet!A1" strings: the compact thing a rule test asserts on. */
export const cellsOf = (issues: readonly Issue[]): string[] =>
  issues.map((i) => `${i.sheet}!${i.cell}`);
