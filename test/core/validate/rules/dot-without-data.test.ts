/** @jest-environment node */
import { dotWithoutData } from "../../../../src/core/validate/rules/dot-without-data";
import { cellsOf, runRule } from "../../../support/rule-harness";
import { snapshotOf } from "../../../support/snapshot-builder";
import { THURROCK_INDICATORS } from "../council-sheets";

// docs/RULES.md rule 59: a direction-of-travel symbol with no values behind it (♦, 004 L282–283).

const indicators = (rows: (string | number | null)[][]) =>
  snapshotOf({ name: "Development Plan", rows: [THURROCK_INDICATORS, ...rows] });

describe("dot-without-data", () => {
  it("reports the ♦ on both P6 return-interview measures, which hold no values", () => {
    const issues = runRule(
      dotWithoutData,
      indicators([
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
          "♦",
        ],
        [
          "P6",
          "Children missing from care offered a return interview %",
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
          "♦",
        ],
      ])
    );
    expect(cellsOf(issues)).toEqual(["Development Plan!N2", "Development Plan!N3"]);
    expect(issues[0]).toMatchObject({
      code: "dot-without-data",
      severity: "warning",
      field: "direction",
      value: "♦",
    });
    expect(issues[0].message).toBe(
      '"Children missing from home offered return interview %" shows a direction of travel ("♦") but has fewer than two values to compare. Clear the symbol or enter the values.'
    );
  });

  it("reports a symbol beside a single value, and not one beside two or more", () => {
    const issues = runRule(
      dotWithoutData,
      indicators([
        [
          "P7",
          "Care Leavers with an up to date pathway plan %",
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          88.8,
          null,
          0,
          "▲",
        ],
        [
          "P7",
          "Care Leavers in EET %",
          null,
          null,
          null,
          73.2,
          69.6,
          67.7,
          67.4,
          67.3,
          67.1,
          null,
          0,
          "▼",
        ],
      ])
    );
    expect(cellsOf(issues)).toEqual(["Development Plan!N2"]);
  });

  it("reports nothing when no DoT symbol is shown", () => {
    expect(
      runRule(
        dotWithoutData,
        indicators([
          [
            "P6",
            "Children missing from care offered a return interview %",
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
        ])
      )
    ).toEqual([]);
  });
});
