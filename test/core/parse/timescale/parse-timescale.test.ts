/** @jest-environment node */
import {
  DEFAULT_DATE_POLICY,
  type DatePolicy,
  type Timescale,
  type TimescaleFlag,
  type TimescaleKind,
} from "../../../../src/core/model/timescale";
import { parseTimescale } from "../../../../src/core/parse/timescale/parse-timescale";
import {
  BCP_ACTIONS,
  GCC_KEY_ACTIONS,
  OTHER_TIMESCALE_FORMS,
  readCsv,
  SEED_000_TIMESCALES,
  THURROCK_RATING_ROWS,
} from "../fixtures/domain-samples";

const parse = (
  value: string | number | null,
  format?: string,
  policy: DatePolicy = DEFAULT_DATE_POLICY
): Timescale => parseTimescale(value, format, policy);

const TIMESCALE_FLAGS: readonly TimescaleFlag[] = [
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

/** `owner-multiple; timescale-open(ONGOING); text-normalise(1 st)` → the timescale flag codes only. */
const timescaleFlagsIn = (expected: string): string[] =>
  expected
    .split(";")
    .map((flag) => flag.trim().replace(/\(.*$/, ""))
    .filter((flag): flag is TimescaleFlag => (TIMESCALE_FLAGS as readonly string[]).includes(flag))
    .sort();

describe("docs/DATES.md fixture: every distinct Timescale string in seed 000", () => {
  const rows = readCsv(SEED_000_TIMESCALES);

  it("has the 54 distinct strings of the 163 actions", () => {
    expect(rows).toHaveLength(54);
    expect(rows.reduce((sum, row) => sum + Number(row.count), 0)).toBe(163);
  });

  it.each(rows.map((row) => [row.timescale_raw, row] as const))("%j", (raw, row) => {
    const timescale = parse(raw);
    expect(timescale.kind).toBe(row.kind);
    expect(timescale.start).toBe(row.start || null);
    expect(timescale.due).toBe(row.due || null);
    expect(timescale.approx).toBe(row.approx === "approx");
    expect(timescale.revisions).toEqual([]);
  });

  it("gives the totals by kind: DEADLINE 114 (11 approx), ONGOING_FROM 34, WINDOW 5, FIN_YEAR 1, ONGOING 1, MISSING 8", () => {
    const totals: Partial<Record<TimescaleKind, number>> = {};
    let approxDeadlines = 0;
    for (const row of rows) {
      const timescale = parse(row.timescale_raw);
      totals[timescale.kind] = (totals[timescale.kind] ?? 0) + Number(row.count);
      if (timescale.kind === "DEADLINE" && timescale.approx) approxDeadlines += Number(row.count);
    }
    expect(totals).toEqual({
      DEADLINE: 114,
      ONGOING_FROM: 34,
      WINDOW: 5,
      FIN_YEAR: 1,
      ONGOING: 1,
      MISSING: 8,
    });
    expect(approxDeadlines).toBe(11);
  });
});

describe("docs/DATES.md fixture: other forms", () => {
  const rows = readCsv(OTHER_TIMESCALE_FORMS);
  it("has 15 rows", () => expect(rows).toHaveLength(15));

  it.each(rows.map((row) => [row.raw, row.number_format, row] as const))(
    "%j with format %j",
    (raw, format, row) => {
      // In the table an unquoted number with a number format is a cell holding an Excel serial.
      const value = format !== "" && /^\d+$/.test(raw) ? Number(raw) : raw;
      const timescale = parse(value, format || undefined);
      expect(timescale.kind).toBe(row.kind);
      expect(timescale.start).toBe(row.start || null);
      expect(timescale.due).toBe(row.due || null);
      // The flags column also marks approximate dates with the word "approx".
      expect(timescale.approx).toBe(row.flags === "approx");
      const expected =
        row.flags === "" || row.flags === "approx" ? [] : [row.flags.replace(/\(.*$/, "")];
      const raised = timescale.flags.filter(
        (flag) => flag !== "timescale-approx" && flag !== "timescale-open"
      );
      expect(raised).toEqual(expected);
      const revisions = /revisions ([^)]*)/.exec(row.flags)?.[1].split(";") ?? [];
      expect(timescale.revisions).toEqual(revisions);
    }
  );

  it("suggests 2018-01-16 for 01/16/2018 but never applies it", () => {
    const timescale = parse("01/16/2018");
    expect(timescale).toMatchObject({
      kind: "MISSING",
      due: null,
      suggestion: "2018-01-16",
      flags: ["date-invalid"],
    });
  });
});

describe("docs/SAMPLES.md#gcc-actions: Gloucestershire key actions", () => {
  const rows = readCsv(GCC_KEY_ACTIONS);
  it("has 25 rows", () => expect(rows).toHaveLength(25));

  it.each(rows.map((row) => [row.id, row.Timescale, row] as const))("%s %j", (_id, raw, row) => {
    const timescale = parse(raw);
    expect(timescale.kind).toBe(row.exp_kind);
    expect(timescale.start).toBe(row.exp_start || null);
    expect(timescale.due).toBe(row.exp_due || null);
    expect(timescale.approx).toBe(row.exp_approx === "approx");
    // exp_flags mixes owner, action and timescale codes; the timescale ones must match exactly.
    const expected = timescaleFlagsIn(row.exp_flags);
    if (row.exp_kind === "MISSING" && row.Timescale === "") expected.push("timescale-missing");
    expect([...new Set(timescale.flags)].sort()).toEqual([...new Set(expected)].sort());
  });
});

describe("docs/RATINGS.md#action-rag: the parsed dates behind the RAG vectors", () => {
  it.each([
    ["By June 2022", "DEADLINE", null, "2022-06-30"],
    ["From 1 st May 2022", "ONGOING_FROM", "2022-05-01", null],
    ["End of May 2022", "DEADLINE", null, "2022-05-31"],
    ["Autumn 2022", "DEADLINE", null, "2022-11-30"],
    ["Ongoing", "ONGOING", null, null],
    ["July 2023", "DEADLINE", null, "2023-07-31"],
    ["By September 22", "DEADLINE", null, "2022-09-30"],
    ["May 2022 to September 2022", "WINDOW", "2022-05-01", "2022-09-30"],
    ["December 2022 onwards", "ONGOING_FROM", "2022-12-01", null],
    ["Sept 22 onwards", "ONGOING_FROM", "2022-09-01", null],
    ["", "MISSING", null, null],
    ["2024/2025", "FIN_YEAR", "2024-04-01", "2025-03-31"],
    ["May to Sept 2022", "WINDOW", "2022-05-01", "2022-09-30"],
    ["Summer 2022", "DEADLINE", null, "2022-08-31"],
  ])("%j → %s", (raw, kind, start, due) => {
    expect(parse(raw)).toMatchObject({ kind, start, due });
  });

  it("reads the Thurrock Time cells as the end of their month, typed or as mmm-yy serials", () => {
    for (const [text, serial, due] of [
      ["Jan-18", 43101, "2018-01-31"],
      ["Sep-18", 43344, "2018-09-30"],
      ["Jun-18", 43252, "2018-06-30"],
      ["Sep-16", 42614, "2016-09-30"],
      ["Nov-16", 42675, "2016-11-30"],
    ] as const) {
      expect(parse(text).due).toBe(due);
      expect(parse(serial, "mmm-yy").due).toBe(due);
    }
  });
});

describe("docs/SAMPLES.md#bcp and docs/SAMPLES.md#thurrock deadline columns", () => {
  it("reads every BCP Deadline cell", () => {
    const dues = Object.fromEntries(
      readCsv(BCP_ACTIONS)
        .filter((row) => row.Ref !== "")
        .map((row) => [row.Ref, parse(row.Deadline)])
    );
    expect(Object.fromEntries(Object.entries(dues).map(([ref, t]) => [ref, t.due]))).toEqual({
      "1.1": "2023-04-30",
      "1.4": "2022-09-30",
      "1.5": null,
      "1.7": "2023-05-31",
      "1.17": "2022-08-31",
      "1.23": "2022-09-30",
      "2.3": "2022-10-30",
      "2.5": "2023-06-01",
      "2.9": "2023-03-30",
      "2.10": "2022-12-31",
      "3.5": "2023-03-30",
      "3.8": "2022-12-30",
      "3.11": "2022-12-31",
      "3.14": "2023-01-23",
      "3.15": "2022-12-31",
    });
    expect(dues["1.5"].flags).toEqual(["timescale-missing"]);
    expect(dues["2.5"].flags).toEqual(["date-ambiguous"]);
    expect(dues["3.14"].revisions).toEqual(["2022-06-30", "2022-11-23"]);
  });

  it("reads every Thurrock Time cell of the sample", () => {
    const times = readCsv(THURROCK_RATING_ROWS).map((row) => [row._line, parse(row.Time)] as const);
    const byLine = Object.fromEntries(times);
    expect(byLine["156"]).toMatchObject({ kind: "DEADLINE", due: "2018-04-01" });
    expect(byLine["248"]).toMatchObject({
      kind: "MISSING",
      flags: ["date-invalid"],
      suggestion: "2018-01-16",
    });
    for (const [line, timescale] of times)
      if (line !== "248") expect(timescale.kind).toBe("DEADLINE");
  });
});

describe("quarters of the financial year", () => {
  it.each([
    ["Q1 22/23", "2022-06-30"],
    ["Q2 22/23", "2022-09-30"],
    ["Q3 2022/23", "2022-12-31"],
    ["Q4 21-22", "2022-03-31"],
    ["Quarter 1 2022/23", "2022-06-30"],
    ["By Q2 2022-2023", "2022-09-30"],
  ])("%j is due %s", (raw, due) => {
    expect(parse(raw)).toMatchObject({ kind: "DEADLINE", due, approx: false, flags: [] });
  });

  it("starts an open-ended quarter on its first day", () => {
    expect(parse("From Q2 22/23")).toMatchObject({ kind: "ONGOING_FROM", start: "2022-07-01" });
  });

  it("follows the policy's financial-year start month", () => {
    const january: DatePolicy = { ...DEFAULT_DATE_POLICY, financialYearStartMonth: 1 };
    expect(parse("Q1 22/23", undefined, january).due).toBe("2022-03-31");
    expect(
      parse("2022/23", undefined, { ...DEFAULT_DATE_POLICY, financialYearStartMonth: 7 })
    ).toMatchObject({ start: "2022-07-01", due: "2023-06-30" });
  });

  it("reads a quarter with one calendar year as the calendar quarter and says it is ambiguous", () => {
    expect(parse("Q1 2023")).toMatchObject({
      kind: "DEADLINE",
      due: "2023-03-31",
      flags: ["date-ambiguous"],
    });
  });
});

describe("seasons and school terms", () => {
  const terms: DatePolicy = { ...DEFAULT_DATE_POLICY, seasons: "school-terms" };

  it("uses meteorological seasons by default", () => {
    expect(parse("Spring 2023").due).toBe("2023-05-31");
    expect(parse("Winter 2022")).toMatchObject({ due: "2023-02-28", approx: true });
    expect(parse("From Winter 2022").start).toBe("2022-12-01");
    expect(parse("Winter 2023/24").due).toBe("2024-02-29");
  });

  it("uses school terms when the policy says so: Autumn Sep–Dec, Spring Jan–Easter, Summer Easter–Jul", () => {
    expect(parse("Autumn 2022", undefined, terms)).toMatchObject({
      due: "2022-12-31",
      approx: true,
    });
    expect(parse("Spring 2023", undefined, terms).due).toBe("2023-04-09"); // Easter Sunday 2023
    expect(parse("Summer 2023", undefined, terms).due).toBe("2023-07-31");
    expect(parse("Summer 2024 onwards", undefined, terms).start).toBe("2024-04-01"); // Easter Monday 2024
    expect(parse("From Autumn 2022", undefined, terms).start).toBe("2022-09-01");
  });

  it("reads `Autumn term` as a term under either policy", () => {
    expect(parse("Autumn term 2022")).toMatchObject({
      kind: "DEADLINE",
      due: "2022-12-31",
      approx: true,
    });
    expect(parse("Autumn term 2022", undefined, terms).due).toBe("2022-12-31");
    expect(parse("Autumn term")).toMatchObject({ kind: "MISSING", flags: ["date-no-year"] });
  });

  it("flags a two-digit year after a season", () => {
    expect(parse("Summer 22").flags).toEqual(["two-digit-year", "timescale-approx"]);
  });
});

describe("policy options", () => {
  it("reads `By <Month>` as the start of the month under the strict option, but `End of` stays the end", () => {
    const strict: DatePolicy = { ...DEFAULT_DATE_POLICY, byMonth: "start" };
    expect(parse("By June 2022", undefined, strict).due).toBe("2022-06-01");
    expect(parse("End of June 2022", undefined, strict).due).toBe("2022-06-30");
    expect(parse("June 2022", undefined, strict).due).toBe("2022-06-30");
  });

  it("reads m/d/y when the day order is mdy, and then 30/04/23 is the invalid one", () => {
    const us: DatePolicy = { ...DEFAULT_DATE_POLICY, dayOrder: "mdy" };
    expect(parse("01/16/2018", undefined, us)).toMatchObject({
      kind: "DEADLINE",
      due: "2018-01-16",
      flags: [],
    });
    expect(parse("01/06/23", undefined, us)).toMatchObject({
      due: "2023-01-06",
      flags: ["date-ambiguous"],
    });
    expect(parse("30/04/23", undefined, us)).toMatchObject({
      kind: "MISSING",
      flags: ["date-invalid"],
      suggestion: "2023-04-30",
    });
  });
});

describe("dates written other ways", () => {
  it.each([
    ["30.09.2022", "2022-09-30"],
    ["30-09-2022", "2022-09-30"],
    ["2022-09-30", "2022-09-30"],
    ["April 1, 2018", "2018-04-01"],
    ["4th of August 2022", "2022-08-04"],
    ["By the end of June 2022", "2022-06-30"],
    ["To be completed by end of May 2022", "2022-05-31"],
    ["Mar22", "2022-03-31"],
    ["05/2023", "2023-05-31"],
    ["4/18", "2018-04-30"],
  ])("%j is due %s", (raw, due) => {
    expect(parse(raw)).toMatchObject({ kind: "DEADLINE", due });
  });

  it("takes month-end days as written (BCP mixes 30/12/22 and 31/12/22)", () => {
    expect(parse("30/12/22").due).toBe("2022-12-30");
    expect(parse("31/12/22").due).toBe("2022-12-31");
  });

  it("rejects impossible days rather than rolling them over", () => {
    expect(parse("31/06/2022")).toMatchObject({ kind: "MISSING", flags: ["date-invalid"] });
    expect(parse("29/02/2023").flags).toEqual(["date-invalid"]);
    expect(parse("29/02/2024").due).toBe("2024-02-29");
    expect(parse("31 June 2022").flags).toEqual(["date-invalid"]);
  });

  it("does not flag d/m as ambiguous when both parts are the same", () => {
    expect(parse("05/05/23").flags).toEqual([]);
  });

  it("borrows the year for the first month of a window from the previous year when it is later", () => {
    expect(parse("Nov to Feb 2023")).toMatchObject({
      kind: "WINDOW",
      start: "2022-11-01",
      due: "2023-02-28",
    });
    expect(parse("June-Sept 2022")).toMatchObject({
      kind: "WINDOW",
      start: "2022-06-01",
      due: "2022-09-30",
    });
    expect(parse("01/04/2022 to 30/06/2022")).toMatchObject({
      kind: "WINDOW",
      start: "2022-04-01",
      due: "2022-06-30",
    });
  });

  it("calls a window that ends before it starts date-invalid", () => {
    expect(parse("Sept 2022 to May 2022")).toMatchObject({
      kind: "MISSING",
      flags: ["date-invalid"],
    });
  });

  it("reads revision wording between several dates", () => {
    expect(parse("30/06/2022 revised to 23/11/2022")).toMatchObject({
      due: "2022-11-23",
      revisions: ["2022-06-30"],
      flags: ["date-multiple"],
    });
  });

  it("says date-no-year for months, seasons and day-months without a year", () => {
    for (const raw of ["Jun", "By June", "June to Sept", "1 April", "22/05", "Spring"])
      expect(parse(raw)).toMatchObject({ kind: "MISSING", flags: ["date-no-year"] });
  });

  it("calls prose and unknown words unparseable, not missing", () => {
    for (const raw of ["may be delayed", "Complete", "when funding allows", "2017-19", "#N/A"])
      expect(parse(raw)).toMatchObject({ kind: "MISSING", flags: ["timescale-unparseable"] });
  });

  it("treats TBC, n/a and a dash as no timescale yet", () => {
    for (const raw of ["TBC", "n/a", "-", "  "])
      expect(parse(raw)).toMatchObject({ kind: "MISSING", flags: ["timescale-missing"] });
  });

  it("reads Ongoing with a remark that has no date", () => {
    expect(parse("Ongoing - reviewed monthly")).toMatchObject({
      kind: "ONGOING",
      flags: ["timescale-open"],
    });
    expect(parse("Ongoing from May 2022")).toMatchObject({
      kind: "ONGOING_FROM",
      start: "2022-05-01",
    });
  });

  it("raises text-normalise for NBSP, split ordinals and spaced years, and still reads the date", () => {
    expect(parse("By\u00a0June 2022")).toMatchObject({
      due: "2022-06-30",
      flags: ["text-normalise"],
    });
    expect(parse("18 March 2 0 2 2")).toMatchObject({
      due: "2022-03-18",
      flags: ["text-normalise"],
    });
  });

  it("ignores HTML around a date", () => {
    expect(parse("<p>30/06/2022</p>").due).toBe("2022-06-30");
  });
});

describe("numbers", () => {
  it("reads serials with a day format as that day, with a month format as the month end, with a year format as the year", () => {
    expect(parse(44834, "dd/mm/yyyy").due).toBe("2022-09-30");
    expect(parse(44834, "d mmmm yyyy").due).toBe("2022-09-30");
    expect(parse(44805, "mmmm yyyy").due).toBe("2022-09-30");
    expect(parse(44805.75, "[$-809]dd/mm/yyyy hh:mm").due).toBe("2022-09-01");
    expect(parse(44805, "yyyy")).toMatchObject({ due: "2022-12-31", approx: true });
  });

  it("will not guess that a plain number is a date", () => {
    expect(parse(43191)).toMatchObject({ kind: "MISSING", flags: ["timescale-unparseable"] });
    expect(parse(43191, "General").flags).toEqual(["timescale-unparseable"]);
    expect(parse(43191, "0.00").flags).toEqual(["timescale-unparseable"]);
  });

  it("refuses serial 0, serial 60 (Excel's fictitious 29 Feb 1900) and negative serials", () => {
    expect(parse(0, "dd/mm/yyyy").flags).toEqual(["date-serial-zero"]);
    expect(parse(60, "dd/mm/yyyy").flags).toEqual(["date-invalid"]);
    expect(parse(-5, "dd/mm/yyyy").flags).toEqual(["timescale-unparseable"]);
  });

  it("calls blank cells missing and booleans unparseable", () => {
    expect(parseTimescale(null, undefined, DEFAULT_DATE_POLICY).flags).toEqual([
      "timescale-missing",
    ]);
    expect(parseTimescale(true, undefined, DEFAULT_DATE_POLICY).flags).toEqual([
      "timescale-unparseable",
    ]);
  });
});

describe("a week named by its first day", () => {
  it.each([
    ["w/c 10/02/2025", "2025-02-10", "2025-02-16"],
    ["W/C 10 February 2025", "2025-02-10", "2025-02-16"],
    ["week commencing 31st March 2025", "2025-03-31", "2025-04-06"],
    ["w/b 29/12/2025", "2025-12-29", "2026-01-04"],
  ])("%j is that week, overdue once it has passed", (raw, start, due) => {
    expect(parse(raw)).toMatchObject({ kind: "WINDOW", start, due });
    expect(parse(raw).flags).not.toContain("timescale-open");
  });

  it("leaves a month after w/c to the open-ended form, as before", () => {
    expect(parse("w/c May 2025")).toMatchObject({ kind: "ONGOING_FROM", start: "2025-05-01" });
  });
});
