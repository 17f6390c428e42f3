/** @jest-environment node */
import { timescaleMissing } from "../../../../src/core/validate/rules/timescale-missing";
import { timescaleUnparseable } from "../../../../src/core/validate/rules/timescale-unparseable";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { bcpWithDeadlines, OTHER_FORMS } from "../council-sheets";

// docs/RULES.md rule 27, docs/DATES.md: text outside the timescale grammar gives MISSING plus timescale-unparseable.

describe("timescale-unparseable", () => {
  it("reports words that are not a date, and not the dates around them", () => {
    const issues = runRule(
      timescaleUnparseable,
      snapshotOf(
        bcpWithDeadlines([
          { raw: "30/04/23" },
          { raw: "When funding allows" },
          { raw: "Summer 2022" },
          { raw: "Following the Ofsted monitoring visit" },
        ])
      )
    );
    expect(cellsOf(issues)).toEqual(["Improvement Plan!D3", "Improvement Plan!D5"]);
    expect(issues[0]).toMatchObject({
      code: "timescale-unparseable",
      severity: "error",
      field: "due",
      value: "When funding allows",
    });
    expect(issues[0].message).toContain('"When funding allows"');
    expect(issues[0].message).toMatch(/Write it as a month \("June 2023"\)/);
  });

  it("reports none of the docs/DATES.md other forms: each has its own, more precise rule", () => {
    expect(runRule(timescaleUnparseable, snapshotOf(bcpWithDeadlines(OTHER_FORMS)))).toEqual([]);
  });

  it("reports nothing on the seed 000 timescale forms or on a blank (that is timescale-missing)", () => {
    const forms = [
      "By June 2022",
      "End of May 2022",
      "From 1 st May 2022",
      "Autumn 2022",
      "May to Sept 2022",
      "2024/2025",
      "Ongoing",
      null,
    ];
    expect(
      runRule(timescaleUnparseable, snapshotOf(bcpWithDeadlines(forms.map((raw) => ({ raw })))))
    ).toEqual([]);
  });

  it("reads TBC and n/a as no timescale (timescale-missing), not as unparseable text", () => {
    const snapshot = snapshotOf(bcpWithDeadlines([{ raw: "TBC" }, { raw: "n/a" }]));
    expect(runRule(timescaleUnparseable, snapshot)).toEqual([]);
    expect(cellsOf(runRule(timescaleMissing, snapshot))).toEqual([
      "Improvement Plan!D2",
      "Improvement Plan!D3",
    ]);
  });

  it("keeps a stated reason for having no date as a note, not an error (docs/HISTORY.md#issue-11: GMPP's FOI exemptions)", () => {
    const issues = runRule(
      timescaleUnparseable,
      snapshotOf(
        bcpWithDeadlines([
          { raw: "Exempt under Section 22 of the Freedom of Information Act 2000" },
          { raw: "Not provided" },
          { raw: "When funding allows" },
        ])
      )
    );
    expect(issues.map((i) => [i.cell, i.severity])).toEqual([
      ["D2", "info"],
      ["D3", "info"],
      ["D4", "error"],
    ]);
    expect(issues[0].message).toMatch(/^Action 1\.1 gives no date \("Exempt under Section 22/);
  });
});
