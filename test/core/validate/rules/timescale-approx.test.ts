/** @jest-environment node */
import { timescaleApprox } from "../../../../src/core/validate/rules/timescale-approx";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, GCC_ACTIONS, gccWorkstream, OTHER_FORMS } from "../council-sheets";

// docs/RULES.md rule 29, docs/DATES.md: seasons and financial years are approximate dates.

describe("timescale-approx", () => {
  it("reports Autumn 2022 (000 L282), Summer 2022 onwards (L293) and 2024/2025 (L685), not month deadlines", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.4", "Sufficiency of placement & fostering", "Ann James"),
        GCC_ACTIONS,
        ["Establish new forum for 16+/Care Leavers", "Ambassadors", "Autumn 2022"],
        ["Revise, launch and deliver Sufficiency strategy", "Wendy Williams", "September 2022"],
        [
          "Revise and launch a new Placement Sufficiency Strategy",
          "Wendy Williams",
          "Summer 2022 onwards",
        ],
        ["Develop a workforce Academy for GCC sufficiency strategy", "Wendy Williams", "2024/2025"],
      ],
    });
    const issues = runRule(timescaleApprox, snapshot);
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!C3",
      "Focus on Practice!C5",
      "Focus on Practice!C6",
    ]);
    expect(issues[0]).toMatchObject({
      code: "timescale-approx",
      severity: "info",
      field: "due",
      value: "Autumn 2022",
    });
    // Meteorological seasons (docs/DATES.md): Autumn ends 30 November; Summer starts 1 June; FY 2024/25 ends 31 March 2025.
    expect(issues.map((i) => /read as (\S+)/.exec(i.message)?.[1])).toEqual([
      "2022-11-30",
      "2022-06-01",
      "2025-03-31",
    ]);
    expect(issues[0].message).toMatch(/Give a month or a date/);
  });

  it("picks out Winter 2022 and 2022/23 among the docs/DATES.md other forms", () => {
    const issues = runRule(timescaleApprox, snapshotOf(bcpWithDeadlines(OTHER_FORMS)));
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D15", "Improvement Plan!D16"]);
    expect(issues[0].message).toContain("2023-02-28");
  });

  it("reports nothing on month and day deadlines", () => {
    expect(
      runRule(
        timescaleApprox,
        snapshotOf(
          bcpWithDeadlines([{ raw: "By June 2022" }, { raw: "30/04/23" }, { raw: "Ongoing" }])
        )
      )
    ).toEqual([]);
  });
});
