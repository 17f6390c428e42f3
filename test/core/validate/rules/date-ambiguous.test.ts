/** @jest-environment node */
import { dateAmbiguous } from "../../../../src/core/validate/rules/date-ambiguous";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, OTHER_FORMS } from "../council-sheets";

// docs/RULES.md rule 31, docs/DATES.md: d/m with both parts ≤ 12 and different is read day first, with a warning.

describe("date-ambiguous", () => {
  it("picks out exactly the ambiguous dates among the docs/DATES.md other forms", () => {
    const issues = runRule(dateAmbiguous, snapshotOf(bcpWithDeadlines(OTHER_FORMS)));
    // 01/06/23 (003 L136) is action 1.4 in row 5; 01/02/18 (004 L251) is action 1.10 in row 11.
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D5", "Improvement Plan!D11"]);
    expect(issues.map((i) => i.value)).toEqual(["01/06/23", "01/02/18"]);
    expect(issues[0]).toMatchObject({ code: "date-ambiguous", severity: "warning", field: "due" });
    expect(issues[0].message).toContain('"01/06/23"');
    expect(issues[0].message).toContain("read as 1 Jun 2023 (day first, UK)");
    expect(issues[1].message).toContain("read as 1 Feb 2018 (day first, UK)");
    expect(issues[0].message).toMatch(/Write the month as a word/);
  });

  it("names the day a week was read from, not an empty date", () => {
    const issues = runRule(
      dateAmbiguous,
      snapshotOf(bcpWithDeadlines([{ raw: "w/c 10/02/2025" }]))
    );
    expect(issues.map((i) => i.message)).toEqual([
      'Action 1.1 has "w/c 10/02/2025", which could be day/month or month/day; it is read as 10 Feb 2025 (day first, UK). Write the month as a word to be sure.',
    ]);
  });

  it("reports nothing when every date reads only one way", () => {
    const clean = bcpWithDeadlines([
      { raw: "30/04/23" },
      { raw: "31/5/23" },
      { raw: "30/09/2022" },
      { raw: "31/12/22" },
    ]);
    expect(runRule(dateAmbiguous, snapshotOf(clean))).toEqual([]);
  });

  it.each([
    ["05/05/23", "day and month are the same number"],
    ["13/01/23", "the first part is over 12, so it must be the day"],
    ["01/13/23", "impossible as d/m (date-invalid instead)"],
    ["12/11/22", null],
  ])("on %s: %s", (raw, why) => {
    const issues = runRule(dateAmbiguous, snapshotOf(bcpWithDeadlines([{ raw }])));
    expect(cellsOf(issues)).toEqual(why === null ? ["Improvement Plan!D2"] : []);
  });

  it("only notes (info) a date whose column's other dates confirm day first (docs/HISTORY.md#issue-11: every UK date warned)", () => {
    // 30/04/23 can only be day first, so 01/06/23 in the same column is the 1st of June.
    const confirmed = bcpWithDeadlines([
      { raw: "30/04/23" },
      { raw: "01/06/23" },
      { raw: "01.09.19" },
      { raw: "31.03.21" },
    ]);
    const issues = runRule(dateAmbiguous, snapshotOf(confirmed));
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["D3", "info"],
      ["D4", "info"],
    ]);
    expect(issues[0].message).toMatch(/The column's other dates are written day first/);
    // Real dates shown dd/mm/yyyy are the author's own day-first convention.
    const shown = bcpWithDeadlines([{ raw: 45000, format: "dd/mm/yyyy" }, { raw: "01/06/23" }]);
    expect(runRule(dateAmbiguous, snapshotOf(shown)).map((i) => i.severity)).toEqual(["info"]);
  });
});
