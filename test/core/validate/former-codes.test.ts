/** @jest-environment node */
import { join } from "node:path";
import { currentCode } from "../../../src/core/validate/former-codes";
import { RULES } from "../../../src/core/validate/registry";
import { runCliAt } from "../../support/run-cli";

describe("former rule codes (docs/RULES.md)", () => {
  it("reads the old metric-placeholder as measure-placeholder, in any case", () => {
    expect(currentCode("metric-placeholder")).toBe("measure-placeholder");
    expect(currentCode("Metric-Placeholder")).toBe("measure-placeholder");
    expect(currentCode("measure-placeholder")).toBe("measure-placeholder");
    expect(currentCode("owner-missing")).toBe("owner-missing");
    expect(currentCode("constructor")).toBe("constructor");
  });

  it("maps every old code to a rule that exists, and no current code is an old one", () => {
    const codes = new Set(RULES.map((rule) => rule.code));
    expect(codes.has(currentCode("metric-placeholder"))).toBe(true);
    expect(codes.has("metric-placeholder")).toBe(false);
  });

  it("validate --code metric-placeholder still picks the rule's issues", async () => {
    const gcc = join(__dirname, "..", "..", "fixtures", "generated", "gcc.xlsx");
    const codesOf = async (code: string): Promise<string[]> =>
      (
        JSON.parse((await runCliAt(["validate", gcc, "--code", code, "--json"])).out) as {
          issues: { code: string }[];
        }
      ).issues.map((issue) => issue.code);
    const old = await codesOf("metric-placeholder");
    expect(old.length).toBeGreaterThan(0);
    expect(new Set(old)).toEqual(new Set(["measure-placeholder"]));
    expect(old).toEqual(await codesOf("measure-placeholder"));
  });
});
