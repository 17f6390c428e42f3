/** @jest-environment node */
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { readPlan, type ReadPlan } from "../../src/app/analyse-workbook";
import { run } from "../../src/cli/main";
import { openWorkbookFile } from "../../src/cli/read-workbook";

/**
 * Public trackers nobody on this project wrote, read from ../shared/real-world/ (never copied into
 * the repository): its README says what a person sees in each and what a good tool does with it.
 * Where the folder is absent (a fresh clone), these tests are skipped and say why.
 */
const FOLDER = join(__dirname, "../../../shared/real-world");
const present = existsSync(FOLDER);
if (!present) console.log(`Real-world workbooks skipped: ${FOLDER} is not here (it holds the public trackers described in its README).`);
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

const cli = async (...args: string[]): Promise<{ code: number; out: string; err: string }> => {
  let out = "";
  let err = "";
  const code = await run(args, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out, err };
};

const STATISTICS = ["dfe-school-places-scorecard-2019", "dfe-csww-indicators", "d2i-ofsted-ilacs-overview"];

describeWhenPresent("statistics and judgements per local authority: no plan, said once", () => {
  it.each(STATISTICS)("%s is read as statistics, with one sentence saying there is nothing to rate", async (name) => {
    const { kind } = await read(name);
    expect(kind.kind).toBe("statistics");
    expect(kind.actions).toBe(0);
    expect(kind.measuresWithTargets).toBe(0);
    const sentence = kind.nothingToRate ?? "";
    expect(sentence.startsWith(`${name}.xlsx holds statistics (`)).toBe(true);
    expect(sentence).toMatch(/but no actions or measures against targets, so there is nothing to rate\.$/);
    // One sentence: no line breaks, one full stop at the end.
    expect(sentence).not.toMatch(/\n|\.\s/);
  });

  it.each(STATISTICS)("%s: validate, rag and report exit 2 with that sentence alone, and write nothing", async (name) => {
    const { kind } = await read(name);
    const folder = mkdtempSync(join(tmpdir(), "plan-tracker-real-world-"));
    const rated = join(folder, "rated.xlsx");
    const report = join(folder, "report.xlsx");
    const said = { code: 2, out: "", err: `${kind.nothingToRate ?? ""}\n` };
    expect(await cli("validate", file(name))).toEqual(said);
    expect(await cli("rag", file(name), "--as-of", "2025-03-31", "--write", rated)).toEqual(said);
    expect(await cli("report", file(name), "--out", report, "--as-of", "2025-03-31")).toEqual(said);
    expect(existsSync(rated) || existsSync(report)).toBe(false);
  });

  it("the DfE's figures are figures by area and year, Ofsted's judgements records by area and date", async () => {
    expect((await read("dfe-csww-indicators")).kind.nothingToRate).toBe(
      "dfe-csww-indicators.xlsx holds statistics (figures by area and year) but no actions or measures against targets, so there is nothing to rate.",
    );
    expect((await read("d2i-ofsted-ilacs-overview")).kind.nothingToRate).toBe(
      "d2i-ofsted-ilacs-overview.xlsx holds statistics (records by area and date) but no actions or measures against targets, so there is nothing to rate.",
    );
  });
});

describeWhenPresent("what is proved of the other four so far", () => {
  it("the Towns Fund return is never called measures or statistics for its finance grids, and its risk register is recognised", async () => {
    const { kind } = await read("dluhc-towns-fund-return-r4");
    expect(["measures", "statistics"]).not.toContain(kind.kind);
    expect(kind.riskSheets).toEqual(["7 - Risk Register"]);
  });

  it.each(["nhse-operational-priorities", "nhse-balanced-scorecard", "ipa-gmpp-2019"])("%s is never called statistics: its headings are a plan's", async (name) => {
    expect((await read(name)).kind.kind).not.toBe("statistics");
  });
});

// What a good tool does with the other four (../shared/real-world/README.md), for detection to prove.
describeWhenPresent("nhse-operational-priorities", () => {
  test.todo("is read as measures: 198 measures (organisation × planning measure), each with its target (goal), actual (latest_position) and polarity (directionality)");
  test.todo("reads directionality 'over' as higher is better and 'under' as lower is better, with no error for either word");
  test.todo("rates the 198 measures as NHS England's own rag_status does: R 99, A 26, G 73");
});

describeWhenPresent("nhse-balanced-scorecard", () => {
  test.todo("is read as measures: 129 rows of current_actuals against plan, with polarity from directionality");
  test.todo("rates 110 measures, agreeing with rag_status R 46, A 26, G 38");
  test.todo("leaves the 19 measures whose plan is NA unrated as 'no target', not as errors of the user's making");
});

describeWhenPresent("ipa-gmpp-2019", () => {
  test.todo("is read as actions: 133 projects, one a row, grouped by department (a group per row)");
  test.todo("reads colour_rating as the Delivery Confidence Assessment: Amber 66, Amber/Red 38, Amber/Green 18, Green 4, Red 4, keeping the five ratings' own labels in order Red, Amber/Red, Amber, Amber/Green, Green");
  test.todo("leaves the 3 projects whose rating is exempt under FOI unrated, never green from their dates alone");
  test.todo("reads start_date and end_date written as dd.mm.yy text as dates");
});

describeWhenPresent("dluhc-towns-fund-return-r4", () => {
  test.todo("is read as actions: 5 projects on '3 - Programme Progress' (rows 20–24), with start and completion dates");
  test.todo("takes the delivery status dropdown's own words ('1. Not yet started' … '4. Completed') as the status vocabulary");
  test.todo("reads Delivery, Spend and Risk RAG on the 1–5 scale the way its key (Q19:V25) says: 1 = no problems, 5 = major issues");
  test.todo("skips template filler: rows of '< Select >' and the END row are not projects");
  test.todo("on '7 - Risk Register', the template example row numbered 0 in each table is not a risk");
  test.todo("reads none of the funding, output and outcome finance grids as measures (today detection reads 756)");
  test.todo("report writes a copy even though the template's conditional formatting is unusual");
});
