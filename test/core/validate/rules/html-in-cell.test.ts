/** @jest-environment node */
import { htmlInCell } from "../../../../src/core/validate/rules/html-in-cell";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { BCP_ACTIONS, GCC_ACTIONS, gccWorkstream } from "../council-sheets";

// docs/RULES.md rule 18: HTML markup pasted from a web form, read as plain text.

describe("html-in-cell", () => {
  it("reports <p> blocks in a Lead cell (003 L85) and an unclosed <ul> in Success measures (L147)", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "1.4",
          "Improve assessment and support to unborn and new-born children.",
          "Juliette Blake",
          "30/9/22",
          null,
          "Revised guidance implemented and embedded on pre-birth assessment",
          "Pre-birth policy, guidance and Toolbox in place since March 2022.",
          "The improvement in timescales enables less drift.",
        ],
        [
          "1.7",
          "Improve knowledge, skills, and confidence of risks to children from DA",
          "<p>Juliette Blake</p> <p>Rachel Gravett</p>",
          "31/5/23",
          null,
          "Better awareness across the staff",
          "Bespoke training was developed",
          "Not yet able to evidence",
        ],
        [
          "2.10",
          "Consistent standard of PEPs across educational settings",
          "Sara Scholey / Kelly Twitchen",
          "31/12/22",
          null,
          '<ul style="list-style-type: none"> Monitoring of children\'s achievements and progress in PEPs on a strategic level Robust QA process for PEPs ',
          "Monitoring attainment and progress is now part of the termly regular reviews",
          "Termly data",
        ],
      ],
    });
    const issues = runRule(htmlInCell, snapshot);
    expect(cellsOf(issues)).toEqual(["Improvement Plan!C3", "Improvement Plan!F4"]);
    expect(issues.map((i) => i.field)).toEqual(["owner", "successMeasure"]);
    expect(issues[0]).toMatchObject({
      code: "html-in-cell",
      severity: "warning",
      value: "<p>Juliette Blake</p> <p>Rachel Gravett</p>",
    });
    expect(issues[0].message).toBe(
      "Cell C3 contains HTML markup (such as <p> or <ul>) pasted from a web page; Plan Tracker reads it as plain text. Replace the markup with plain text and line breaks."
    );
  });

  it("reports a <ul> inside a GCC key action (000 L293)", () => {
    const snapshot = snapshotOf({
      name: "Focus on Practice",
      rows: [
        gccWorkstream("1.4", "Care Leavers", "Mark Bone"),
        GCC_ACTIONS,
        [
          'Revise and launch a new Placement Sufficiency Strategy that will include: <ul style="list-style-type: none"> • Delivery of Southfield House • Development of a supported lodgings scheme ',
          "Wendy Williams",
          "Summer 2022 onwards",
        ],
      ],
    });
    const issues = runRule(htmlInCell, snapshot);
    expect(cellsOf(issues)).toEqual(["Focus on Practice!A3"]);
    expect(issues[0].field).toBe("title");
  });

  it("leaves plain text with angle brackets or arrows alone", () => {
    const snapshot = snapshotOf({
      name: "Improvement Plan",
      rows: [
        BCP_ACTIONS,
        [
          "1.18",
          "Reduce caseloads to < 20 children per worker",
          "Sara Scholey",
          "31/3/23",
          null,
          "Caseloads <22 in CHAD; >90% of staff supervised",
          "Progress -> on track",
          "Impact to follow",
        ],
      ],
    });
    expect(runRule(htmlInCell, snapshot)).toEqual([]);
  });
});
