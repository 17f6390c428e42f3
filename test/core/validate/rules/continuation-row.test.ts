/** @jest-environment node */
import { continuationRow } from "../../../../src/core/validate/rules/continuation-row";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 13: text with no Ref, owner or date is the tail of the row above.

const ACTION_35 = [
  "3.5",
  "<p>Highly competent management and leadership at all levels</p> <p>Developing leaders of the future</p>",
  "Rachel Gravett",
  "30/03/23",
  null,
  "<p>Core leadership and management training to be available to Service Managers, Team Managers, and aspiring Team Managers.</p>",
  "<p>Training in place for new and aspiring team managers.</p> <p>Aspirant leaders training through ADCS.</p>",
  "<p>Feedback currently being undertaken -to report on impact next month</p>",
];
const ACTION_38 = [
  "3.8",
  "Establish multi-agency training on key and emerging issues.",
  "Rachel Gravett",
  "30/12/22",
  null,
  "A robust training offer in place",
  "Partnership QA sub-group currently establishing framework for multi-agency training",
  "Impact will follow this.",
];

describe("continuation-row", () => {
  it("reports the tail of BCP 3.5 (the row after it holds only Progress text, docs/SAMPLES.md#bcp)", () => {
    const tail =
      "<p>8 managers currently on the SLIP mentoring programme, with a further 7 completed in 2021</p> <p>3 managers completed ADCS programme, with a further 3 scheduled</p>";
    const issues = runRule(
      continuationRow,
      snapshotOf({
        name: "Improvement Plan",
        rows: [BCP_ACTIONS, ACTION_35, [null, null, null, null, null, null, tail, null], ACTION_38],
      })
    );
    expect(cellsOf(issues)).toEqual(["Improvement Plan!G3"]);
    expect(issues[0]).toMatchObject({ code: "continuation-row", severity: "error", field: null });
    expect(issues[0].message).toMatch(
      /^Row 3 has text \("8 managers currently on the SLIP mentoring programme, with…"\) but no Ref, owner or date/
    );
    expect(issues[0].message).toMatch(/Move the text into the row above and delete this row\.$/);
  });

  it("reports GCC's pasted bullet line with no owner or timescale (000 L684)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("3.4", "Sufficiency of placement & fostering", "Ann James"),
        GCC_ACTIONS,
        [
          "Develop and commission a range of local provision including:",
          "Wendy Williams",
          "By March 2023",
        ],
        ["- Residential CH framework - Dedicated UASC accommodation"],
        ["Develop a workforce Academy for GCC sufficiency strategy", "Wendy Williams", "2024/2025"],
      ],
    });
    expect(cellsOf(runRule(continuationRow, snapshot))).toEqual(["Focus on Practice!A4"]);
  });

  it("reports nothing when every row has a Ref, an owner or a date", () => {
    const refOnly = ["3.9", "Review the leadership offer", null, null];
    expect(
      runRule(
        continuationRow,
        snapshotOf({ name: "Improvement Plan", rows: [BCP_ACTIONS, ACTION_35, ACTION_38, refOnly] })
      )
    ).toEqual([]);
  });

  it("reports nothing on a row whose status is recorded as a colour (docs/HISTORY.md#issue-11: a clean action read as a tail)", () => {
    const coloured = [
      null,
      "Review the early help assessment across the service",
      null,
      null,
      null,
      null,
      null,
      null,
    ];
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [BCP_ACTIONS, ACTION_35, coloured, ACTION_38],
      fills: { E3: "#00B050" },
    });
    expect(runRule(continuationRow, snapshot)).toEqual([]);
    // Without the colour the same row is text alone, the tail of the row above.
    expect(
      cellsOf(
        runRule(
          continuationRow,
          snapshotOf({
            name: "Improvement Plan",
            rows: [BCP_ACTIONS, ACTION_35, coloured, ACTION_38],
          })
        )
      )
    ).toEqual(["Improvement Plan!B3"]);
  });

  it("reports nothing on a template's spare numbered row of prompts (the Towns Fund's 'B6 | < Select >')", () => {
    const spare = [null, "B6", null, null, "< Select >", null, "< Select >", null];
    expect(
      runRule(
        continuationRow,
        snapshotOf({ name: "Improvement Plan", rows: [BCP_ACTIONS, ACTION_35, ACTION_38, spare] })
      )
    ).toEqual([]);
    const prose = [
      null,
      "and the rest of the sentence",
      null,
      null,
      "< Select >",
      null,
      null,
      null,
    ];
    expect(
      cellsOf(
        runRule(
          continuationRow,
          snapshotOf({ name: "Improvement Plan", rows: [BCP_ACTIONS, ACTION_35, ACTION_38, prose] })
        )
      )
    ).toEqual(["Improvement Plan!B4"]);
  });
});
