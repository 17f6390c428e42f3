/** @jest-environment node */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlan, type ReadPlan } from "../../src/app/analyse-workbook";
import { openWorkbookFile } from "../../src/cli/read-workbook";
import { runCli } from "../support/run-cli";

/**
 * Public trackers nobody on this project wrote, read from ../shared/real-world/ (never copied into
 * the repository): its README says what a person sees in each and what a good tool does with it.
 * Where the folder is absent (a fresh clone), these tests are skipped and say why.
 */
const FOLDER = join(__dirname, "../../../shared/real-world");
// Real workbooks of a few megabytes, each read several times: generous, as this is no timing test.
jest.setTimeout(60_000);
const present = existsSync(FOLDER);
if (!present)
  console.log(
    `Real-world workbooks skipped: ${FOLDER} is not here (it holds the public trackers described in its README).`
  );
const describeWhenPresent = present ? describe : describe.skip;

const file = (name: string): string => join(FOLDER, `${name}.xlsx`);

/** The workbook as the command line reads it: the .xlsx gateway, then detection and its kind. */
const read = async (name: string): Promise<ReadPlan> => {
  const opened = await openWorkbookFile(file(name));
  if (!opened.ok) throw new Error(opened.error.message);
  const plan = await readPlan(opened.value);
  if (!plan.ok) throw new Error(plan.error.message);
  return plan.value;
};

const cli = runCli;

const STATISTICS = [
  "dfe-school-places-scorecard-2019",
  "dfe-csww-indicators",
  "d2i-ofsted-ilacs-overview",
];

describeWhenPresent("statistics and judgements per local authority: no plan, said once", () => {
  it.each(STATISTICS)(
    "%s is read as statistics, with one sentence saying there is nothing to rate",
    async (name) => {
      const { kind } = await read(name);
      expect(kind.kind).toBe("statistics");
      expect(kind.actions).toBe(0);
      expect(kind.measuresWithTargets).toBe(0);
      const sentence = kind.nothingToRate ?? "";
      expect(sentence.startsWith(`${name}.xlsx holds statistics (`)).toBe(true);
      expect(sentence).toMatch(
        /but no actions or measures against targets, so there is nothing to rate\.$/
      );
      // One sentence: no line breaks, one full stop at the end.
      expect(sentence).not.toMatch(/\n|\.\s/);
    }
  );

  it.each(STATISTICS)(
    "%s: validate, rag and report exit 2 with that sentence alone, and write nothing",
    async (name) => {
      const { kind } = await read(name);
      const folder = mkdtempSync(join(tmpdir(), "plan-tracker-real-world-"));
      const rated = join(folder, "rated.xlsx");
      const report = join(folder, "report.xlsx");
      const said = { code: 2, out: "", err: `${kind.nothingToRate ?? ""}\n` };
      expect(await cli("validate", file(name))).toEqual(said);
      expect(await cli("rag", file(name), "--as-of", "2025-03-31", "--write", rated)).toEqual(said);
      expect(await cli("report", file(name), "--out", report, "--as-of", "2025-03-31")).toEqual(
        said
      );
      expect(existsSync(rated) || existsSync(report)).toBe(false);
    }
  );

  it("the DfE's figures are figures by area and year, Ofsted's judgements records by area and date", async () => {
    expect((await read("dfe-csww-indicators")).kind.nothingToRate).toBe(
      "dfe-csww-indicators.xlsx holds statistics (figures by area and year) but no actions or measures against targets, so there is nothing to rate."
    );
    expect((await read("d2i-ofsted-ilacs-overview")).kind.nothingToRate).toBe(
      "d2i-ofsted-ilacs-overview.xlsx holds statistics (records by area and date) but no actions or measures against targets, so there is nothing to rate."
    );
  });
});

describeWhenPresent("what is proved of the other four so far", () => {
  it("the Towns Fund return is never called measures or statistics for its finance grids, and its risk register is recognised", async () => {
    const { kind } = await read("dluhc-towns-fund-return-r4");
    expect(["measures", "statistics"]).not.toContain(kind.kind);
    expect(kind.riskSheets).toEqual(["7 - Risk Register"]);
  });

  it.each(["nhse-operational-priorities", "nhse-balanced-scorecard", "ipa-gmpp-2019"])(
    "%s is never called statistics: its headings are a plan's",
    async (name) => {
      expect((await read(name)).kind.kind).not.toBe("statistics");
    }
  );
});

// What a good tool does with the other four (../shared/real-world/README.md), read unaided.

interface RatedMeasure {
  row: number;
  level: string;
  state: string;
  polarity: string | null;
  polaritySource?: string;
  target: number | null;
  actual: number | null;
}
interface RatedAction {
  row: number;
  title: string;
  group: string;
  status: string | null;
  statusLabel?: string | null;
  level: string;
  reason: string;
}
interface Ratings {
  actions: RatedAction[];
  measures: RatedMeasure[];
}

const ratings = async (name: string, asOf: string): Promise<Ratings> => {
  const result = await cli("rag", file(name), "--as-of", asOf, "--json");
  expect(result.code).toBe(0);
  return JSON.parse(result.out) as Ratings;
};

/** The workbook's own RAG letters, by row, from the column the README names. */
const ownRag = async (name: string, column: number): Promise<Map<number, string>> => {
  const { model, snapshot } = await read(name);
  expect(model.measures.length).toBeGreaterThan(0);
  const sheet = snapshot.sheets[0];
  const letters = new Map<number, string>();
  sheet.values.forEach((row, index) =>
    letters.set(index + sheet.firstRow, String(row[column - sheet.firstColumn] ?? ""))
  );
  return letters;
};

const LETTER: Record<string, string> = { R: "red", A: "amber", G: "green" };

const tally = (values: string[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
};

describeWhenPresent("nhse-operational-priorities", () => {
  it("is read as 198 measures, each with its target (goal), actual (latest_position) and polarity (directionality)", async () => {
    const { model, kind } = await read("nhse-operational-priorities");
    expect(kind.kind).toBe("measures");
    expect(model.measures).toHaveLength(198);
    const columns = Object.fromEntries(
      model.sheets[0].tables[0].columns.map((c) => [c.header, c.field])
    );
    expect(columns).toMatchObject({
      goal: "target",
      latest_position: "actual",
      directionality: "polarity",
      rag_status: "status",
    });
    expect(
      model.measures.every((m) => m.periods.some((p) => p.target !== null && p.actual !== null))
    ).toBe(true);
  });

  it("reads 'over' as higher is better and 'under' as lower is better, and raises no polarity issue", async () => {
    const { model } = await read("nhse-operational-priorities");
    const byWord = tally(model.measures.map((m) => `${m.polarityText}=${m.polarity ?? "none"}`));
    expect(Object.keys(byWord).sort()).toEqual(["over=higher_is_better", "under=lower_is_better"]);
    const validated = await cli("validate", file("nhse-operational-priorities"), "--json");
    const codes = (JSON.parse(validated.out) as { issues: { code: string }[] }).issues.map(
      (i) => i.code
    );
    expect(codes.filter((c) => c.startsWith("polarity"))).toEqual([]);
  });

  it("rates every measure as NHS England's own rag_status does: R 99, A 26, G 73", async () => {
    const own = await ownRag("nhse-operational-priorities", 11);
    const { measures } = await ratings("nhse-operational-priorities", "2024-12-31");
    expect(tally(measures.map((m) => m.level))).toEqual({ red: 99, amber: 26, green: 73 });
    expect(measures.filter((m) => LETTER[own.get(m.row) ?? ""] !== m.level)).toEqual([]);
  });
});

describeWhenPresent("nhse-balanced-scorecard", () => {
  it("rates 110 measures as rag_status does (R 46, A 26, G 38) and leaves the 19 with no plan as 'no target'", async () => {
    const own = await ownRag("nhse-balanced-scorecard", 13);
    const { measures } = await ratings("nhse-balanced-scorecard", "2024-12-31");
    expect(measures).toHaveLength(129);
    expect(tally(measures.map((m) => m.state))).toEqual({ rated: 110, "no-target": 19 });
    const rated = measures.filter((m) => m.state === "rated");
    expect(tally(rated.map((m) => m.level))).toEqual({ red: 46, amber: 26, green: 38 });
    expect(rated.filter((m) => LETTER[own.get(m.row) ?? ""] !== m.level)).toEqual([]);
    expect(measures.filter((m) => m.state !== "rated").every((m) => own.get(m.row) === "NA")).toBe(
      true
    );
  });
});

describeWhenPresent("ipa-gmpp-2019", () => {
  it("is read as 133 projects grouped by department", async () => {
    const { model } = await read("ipa-gmpp-2019");
    expect(model.actions).toHaveLength(133);
    expect(new Set(model.actions.map((a) => a.group)).size).toBe(16);
    expect(model.groups.map((g) => g.label)).toEqual(
      expect.arrayContaining(["BEIS", "DFT", "MOD", "MOJ"])
    );
    expect(model.actions.filter((a) => a.group === "MOD")).toHaveLength(35);
  });

  it("keeps the Delivery Confidence ratings' own labels and leaves the 3 exempt under FOI unrated", async () => {
    const { actions } = await ratings("ipa-gmpp-2019", "2019-09-30");
    const labels = tally(actions.map((a) => a.statusLabel ?? "none"));
    expect(labels).toMatchObject({
      Amber: 66,
      "Amber/Red": 38,
      "Amber/Green": 18,
      Green: 4,
      Red: 4,
    });
    const exempt = actions.filter((a) => /^Exempt under/.test(a.statusLabel ?? ""));
    expect(exempt).toHaveLength(3);
    expect(exempt.map((a) => a.level)).toEqual(["unrated", "unrated", "unrated"]);
  });

  it("reads end dates written as dd.mm.yy text as dates", async () => {
    const { model } = await read("ipa-gmpp-2019");
    const dated = model.actions.filter((a) => a.timescale.due !== null);
    expect(dated.length).toBeGreaterThanOrEqual(125);
    expect(model.actions[0].timescale.due).toBe("2040-12-31");
  });
});

describeWhenPresent("dluhc-towns-fund-return-r4", () => {
  it("finds the 5 projects on '3 - Programme Progress' and none of the template's spare rows", async () => {
    const { model } = await read("dluhc-towns-fund-return-r4");
    expect(model.actions.map((a) => `${a.sheet}!${a.row}`)).toEqual(
      [20, 21, 22, 23, 24].map((r) => `3 - Programme Progress!${r}`)
    );
  });

  it("reads the Delivery RAG's 1–5 scale the way its key says: 1 = no problems (green), 5 = major issues (red)", async () => {
    const { actions } = await ratings("dluhc-towns-fund-return-r4", "2023-06-30");
    // J20:J24 hold 4, 1, 2, 3, 2.
    expect(actions.map((a) => a.status)).toEqual(["red", "green", "green", "amber", "green"]);
  });

  it("reads none of the funding, output and outcome grids as measures against targets", async () => {
    const { model } = await read("dluhc-towns-fund-return-r4");
    expect(model.measures).toHaveLength(0);
  });
});
