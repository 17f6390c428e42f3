/** @jest-environment node */
import { valueInNotes } from "../../../../src/core/validate/rules/value-in-notes";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 50: a number in a Notes column (004 L169, L170, L268, L269).

const indicators = (
  rows: (string | number | null)[][],
  numberFormats: Record<string, string> = {}
) => snapshotOf({ name: "Development Plan", rows: [THURROCK_INDICATORS, ...rows], numberFormats });

describe("value-in-notes", () => {
  it("reports figures typed as notes, as a number, a percentage or text that opens with one", () => {
    const issues = runRule(
      valueInNotes,
      indicators(
        [
          [
            "P5",
            "PEPs up to date %",
            null,
            null,
            null,
            null,
            null,
            0.971,
            null,
            null,
            null,
            "88.80% Only collected quarterly",
            0,
            null,
          ],
          [
            "P5",
            "PEPs judged good at audit %",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0.694,
            0,
            null,
          ],
          [
            "P2",
            "Number of CAFs completed by HVs",
            null,
            null,
            null,
            2,
            7,
            5,
            4,
            6,
            null,
            4,
            0,
            null,
          ],
          [
            "P6",
            "Children missing from home offered return interview %",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Information being collated",
            0,
            null,
          ],
        ],
        { H2: "0.00%", L3: "0.00%" }
      )
    );
    expect(cellsOf(issues)).toEqual([
      "Development Plan!L2",
      "Development Plan!L3",
      "Development Plan!L4",
    ]);
    expect(issues[0]).toMatchObject({
      code: "value-in-notes",
      severity: "warning",
      field: "notes",
      value: "88.80% Only collected quarterly",
    });
    expect(issues[0].message).toBe(
      'The notes for "PEPs up to date %" hold a figure ("88.80% Only collected quarterly") that belongs in a period column, where it can be rated and charted. Move the number into its month.'
    );
    expect(issues[1].message).toContain('("69.4%")');
    expect(issues[2].message).toContain('("4")');
  });

  it("reports nothing on notes that are words, or mention numbers further on", () => {
    expect(
      runRule(
        valueInNotes,
        indicators([
          [
            "P3",
            "Plans graded good at audit %",
            null,
            null,
            null,
            0.5,
            0.138,
            null,
            null,
            null,
            null,
            "Data for audits being collated",
            0,
            null,
          ],
          [
            "P4",
            "Cases subject to PLO for no longer than 26 weeks %",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "Mailed Adriana and Andrews - L",
            0,
            null,
          ],
          [
            "P5",
            "CLA visits in time %",
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            "data currently being cleansed, 2 teams outstanding",
            0,
            null,
          ],
        ])
      )
    ).toEqual([]);
  });
});
