/** @jest-environment node */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { asStrict } from "../xlsx/helpers/as-strict";
import { runCli } from "../support/run-cli";

// A workbook saved as Strict Open XML is read like any other; a copy of it would mix strict and
// transitional parts, so writing one is refused in one sentence and nothing is written.
describe("a workbook saved as Strict Open XML", () => {
  const sample = join(__dirname, "..", "fixtures", "generated", "bcp.xlsx");
  const folder = mkdtempSync(join(tmpdir(), "plan-tracker-strict-"));
  const input = join(folder, "strict.xlsx");
  beforeAll(async () => {
    writeFileSync(input, await asStrict(new Uint8Array(readFileSync(sample))));
  });

  it("is read as the same plan", async () => {
    const issues = async (file: string): Promise<unknown> =>
      (JSON.parse((await runCli("validate", file, "--json")).out) as { issues: unknown }).issues;
    expect(await issues(input)).toEqual(await issues(sample));
  });

  it.each([
    ["rag", "--write"],
    ["report", "--out"],
  ])("is not copied by %s: one sentence says why and what to do", async (command, flag) => {
    const out = join(folder, `${command}.xlsx`);
    const result = await runCli(command, input, "--as-of", "2025-01-31", flag, out);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(
      /saved as Strict Open XML, which Plan Tracker can read but not yet copy faithfully; save it in Excel as an Excel Workbook \(\.xlsx\) and try again; nothing was written\.\n$/
    );
    expect(result.err.split("\n").filter(Boolean)).toHaveLength(1);
    expect(existsSync(out)).toBe(false);
  });
});
