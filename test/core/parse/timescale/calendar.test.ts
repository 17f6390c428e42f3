/** @jest-environment node */
import fc from "fast-check";
import {
  daysBetween,
  isValidDate,
  parseIsoDate,
} from "../../../../src/core/parse/timescale/calendar";

// The pattern parseIsoDate replaced: it must agree with it on any text at all.
const byPattern = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDate(year, month, day) ? { year, month, day } : null;
};

describe("ISO calendar dates", () => {
  it.each([
    ["2022-06-30", { year: 2022, month: 6, day: 30 }],
    ["2024-02-29", { year: 2024, month: 2, day: 29 }],
  ])("reads %s", (iso, expected) => expect(parseIsoDate(iso)).toEqual(expected));

  it.each([
    "2022-02-30",
    "2023-02-29",
    "2022-6-30",
    "2022/06/30",
    " 2022-06-30",
    "2022-06-30T00:00",
    "0000-01-01",
    "２０２２-06-30",
    "",
  ])("refuses %p", (iso) => expect(parseIsoDate(iso)).toBeNull());

  it("agrees with the ISO pattern on arbitrary text", () => {
    const isoLike = fc.stringMatching(/^[0-9x]{3,5}-[0-9x]{1,3}-[0-9x]{1,3}$/);
    fc.assert(
      fc.property(fc.oneof(isoLike, fc.string()), (text) =>
        expect(parseIsoDate(text)).toEqual(byPattern(text))
      ),
      { numRuns: 5000 }
    );
  });

  it("counts days across a leap day and a year end", () => {
    expect(daysBetween("2024-02-28", "2024-03-01")).toBe(2);
    expect(daysBetween("2022-12-31", "2023-01-01")).toBe(1);
    expect(daysBetween("2023-01-31", "2022-10-31")).toBe(-92);
  });
});
