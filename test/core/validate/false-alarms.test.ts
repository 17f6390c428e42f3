/** @jest-environment node */
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { analyseWorkbook } from "../../../src/app/analyse-workbook";
import { openWorkbookFile } from "../../../src/cli/read-workbook";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { Issue } from "../../../src/core/validate/issue";
import { validatePlan } from "../../../src/core/validate/validate-plan";
import {
  FALSE_ALARM_BUDGET,
  alarms,
  byRuleText,
  countAlarm,
  emptyTally,
  isAlarm,
  per100,
  type AlarmTally,
} from "../../support/false-alarms";
import { generateLayout } from "../../support/layout-generator";

// docs/HISTORY.md#issue-11-3: a false-alarm budget, measured. Each rule that fires on a row with nothing wrong
// is a bug in that rule, so the figure is counted per rule and printed, and the budget asserted.
//
//   FALSE_ALARM_SEEDS=2000 npx jest test/core/validate/false-alarms.test.ts   more layouts

const SEEDS = Number(process.env.FALSE_ALARM_SEEDS ?? 300);

const rowKey = (sheet: string, row: number): string => `${sheet}!${row}`;

describe(`false alarms on the clean rows of ${SEEDS} generated layouts`, () => {
  it(`stay within ${FALSE_ALARM_BUDGET} errors or warnings per 100 clean rows`, () => {
    const tally = emptyTally();
    let faultyRows = 0;
    for (let seed = 1; seed <= SEEDS; seed += 1) {
      const layout = generateLayout(seed);
      const rows = [...layout.truth.actions, ...layout.truth.measures];
      // A measure in long format spans several rows; each is a row a person reads, so each counts.
      const clean = new Set(rows.filter((r) => r.clean).map((r) => rowKey(r.sheet, r.row)));
      faultyRows += rows.length - clean.size;
      tally.rows += clean.size;
      const issues = validatePlan(layout.snapshot, detectPlan(layout.snapshot));
      for (const issue of issues)
        if (isAlarm(issue) && clean.has(rowKey(issue.sheet, issue.row)))
          countAlarm(tally, issue, `seed ${seed}`);
    }
    console.log(
      `generator: ${alarms(tally)} errors/warnings on ${tally.rows} clean rows = ${per100(tally)} per 100 (${faultyRows} rows with deliberate faults not counted); by rule: ${byRuleText(tally)}`
    );
    if (per100(tally) > FALSE_ALARM_BUDGET)
      throw new Error(
        `Over budget (${per100(tally)} per 100 clean rows). For example:\n${tally.examples.join("\n")}`
      );
  });
});

// ---------------------------------------------------------------------------------------------
// Real trackers nobody on this project wrote. They have no ground truth, so every error or warning
// counts as a false alarm unless it was examined and is a real problem in that file (listed below,
// each with the reason a person reading the file would agree).

const FOLDER = join(__dirname, "../../../../shared/real-world");
const present = existsSync(FOLDER);
if (!present)
  console.log(
    `Real-world false alarms skipped: ${FOLDER} is not here (it holds the public trackers described in its README).`
  );

interface RealProblem {
  file: string;
  code: string;
  /** The cells, "Sheet!A1". */
  cells: readonly string[];
  why: string;
}

/** Issues examined and found to be true of the file: not false alarms. */
const REAL_PROBLEMS: readonly RealProblem[] = [
  {
    file: "dluhc-towns-fund-return-r4.xlsx",
    code: "missing-label",
    cells: ["3 - Programme Progress!C19"],
    why: "the projects table has no owner or lead column: true, and no project in it can be assigned to anyone",
  },
  {
    file: "ipa-gmpp-2019.xlsx",
    code: "missing-label",
    cells: ["uk_2019!A1"],
    why: "the projects list names departments but no senior responsible owner: true, and no project can be assigned to a person",
  },
];

const isReal = (file: string, issue: Issue): boolean =>
  REAL_PROBLEMS.some(
    (p) =>
      p.file === file && p.code === issue.code && p.cells.includes(`${issue.sheet}!${issue.cell}`)
  );

interface FileFigures {
  tally: AlarmTally;
  real: number;
  refused: string | null;
}

/** Validate as the command line does (the .xlsx gateway, then analyse), and count per data row read. */
const figuresFor = async (file: string): Promise<FileFigures> => {
  const opened = await openWorkbookFile(join(FOLDER, file));
  if (!opened.ok) throw new Error(opened.error.message);
  const analysed = await analyseWorkbook(opened.value);
  const tally = emptyTally();
  // A workbook that holds no plan is refused with one sentence: the user sees no list of issues.
  if (!analysed.ok) return { tally, real: 0, refused: analysed.error.message };
  const { model, issues } = analysed.value;
  tally.rows = model.sheets
    .flatMap((s) => s.tables)
    .reduce((sum, t) => sum + t.lastDataRow - t.firstDataRow + 1, 0);
  let real = 0;
  for (const issue of issues.filter(isAlarm)) {
    if (isReal(file, issue)) real += 1;
    else countAlarm(tally, issue, file);
  }
  return { tally, real, refused: null };
};

const FILES = present
  ? readdirSync(FOLDER)
      .filter((f) => f.endsWith(".xlsx"))
      .sort()
  : [];

(present ? describe : describe.skip)(
  "false alarms on the real-world trackers in ../shared/real-world/",
  () => {
    it.each(FILES.length > 0 ? FILES : ["(none)"])(
      `%s stays within ${FALSE_ALARM_BUDGET} per 100 data rows`,
      async (file) => {
        const { tally, real, refused } = await figuresFor(file);
        if (refused !== null) {
          console.log(`${file}: refused, no issues listed ("${refused}")`);
          return;
        }
        console.log(
          `${file}: ${alarms(tally)} false alarms on ${tally.rows} data rows = ${per100(tally)} per 100 (${real} real problems examined and kept); by rule: ${byRuleText(tally)}`
        );
        if (per100(tally) > FALSE_ALARM_BUDGET)
          throw new Error(`Over budget. For example:\n${tally.examples.join("\n")}`);
      },
      60000
    );
  }
);
