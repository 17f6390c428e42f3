/** @jest-environment node */
import fc from "fast-check";
import {
  addDays,
  compareIso,
  dateFormatPrecision,
  daysBetween,
  daysInMonth,
  isDateFormat,
  isIsoDate,
  isMonthPrecisionFormat,
  isoToSerial,
  lastDayOfMonth,
  serialToIso,
} from "../../../src/core/parse/excel-date";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

describe("Excel serials (docs/DATES.md)", () => {
  it.each([
    [43191, "2018-04-01"],
    [44834, "2022-09-30"],
    [25569, "1970-01-01"],
    [1, "1900-01-01"],
    [59, "1900-02-28"],
    [61, "1900-03-01"],
    [2958465, "9999-12-31"],
    [44834.99, "2022-09-30"],
  ])("serial %d is %s", (serial, iso) => {
    expect(serialToIso(serial)).toBe(iso);
  });

  it("has no date for 0, the fictitious 1900-02-29 (60), negatives, non-finite numbers or beyond 9999", () => {
    for (const serial of [0, 0.5, 60, -1, 2958466, Number.NaN, Number.POSITIVE_INFINITY])
      expect(serialToIso(serial)).toBeNull();
  });

  it(
    "converts back: isoToSerial inverts serialToIso on both sides of the 1900 leap-year bug",
    () => {
      expect(isoToSerial("2018-04-01")).toBe(43191);
      expect(isoToSerial("1900-02-28")).toBe(59);
      expect(isoToSerial("1900-03-01")).toBe(61);
      expect(isoToSerial("1899-12-31")).toBeNull();
      expect(isoToSerial("not a date")).toBeNull();
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
          (serial) => {
            const iso = serialToIso(serial);
            expect(iso).not.toBeNull();
            expect(isoToSerial(iso ?? "")).toBe(serial);
          }
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});

describe("number formats", () => {
  it.each([
    "mmm-yy",
    "mmmm yyyy",
    "mmm yyyy",
    "dd/mm/yyyy",
    "d/m/yy",
    "[$-809]dd mmmm yyyy",
    "dd-mmm",
    "yyyy-mm-dd hh:mm",
    "[Red]dd/mm/yyyy",
    'dd/mm/yyyy" (due)"',
  ])("%j is a date format", (format) => expect(isDateFormat(format)).toBe(true));

  it.each([
    "General",
    "0%",
    "0.0%",
    "0.00",
    "#,##0",
    "@",
    "h:mm",
    "[h]:mm:ss",
    "mm:ss",
    '"days "0',
    "0.00E+00",
    '[Red]0.00;"Overdue"',
    "",
    undefined,
  ])("%j is not a date format", (format) => expect(isDateFormat(format)).toBe(false));

  it("knows which formats show only the month", () => {
    expect(["mmm-yy", "mmmm yyyy", "mmm yyyy", "mm/yyyy"].every(isMonthPrecisionFormat)).toBe(true);
    expect(["dd/mm/yyyy", "d-mmm-yy", "yyyy", "General", "0%"].some(isMonthPrecisionFormat)).toBe(
      false
    );
    expect(dateFormatPrecision("yyyy")).toBe("year");
    expect(dateFormatPrecision("dddd d mmmm")).toBe("day");
  });

  it(
    "never throws on arbitrary format text",
    () => {
      fc.assert(
        fc.property(fc.string(), (format) =>
          expect(["day", "month", "year", null]).toContain(dateFormatPrecision(format))
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});

describe("calendar helpers", () => {
  it("knows month ends, leap years included", () => {
    expect(lastDayOfMonth(2022, 6)).toBe("2022-06-30");
    expect(lastDayOfMonth(2023, 2)).toBe("2023-02-28");
    expect(lastDayOfMonth(2024, 2)).toBe("2024-02-29");
    expect(lastDayOfMonth(2100, 2)).toBe("2100-02-28");
    expect(lastDayOfMonth(2000, 2)).toBe("2000-02-29");
    expect(lastDayOfMonth(2022, 13)).toBeNull();
    expect(daysInMonth(2022, 0)).toBe(0);
  });

  it("adds days across month and year ends", () => {
    expect(addDays("2022-06-30", 1)).toBe("2022-07-01");
    expect(addDays("2022-12-31", 1)).toBe("2023-01-01");
    expect(addDays("2024-03-01", -1)).toBe("2024-02-29");
    expect(addDays("2022-02-30", 1)).toBeNull();
    expect(addDays("2022-01-01", 0.5)).toBeNull();
  });

  it("counts days between dates as b − a, which the amber window of docs/RATINGS.md#action-rag needs", () => {
    expect(daysBetween("2022-05-31", "2022-06-30")).toBe(30);
    expect(daysBetween("2022-06-30", "2022-05-31")).toBe(-30);
    expect(daysBetween("2022-01-01", "2023-01-01")).toBe(365);
    expect(daysBetween("2022-01-01", "junk")).toBeNull();
  });

  it("orders ISO dates", () => {
    expect(compareIso("2022-06-30", "2022-07-01")).toBe(-1);
    expect(compareIso("2022-07-01", "2022-07-01")).toBe(0);
    expect(compareIso("2023-01-01", "2022-12-31")).toBe(1);
  });

  it(
    "keeps addDays and daysBetween consistent for any date and offset",
    () => {
      fc.assert(
        fc.property(
          fc.integer({ min: 1, max: 2958465 }).filter((n) => n !== 60),
          fc.integer({ min: -20000, max: 20000 }),
          (serial, n) => {
            const from = serialToIso(serial) ?? "";
            const to = addDays(from, n);
            if (to === null) return; // left years 0001–9999
            expect(isIsoDate(to)).toBe(true);
            expect(daysBetween(from, to)).toBe(n);
            expect(compareIso(to, from)).toBe(Math.sign(n));
          }
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});
