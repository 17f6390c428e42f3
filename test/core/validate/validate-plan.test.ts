/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { Issue } from "../../../src/core/validate/issue";
import { issueAt, type ValidationRule } from "../../../src/core/validate/rule";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import { type FixtureId, loadFixture } from "../../support/snapshot-builder";

// The real faults of each seed plan, found at the right cells (docs/RULES.md "Real example" column),
// and no errors on rows that are clean.

const validate = (id: FixtureId): Issue[] => {
  const snapshot = loadFixture(id);
  return validatePlan(snapshot, detectPlan(snapshot));
};
const at = (issues: Issue[], code: string): string[] =>
  issues.filter((i) => i.code === code).map((i) => `${i.sheet}!${i.cell}`);

describe("validate on the Gloucestershire plan", () => {
  const issues = validate("gcc");
  const plan = "Focus on Practice";

  it("finds the blank timescales of the NEET workstream and the other undated actions", () => {
    expect(at(issues, "timescale-missing")).toEqual(
      [365, 366, 367, 368, 369, 471, 472, 473].map((r) => `${plan}!C${r}`)
    );
  });

  it("finds the unfilled board period, the unnamed 3.5 lead and the pasted continuation row", () => {
    expect(at(issues, "placeholder-text")).toEqual(["DASHBOARD!C2"]);
    expect(issues.find((i) => i.code === "owner-missing")?.message).toMatch(
      /3\.5 Family resilience/
    );
    expect(at(issues, "continuation-row")).toEqual([`${plan}!A433`]);
  });

  it("finds the owner spelled two ways, but not a name with a note in brackets", () => {
    const variants = issues.filter((i) => i.code === "owner-variant").map((i) => i.message);
    expect(variants.some((m) => m.includes('"Claire Connelly"'))).toBe(true);
    expect(variants.some((m) => m.includes('"Rob Tyrell"'))).toBe(true);
    expect(variants.some((m) => m.includes("MASH and C-SPA"))).toBe(false);
  });

  it("raises no error on the clean action rows of workstream 1.1", () => {
    expect(
      issues.filter((i) => i.sheet === plan && i.row >= 14 && i.row <= 26 && i.severity === "error")
    ).toEqual([]);
  });
});

describe("validate on the BCP plan", () => {
  const issues = validate("bcp");

  it("finds each numbering gap not explained by the completed table", () => {
    expect(
      issues.filter((i) => i.code === "ref-gap").map((i) => i.message.split(" missing")[0])
    ).toEqual(["Ref 1.10 is", "Ref 1.21 is", "Ref 2.2 is", "Refs 2.11, 2.12 are"]);
  });

  it("agrees with the council's RAG key (no total-mismatch) and reports the uncoloured actions", () => {
    expect(at(issues, "total-mismatch")).toEqual([]);
    expect(at(issues, "status-missing")).toHaveLength(8);
  });

  it("reports the 13 continuation rows, the pasted caseload table and the ambiguous date", () => {
    expect(at(issues, "continuation-row")).toHaveLength(13);
    expect(at(issues, "ref-format")).toHaveLength(9);
    expect(issues.find((i) => i.code === "date-ambiguous")?.value).toBe("01/06/23");
  });
});

describe("validate on the Thurrock plan", () => {
  const issues = validate("thurrock");

  it("finds the shifted rows, the impossible and zero dates and the stray rating", () => {
    expect(
      issues
        .filter((i) => i.code === "row-shifted")
        .map((i) => i.message.match(/sit (\d) column/)?.[1])
    ).toEqual(["1", "3"]);
    expect(issues.find((i) => i.code === "date-invalid")?.value).toBe("01/16/2018");
    expect(issues.find((i) => i.code === "date-serial-zero")?.value).toBe(0);
    expect(issues.find((i) => i.code === "constraint-error")?.value).toBe("re");
  });

  it("agrees with the published means and boxes of the priorities it holds in full (P1, P5, P6)", () => {
    const mismatched = issues.filter((i) => i.code === "total-mismatch").map((i) => i.message);
    expect(mismatched.some((m) => /Priority (1|5|6)\b/.test(m))).toBe(false);
  });

  it("reports YTD 0 beside monthly values and the polarity cell that holds a name", () => {
    expect(at(issues, "ytd-mismatch").length).toBeGreaterThan(5);
    expect(issues.find((i) => i.code === "type-error" && i.field === "polarity")?.value).toBe(
      "Asked John Cooke"
    );
  });
});

describe("validate on the corporate scorecard", () => {
  it("reports only the two '?' comparators (docs/RULES.md rule 48), nothing on the clean measures", () => {
    const issues = validate("scorecard").filter((i) => i.severity !== "info");
    expect(issues.map((i) => [i.code, i.field, i.value])).toEqual([
      ["type-error", "comparator", "?"],
      ["type-error", "comparator", "?"],
    ]);
  });
});

describe("validation never changes the workbook", () => {
  it.each(["gcc", "bcp", "thurrock", "scorecard"] as FixtureId[])(
    "leaves the %s snapshot exactly as read",
    (id) => {
      const snapshot = loadFixture(id);
      const before = JSON.stringify(snapshot);
      validatePlan(snapshot, detectPlan(snapshot));
      expect(JSON.stringify(snapshot)).toBe(before);
    }
  );

  it("returns every issue with a code, severity, A1 cell, worksheet row and a sentence", () => {
    for (const issue of validate("bcp")) {
      expect(issue.cell).toMatch(/^[A-Z]{1,3}\d+$/);
      expect(Number(issue.cell.replace(/^[A-Z]+/, ""))).toBe(issue.row);
      expect(issue.message).toMatch(/\.$/);
      expect(["error", "warning", "info"]).toContain(issue.severity);
    }
  });
});

describe("the order issues come back in", () => {
  // Rules made up for the test: each puts issues on chosen cells, in the order it lists them.
  const snapshot = loadFixture("gcc");
  const model = detectPlan(snapshot);
  const [first, second] = snapshot.sheets.map((s) => s.name);
  const ruleOf = (
    code: string,
    cells: [sheet: string, row: number, column: number, severity: Issue["severity"]][]
  ): ValidationRule => ({
    code,
    severity: "info",
    title: code,
    check: () =>
      cells.map(([sheet, row, column, severity]) =>
        issueAt(code, severity, { sheet, row, column, value: null }, null, code)
      ),
  });

  it("is sheet, row, severity, then cell and code; equal ones keep the rules' order", () => {
    const rules = [
      ruleOf("zeta", [
        [second, 3, 2, "info"],
        [first, 9, 1, "warning"],
        [first, 9, 3, "warning"],
        [first, 2, 1, "info"],
      ]),
      ruleOf("alpha", [
        [first, 9, 3, "warning"],
        [first, 9, 1, "error"],
        [first, 2, 1, "info"],
        [first, 2, 1, "info"],
      ]),
    ];
    const order = validatePlan(snapshot, model, rules).map(
      (i) => `${i.sheet === first ? 1 : 2}!${i.cell} ${i.severity} ${i.code}`
    );
    expect(order).toEqual([
      "1!A2 info alpha",
      "1!A2 info alpha",
      "1!A2 info zeta",
      "1!A9 error alpha",
      "1!A9 warning zeta",
      "1!C9 warning alpha",
      "1!C9 warning zeta",
      "2!B3 info zeta",
    ]);
  });
});
