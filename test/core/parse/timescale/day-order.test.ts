/** @jest-environment node */
import { dayOrderEvidence } from "../../../../src/core/parse/timescale/day-order";
import { BCP_ACTIONS, readCsv, THURROCK_RATING_ROWS } from "../fixtures/domain-samples";

describe("dayOrderEvidence (docs/DATES.md: a column with first parts over 12 confirms d/m)", () => {
  it("finds the BCP Deadline column confirmed d/m/y", () => {
    expect(dayOrderEvidence(readCsv(BCP_ACTIONS).map((row) => row.Deadline))).toBe("dmy");
  });

  it("finds the Thurrock Time column of the sample pointing the other way, because of 01/16/2018 alone", () => {
    expect(dayOrderEvidence(readCsv(THURROCK_RATING_ROWS).map((row) => row.Time))).toBe("mdy");
  });

  it("says mixed when both orders appear, and none without evidence", () => {
    expect(dayOrderEvidence(["30/04/23", "01/16/2018"])).toBe("mixed");
    expect(dayOrderEvidence(["01/06/23", "05/05/2023", "June 2022", 44834, null])).toBe("none");
    expect(dayOrderEvidence([])).toBe("none");
  });
});
