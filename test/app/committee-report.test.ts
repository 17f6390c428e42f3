/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generateReport } from "../../src/app/generate-report";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { detectPlan } from "../../src/core/parse/detect-plan";
import { loadFixture, type FixtureId } from "../support/snapshot-builder";
import { cellText } from "../../src/core/model/cell-value";

// The committee version: no officer named in the plan's owner column appears anywhere in the report.
const AS_OF: Partial<Record<FixtureId, string>> = {
  gcc: "2022-10-31",
  bcp: "2023-01-31",
  thurrock: "2018-07-03",
};

// Posts and teams ("Project Manager", "Strategic Leads") are not officers' names.
const ROLE_WORDS =
  /\b(?:managers?|leads?|heads?|directors?|team|service|officers?|board|group|partnership)\b/i;

/** People as a reader sees them in the owner column: two or three capitalised words, split at / , & ; "and". */
const peopleIn = (id: FixtureId): string[] => {
  const model = detectPlan(loadFixture(id));
  const names = new Set<string>();
  for (const action of model.actions)
    for (const part of action.ownerText.split(/\s*(?:\/|,|;|&|\band\b|\n)\s*/))
      if (/^[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2}$/.test(part.trim()) && !ROLE_WORDS.test(part))
        names.add(part.trim());
  return [...names];
};

const reportCells = async (
  id: FixtureId,
  request: { audience?: "committee"; only?: string }
): Promise<string[]> => {
  const opened = await openXlsxWorkbook(
    new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`))),
    `${id}.xlsx`
  );
  if (!opened.ok) throw new Error(opened.error.message);
  const made = await generateReport(opened.value, {
    asOf: AS_OF[id] ?? "2023-01-31",
    generatedAt: "test",
    ...request,
  });
  if (!made.ok) throw new Error(made.error.message);
  const reread = await openXlsxWorkbook(await opened.value.save(), "copy.xlsx");
  if (!reread.ok) throw new Error(reread.error.message);
  const snapshot = await reread.value.read();
  if (!snapshot.ok) throw new Error(snapshot.error.message);
  const sheet = snapshot.value.sheets.find((s) => s.name === "Board report");
  return (sheet?.values ?? []).flat().map((v) => cellText(v));
};

describe("the committee version of the board report", () => {
  it.each(Object.keys(AS_OF) as FixtureId[])(
    "%s: names no officer from the owner column, and says it is the committee version",
    async (id) => {
      const people = peopleIn(id);
      expect(people.length).toBeGreaterThan(0);
      const board = (await reportCells(id, {})).join("\n");
      // The full version does name them: the check below can fail.
      expect(people.some((name) => board.includes(name))).toBe(true);
      const committee = (await reportCells(id, { audience: "committee" })).join("\n");
      expect(people.filter((name) => committee.includes(name))).toEqual([]);
      expect(committee).toContain("Committee version: officers are named by their role or team.");
      expect(committee).toContain("Responsible officer");
    },
    60_000
  );
});

describe("a subset of the plan", () => {
  it("reports only the actions and measures whose ref, title, name or group holds the words, and says so", async () => {
    const cells = await reportCells("bcp", { only: "Leadership" });
    const text = cells.join("\n");
    expect(text).toContain(
      'Only the actions and measures whose ref, title, name or group holds "Leadership".'
    );
    expect(text).not.toContain("1. The experiences and progress of children who need help");
  }, 60_000);
});
