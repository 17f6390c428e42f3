/** @jest-environment node */
import { join } from "node:path";
import { runCli } from "../support/run-cli";

// docs/HISTORY.md#issue-11: a list of issues never opens with notes (Gloucestershire's sample opened with 11 notes
// about spacing before its first error), and each issue names the owner of its row.

const fixture = (id: string): string => join(__dirname, "../fixtures/generated", `${id}.xlsx`);

const cli = async (...args: string[]): Promise<string> => (await runCli(...args)).out;

describe("validate lists errors first and names owners", () => {
  it("prints every error before any warning, and every warning before any note, on the Gloucestershire sample", async () => {
    const out = await cli("validate", fixture("gcc"));
    const severities = out
      .split("\n")
      .flatMap((line) => /^ {2}(ERROR|WARNING|INFO)\b/.exec(line)?.[1] ?? []);
    expect(severities.length).toBeGreaterThan(0);
    expect(severities[0]).toBe("ERROR");
    const rank = { ERROR: 0, WARNING: 1, INFO: 2 } as const;
    const ranks = severities.map((s) => rank[s as keyof typeof rank]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it("names the owner of an issue's row in the text and in --json", async () => {
    const text = await cli("validate", fixture("gcc"));
    expect(text).toMatch(/ \(owner: [^)]+\)\n/);
    const { issues } = JSON.parse(await cli("validate", fixture("gcc"), "--json")) as {
      issues: { owner: string | null; field: string | null }[];
    };
    expect(issues.some((i) => typeof i.owner === "string" && i.owner !== "")).toBe(true);
    // A heading or sheet-level issue has no row owner.
    expect(issues.some((i) => i.owner === null)).toBe(true);
  });
});
