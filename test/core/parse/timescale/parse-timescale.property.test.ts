/** @jest-environment node */
import fc from "fast-check";
import {
  DEFAULT_DATE_POLICY,
  type DatePolicy,
  type TimescaleFlag,
  type TimescaleKind,
} from "../../../../src/core/model/timescale";
import { compareIso, isIsoDate } from "../../../../src/core/parse/excel-date";
import { parseTimescale } from "../../../../src/core/parse/timescale/parse-timescale";
import { anyCell, anyFormat, fragmentText, ISO_DATE } from "../arbitraries";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

const KINDS: readonly TimescaleKind[] = [
  "DEADLINE",
  "ONGOING_FROM",
  "WINDOW",
  "FIN_YEAR",
  "ONGOING",
  "MISSING",
];
const FLAGS: readonly TimescaleFlag[] = [
  "timescale-missing",
  "timescale-unparseable",
  "timescale-open",
  "timescale-approx",
  "two-digit-year",
  "date-ambiguous",
  "date-invalid",
  "date-no-year",
  "date-multiple",
  "date-serial-zero",
  "text-normalise",
];
// Why a timescale is MISSING: one of these must be raised, so a MISSING result always says why.
const MISSING_REASONS: readonly TimescaleFlag[] = [
  "timescale-missing",
  "timescale-unparseable",
  "date-invalid",
  "date-no-year",
  "date-serial-zero",
];

const anyPolicy: fc.Arbitrary<DatePolicy> = fc.record({
  dayOrder: fc.constantFrom("dmy" as const, "mdy" as const),
  seasons: fc.constantFrom("meteorological" as const, "school-terms" as const),
  byMonth: fc.constantFrom("end" as const, "start" as const),
  financialYearStartMonth: fc.integer({ min: 1, max: 12 }),
});

describe("parseTimescale on arbitrary input", () => {
  it(
    "never throws and always returns a well-formed Timescale",
    () => {
      fc.assert(
        fc.property(
          fc.oneof(anyCell, fragmentText),
          anyFormat,
          anyPolicy,
          (value, format, policy) => {
            const t = parseTimescale(value, format, policy);
            expect(KINDS).toContain(t.kind);
            for (const date of [
              t.start,
              t.due,
              ...t.revisions,
              ...(t.suggestion ? [t.suggestion] : []),
            ]) {
              if (date !== null) {
                expect(date).toMatch(ISO_DATE);
                expect(isIsoDate(date)).toBe(true);
              }
            }
            for (const flag of t.flags) expect(FLAGS).toContain(flag);
            expect(new Set(t.flags).size).toBe(t.flags.length);
            expect(typeof t.approx).toBe("boolean");
            expect(t.flags.includes("timescale-approx")).toBe(t.approx);
            switch (t.kind) {
              case "DEADLINE":
                expect(t.due).not.toBeNull();
                break;
              case "ONGOING_FROM":
                expect(t.start).not.toBeNull();
                expect(t.due).toBeNull();
                expect(t.flags).toContain("timescale-open");
                break;
              case "WINDOW":
              case "FIN_YEAR":
                expect(t.start).not.toBeNull();
                expect(t.due).not.toBeNull();
                expect(compareIso(t.start ?? "", t.due ?? "")).toBeLessThanOrEqual(0);
                break;
              case "ONGOING":
                expect([t.start, t.due]).toEqual([null, null]);
                expect(t.flags).toContain("timescale-open");
                break;
              case "MISSING":
                expect([t.start, t.due]).toEqual([null, null]);
                expect(t.flags.some((flag) => MISSING_REASONS.includes(flag))).toBe(true);
                break;
            }
            if (t.suggestion !== undefined) expect(t.flags).toContain("date-invalid");
            if (t.revisions.length > 0) expect(t.flags).toContain("date-multiple");
          }
        ),
        { numRuns: 3000 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "reads any real month and year written as `<Month> <YYYY>` as that month's last day",
    () => {
      const names = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
      ];
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1900, max: 2199 }),
          (month, year) => {
            const t = parseTimescale(`${names[month - 1]} ${year}`, undefined, DEFAULT_DATE_POLICY);
            expect(t.kind).toBe("DEADLINE");
            expect(t.due?.slice(0, 7)).toBe(`${year}-${String(month).padStart(2, "0")}`);
          }
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});
