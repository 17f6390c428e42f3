/** @jest-environment node */
import {
  defaultPeriodLabel,
  localIsoDate,
} from "../../../../src/taskpane/components/rag/as-of-date";

describe("localIsoDate", () => {
  it.each([
    // Built from local fields, so each case is the same calendar day whatever the machine's zone.
    [new Date(2023, 1, 1, 0, 5), "2023-02-01"],
    [new Date(2023, 1, 1, 23, 55), "2023-02-01"],
    [new Date(2024, 11, 31, 12, 0), "2024-12-31"],
    [new Date(2024, 1, 29, 9, 0), "2024-02-29"],
  ])("%s → %s (the person's own calendar day)", (now, expected) => {
    expect(localIsoDate(now)).toBe(expected);
  });
});

describe("defaultPeriodLabel", () => {
  it.each([
    ["2023-02-01", "RAG 02/23"],
    ["2018-01-31", "RAG 01/18"],
    ["2000-12-01", "RAG 12/00"],
    ["", ""],
    ["2023-2-1", ""],
  ])("%s → %j", (asOf, expected) => {
    expect(defaultPeriodLabel(asOf)).toBe(expected);
  });
});
