// A generated plan of any size as .xlsx bytes, for the end-to-end responsiveness check (scripts/e2e.cjs):
// one BCP-style actions table (Ref, Action, Lead, Deadline, RAG, Success measures, Progress to date)
// whose owners, deadlines and statuses cycle through values the rule catalogue flags (TBC owners,
// open-ended and seasonal deadlines, blanks), so Validate has real work and many issues to show.
"use strict";
const ExcelJS = require("exceljs");

const OWNERS = ["Ann James", "Rob Tyrrell", "Sara Scholey", "Juliette Blake", "TBC", ""];
const STATUSES = ["On track", "At risk", "Off track", "Complete", ""];
const DEADLINES = ["31/03/2023", "By Sept 22", "Ongoing", "Summer 2022 onwards", "", "30/6/2022"];

const largePlanXlsx = async (actions) => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Improvement Plan");
  sheet.addRow(["Improvement Plan (generated for the end-to-end test)"]);
  sheet.addRow([]);
  sheet.addRow(["Ref", "Action", "Lead", "Deadline", "RAG", "Success measures", "Progress to date"]);
  for (let i = 1; i <= actions; i += 1) {
    sheet.addRow([
      `${1 + Math.floor(i / 1000)}.${i % 1000}`,
      `Action ${i}: review the plan's progress with partners`,
      OWNERS[i % OWNERS.length],
      DEADLINES[i % DEADLINES.length],
      STATUSES[i % STATUSES.length],
      "Audits show improvement",
      i % 3 === 0 ? "" : "Started",
    ]);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
};

module.exports = { largePlanXlsx };

// `node test/e2e/large-plan.cjs 100000 large-plan.xlsx`: the same workbook on disk, for trying the
// add-in on a large plan by hand (docs/TESTING.md) or timing the command line on it.
if (require.main === module) {
  const [actions = "100000", out = "large-plan.xlsx"] = process.argv.slice(2);
  largePlanXlsx(Number(actions))
    .then((bytes) => require("node:fs").writeFileSync(out, bytes))
    .then(() => console.log(`${out}: a generated plan of ${actions} actions`));
}
