/** @jest-environment node */
import { twoDigitYear } from "../../../../src/core/validate/rules/two-digit-year";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 30, docs/DATES.md step 5: a two-digit number after a month name is a year ("Sept 22" is September 2022).

const workstream = (timescales: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("2.2", "Strategy Meetings", "Karen Goulding"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...timescales.map((t, i) => [
        [
          "Establish multi-agency task and finish group",
          "Analyse current quality and performance, setting targets for future",
          "Develop metric that splits timeliness of strategy meetings into new and children already allocated to a SW to monitor improvement in this area",
          "Roll out Life Story work in over 11 teams including for care leavers",
        ][i % 4],
        [
          "Karen Goulding",
          "Claire Connolly (MASH and C-SPA subgroup)",
          "Kelly Headley",
          "Tammy Wheatley",
        ][i % 4],
        t,
      ]),
    ],
  });

describe("two-digit-year", () => {
  it("reports 'By September 22' (000 L425) and 'Sept 22 onwards' (L563), not the four-digit years", () => {
    const issues = runRule(
      twoDigitYear,
      workstream(["By June 2022", "By July 2022", "By September 22", "Sept 22 onwards"])
    );
    expect(cellsOf(issues)).toEqual(["Focus on Practice!C6", "Focus on Practice!C7"]);
    expect(issues[0]).toMatchObject({
      code: "two-digit-year",
      severity: "info",
      field: "due",
      value: "By September 22",
    });
    expect(issues[0].message).toContain("(2022-09-30)");
    expect(issues[1].message).toContain("(2022-09-01)");
    expect(issues[0].message).toMatch(/Write the year in full/);
  });

  it("reports nothing when years are written in full", () => {
    expect(
      runRule(
        twoDigitYear,
        workstream(["By June 2022", "By September 2022", "September 2022 onwards", "2024/2025"])
      )
    ).toEqual([]);
  });

  it("leaves numeric d/m/yy dates alone: their two-digit year is not after a month name", () => {
    expect(runRule(twoDigitYear, workstream(["30/04/23", "31/12/22"]))).toEqual([]);
  });
});
