/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Polarity } from "../../../src/core/model/measure";
import type { PlanField, TableKind } from "../../../src/core/model/plan-field";
import { RAG_LEVELS } from "../../../src/core/model/rag-level";
import type { LayoutId, SheetRole } from "../../../src/core/parse/plan-model";

const ROOT = join(__dirname, "..", "..", "..");
const compiler = require("../../../scripts/compile-schemas.cjs") as {
  generateValidators: () => Record<string, string>;
  OUT_DIR: string;
};

describe("the precompiled mapping validators (docs/EXCEL.md#mapping-format)", () => {
  const generated = compiler.generateValidators();

  it.each(Object.keys(generated))(
    "%s is what scripts/compile-schemas.cjs makes of the schema today (run `npm run schemas`)",
    (name) => {
      expect(readFileSync(join(compiler.OUT_DIR, name), "utf8")).toBe(generated[name]);
    }
  );

  it("covers every version of the format", () => {
    expect(Object.keys(generated).sort()).toEqual([
      "validate-mapping-v1.js",
      "validate-mapping-v2.js",
      "validate-mapping-v3.js",
    ]);
  });

  it.each(Object.keys(generated))(
    "%s compiles nothing at run time, so the pane needs no 'unsafe-eval'",
    (name) => {
      const code = readFileSync(join(compiler.OUT_DIR, name), "utf8");
      expect(code).not.toMatch(/new Function|\beval\s*\(/);
      // Only ajv's small runtime helpers are required (docs/TOOLCHAIN.md#versions), never ajv itself.
      expect(
        [...code.matchAll(/require\("([^"]+)"\)/g)]
          .map((m) => m[1])
          .every((path) => path.startsWith("ajv/dist/runtime/"))
      ).toBe(true);
    }
  );
});

/** Every member of each union, listed once: TypeScript refuses a missing or an extra key. */
const FIELDS: Record<PlanField, true> = {
  ref: true,
  title: true,
  owner: true,
  responsibleOfficer: true,
  due: true,
  status: true,
  rating: true,
  successMeasure: true,
  progress: true,
  nextSteps: true,
  percentComplete: true,
  impact: true,
  outcome: true,
  group: true,
  name: true,
  polarity: true,
  basis: true,
  baseline: true,
  comparator: true,
  period: true,
  target: true,
  actual: true,
  notes: true,
  ytd: true,
  direction: true,
  unit: true,
};
const KINDS: Record<TableKind, true> = {
  actions: true,
  measures: true,
  "rag-key": true,
  "rating-scale": true,
  "rag-summary": true,
  milestones: true,
  "version-log": true,
};
const POLARITIES: Record<Polarity, true> = {
  higher_is_better: true,
  lower_is_better: true,
  on_target_is_best: true,
  not_applicable: true,
};
const ROLES: Record<SheetRole, true> = {
  plan: true,
  measures: true,
  scorecard: true,
  dashboard: true,
  legend: true,
  "version-log": true,
  other: true,
};
const LAYOUTS: Record<LayoutId, true> = {
  gcc: true,
  bcp: true,
  thurrock: true,
  scorecard: true,
  generic: true,
};

describe("the schemas name exactly what Plan Tracker knows", () => {
  const definitions = (version: number): Record<string, { enum?: string[] }> =>
    (
      JSON.parse(
        readFileSync(join(ROOT, "schemas", `mapping-v${version}.schema.json`), "utf8")
      ) as { definitions: Record<string, { enum?: string[] }> }
    ).definitions;

  it.each([1, 2, 3])("version %i: fields, table kinds, polarities, sheet roles", (version) => {
    const defs = definitions(version);
    // Versions 1–2 called a measure a "metric" (mapping-v2.ts); version 3 says "measures".
    const older = (names: string[]): string[] =>
      version < 3 ? names.map((name) => (name === "measures" ? "metrics" : name)) : names;
    expect(defs.fieldName.enum).toEqual(Object.keys(FIELDS));
    expect(defs.tableKind.enum).toEqual(older(Object.keys(KINDS)));
    expect(defs.polarity.enum).toEqual(Object.keys(POLARITIES));
    expect(defs.sheetRole.enum).toEqual(older(Object.keys(ROLES)));
  });

  it.each([2, 3])("version %i: levels and layouts", (version) => {
    const defs = definitions(version);
    expect(defs.levelId.enum).toEqual([...RAG_LEVELS]);
    expect(defs.layout.enum).toEqual(Object.keys(LAYOUTS));
  });
});
