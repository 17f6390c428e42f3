/** @jest-environment node */
import { timescaleOpen } from "../../../../src/core/validate/rules/timescale-open";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 28: ONGOING and ONGOING_FROM are never overdue by date alone.

const careLeavers = (timescales: string[]) =>
  snapshotOf({
    name: "Focus on Practice",
    rows: [
      gccWorkstream("1.4", "Care Leavers", "Mark Bone"),
      ["Key Actions, Owners and Timescale"],
      GCC_ACTIONS,
      ...timescales.map((t, i) => [
        `Care leavers action ${i + 1}: introduce a process of monitoring use of emergency accommodation`,
        "Mark Bone",
        t,
      ]),
    ],
  });

describe("timescale-open", () => {
  it("reports Ongoing (000 L295) and the 'onwards'/'From' forms, not deadlines", () => {
    const issues = runRule(
      timescaleOpen,
      careLeavers([
        "End of May 2022",
        "Ongoing",
        "Sept 22 onwards",
        "From Autumn 2022",
        "Autumn 2022",
        "May to Sept 2022",
      ])
    );
    expect(cellsOf(issues)).toEqual([
      "Focus on Practice!C5",
      "Focus on Practice!C6",
      "Focus on Practice!C7",
    ]);
    expect(issues.map((i) => i.value)).toEqual(["Ongoing", "Sept 22 onwards", "From Autumn 2022"]);
    expect(issues[0]).toMatchObject({ code: "timescale-open", severity: "info", field: "due" });
    expect(issues[0].message).toBe(
      'The action in row 5 is open-ended ("Ongoing"), so it is never overdue by date; it is rated on whether progress is recorded each period.'
    );
  });

  it("reports nothing when every action has a deadline or window", () => {
    expect(
      runRule(
        timescaleOpen,
        careLeavers(["By June 2022", "July 2023", "Jan 2022 to March 2023", "2024/2025"])
      )
    ).toEqual([]);
  });
});
