/** @jest-environment node */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { SEVERITIES } from "../../../src/core/validate/issue";
import { RULES } from "../../../src/core/validate/registry";

// docs/EXCEL.md#testing: every rule has a unique code, a severity, a title and a test named after its source file.

const RULES_DIR = join(__dirname, "..", "..", "..", "src", "core", "validate", "rules");
const TESTS_DIR = join(__dirname, "rules");

const ruleFiles = readdirSync(RULES_DIR)
  .filter((name) => name.endsWith(".ts"))
  .map((name) => name.replace(/\.ts$/, ""))
  .sort();

/** The exported rule of each source file, found by reading which registry import names that file. */
const registrySource = readFileSync(join(RULES_DIR, "..", "registry.ts"), "utf8");
const importedFiles = [...registrySource.matchAll(/from "\.\/rules\/([a-z0-9-]+)"/g)]
  .map((m) => m[1])
  .sort();

describe("rule registry", () => {
  it("registers every rule file once, and nothing else", () => {
    expect(ruleFiles.length).toBeGreaterThanOrEqual(52);
    expect(importedFiles).toEqual(ruleFiles);
    expect(RULES).toHaveLength(ruleFiles.length);
    expect(new Set(RULES).size).toBe(RULES.length);
  });

  it("gives each rule a unique code in the docs/RULES.md style", () => {
    const codes = RULES.map((rule) => rule.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of codes) expect(code).toMatch(/^[a-z]+(-[a-z0-9]+)+$/);
  });

  it("names each rule's file after its code, so a code leads straight to its source", () => {
    expect(RULES.map((rule) => rule.code).sort()).toEqual(ruleFiles);
  });

  it.each(RULES.map((rule) => [rule.code, rule] as const))(
    "%s has a severity, a one-line title and a check",
    (_, rule) => {
      expect(SEVERITIES).toContain(rule.severity);
      expect(rule.title.trim()).not.toBe("");
      expect(rule.title).not.toMatch(/\n/);
      expect(rule.title.length).toBeLessThanOrEqual(100);
      expect(typeof rule.check).toBe("function");
    }
  );

  it.each(ruleFiles)("rules/%s.ts has its own test file", (name) => {
    const testFile = join(TESTS_DIR, `${name}.test.ts`);
    expect(existsSync(testFile)).toBe(true);
    // The test imports the rule from its own source file and runs it, rather than existing in name only.
    expect(readFileSync(testFile, "utf8")).toContain(`src/core/validate/rules/${name}"`);
  });

  it("has no test file in rules/ without a rule of that name", () => {
    const tests = readdirSync(TESTS_DIR)
      .filter((name) => name.endsWith(".test.ts"))
      .map((name) => name.replace(/\.test\.ts$/, ""));
    expect(tests.filter((name) => !ruleFiles.includes(name))).toEqual([]);
  });
});
