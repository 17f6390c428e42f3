/** @jest-environment node */
import fc from "fast-check";
import {
  isPercentFormat,
  parseMeasure,
  type MeasureReading,
} from "../../../src/core/parse/parse-measure";
import { anyCell, anyFormat } from "./arbitraries";
import {
  BCP_KPIS,
  GCC_MEASURE_VALUES,
  readCsv,
  SCORECARD_MEASURES,
  THURROCK_INDICATORS,
} from "./fixtures/domain-samples";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

describe("parseMeasure: one number, however the percent was written (docs/RATINGS.md#measures, docs/RULES.md rules 48–49)", () => {
  it.each<[string | number, string | undefined, Partial<MeasureReading>]>([
    [0.13, "0%", { kind: "number", value: 13, percent: true }],
    [0.126, "0.0%", { kind: "number", value: 12.6, percent: true }],
    [0.855, "0.0%", { kind: "number", value: 85.5, percent: true }],
    ["13%", undefined, { kind: "number", value: 13, percent: true, form: "percent-sign" }],
    [
      "81.6 %",
      undefined,
      { kind: "number", value: 81.6, percent: true, form: "percent-sign-spaced" },
    ],
    ["81.6\u00a0%", undefined, { kind: "number", value: 81.6, percent: true }],
    ["88.80%", undefined, { kind: "number", value: 88.8, percent: true }],
    ["Q1 4.2%", undefined, { kind: "number", value: 4.2, percent: true, periodNote: "Q1" }],
    ["94.6", undefined, { kind: "number", value: 94.6, percent: false }],
    [215.5, undefined, { kind: "number", value: 215.5, percent: false, form: "number" }],
    [328, "#,##0", { kind: "number", value: 328, percent: false }],
    ["1,157", undefined, { kind: "number", value: 1157, percent: false }],
    ["4-7", undefined, { kind: "range", low: 4, high: 7, percent: false }],
    ["40% - 50%", undefined, { kind: "range", low: 40, high: 50, percent: true }],
    ["381 (167)", undefined, { kind: "text", text: "381 (167)" }],
    ["High 25", undefined, { kind: "text", text: "High 25" }],
    ["15 Ave", undefined, { kind: "text", text: "15 Ave" }],
    ["10-23 (1 at 30)", undefined, { kind: "text" }],
    ["Autumn term", undefined, { kind: "text", text: "Autumn term" }],
    ["88.80% Only collected quarterly", undefined, { kind: "text" }],
    ["?", undefined, { kind: "text", text: "?" }],
    ["#N/A", undefined, { kind: "text", text: "#N/A" }],
    ["-", undefined, { kind: "null-token", text: "-" }],
    ["n/a", undefined, { kind: "null-token", text: "n/a" }],
    ["N/A", undefined, { kind: "null-token", text: "N/A" }],
    ["", undefined, { kind: "blank" }],
    ["  ", undefined, { kind: "blank" }],
  ])("%j (format %j)", (value, format, expected) => {
    expect(parseMeasure(value, format)).toMatchObject(expected);
  });

  it("does not read a date-formatted number as a measure", () => {
    expect(parseMeasure(43191, "dd/mm/yyyy")).toEqual({ kind: "text", text: "2018-04-01" });
  });

  it("takes the council's own null tokens instead of the defaults", () => {
    expect(parseMeasure("?", undefined, { nullTokens: ["?", "n/a"] })).toEqual({
      kind: "null-token",
      text: "?",
    });
    expect(parseMeasure("-", undefined, { nullTokens: ["?"] })).toMatchObject({ kind: "text" });
  });

  it("recognises percent formats but not quoted or bracketed % signs", () => {
    expect(["0%", "0.0%", "0.00%;[Red]-0.00%"].every(isPercentFormat)).toBe(true);
    expect(['0" %"', "0.00", "General", "[%]0", undefined].some(isPercentFormat)).toBe(false);
  });
});

describe("the docs/SAMPLES.md sample values", () => {
  it("reads every GCC target and actual (docs/SAMPLES.md#gcc-measures) as percent points", () => {
    for (const row of readCsv(GCC_MEASURE_VALUES)) {
      for (const raw of [row.target_raw, row.actual_raw]) {
        const reading = parseMeasure(raw === "" ? null : raw, undefined);
        if (raw === "") expect(reading).toEqual({ kind: "blank" });
        else if (row.metric_id === "M34")
          expect(reading).toMatchObject({ kind: "number", value: 17, percent: false });
        else
          expect(reading).toMatchObject({
            kind: "number",
            value: Number(raw.replace(/\s?%$/, "")),
            percent: true,
          });
      }
    }
  });

  it("reads the BCP KPI grid (docs/SAMPLES.md#bcp): percents, counts, dashes, n/a, quarter notes and term names", () => {
    const kinds = new Map<string, number>();
    for (const row of readCsv(BCP_KPIS))
      for (const [column, raw] of Object.entries(row)) {
        if (column === "_priority" || column === "") continue;
        const reading = parseMeasure(raw === "" ? null : raw, undefined);
        kinds.set(reading.kind, (kinds.get(reading.kind) ?? 0) + 1);
        if (reading.kind === "text")
          expect(["Autumn term", "Spring term", "Summer term"]).toContain(raw);
      }
    expect(Object.fromEntries(kinds)).toEqual({
      number: 169,
      "null-token": 20,
      blank: 18,
      text: 3,
    });
    const sgo = readCsv(BCP_KPIS).find((row) => row[""] === "Percentage leaving care with SGO");
    expect(parseMeasure(sgo?.["Sep 22"] ?? null, undefined)).toEqual({
      kind: "number",
      value: 12.3,
      percent: true,
      periodNote: "Q2",
      form: "percent-sign",
    });
  });

  it("reads the Thurrock indicators (docs/SAMPLES.md#thurrock): 94.6 without a % sign is a plain number beside 99.7%", () => {
    const rows = readCsv(THURROCK_INDICATORS);
    expect(parseMeasure(rows[0].Polarity, undefined)).toEqual({
      kind: "text",
      text: "Asked John Cooke",
    });
    expect(parseMeasure(rows[2].Jul, undefined)).toMatchObject({ value: 99.7, percent: true });
    expect(parseMeasure(rows[5].Jul, undefined)).toMatchObject({ value: 94.6, percent: false });
    expect(parseMeasure(rows[14].Notes, undefined)).toMatchObject({ kind: "text" });
    expect(parseMeasure(rows[15].Notes, undefined)).toMatchObject({
      kind: "number",
      value: 69.4,
      percent: true,
    });
  });

  it("reads the scorecard (docs/SAMPLES.md#scorecard): every value a percent, `n/a` a null token, `?` text", () => {
    for (const row of readCsv(SCORECARD_MEASURES)) {
      for (const column of ["Jun21", "Sep21", "Dec21", "Mar22", "Actual Jun22", "Target Jun22"])
        expect(parseMeasure(row[column], undefined)).toMatchObject({
          kind: "number",
          percent: true,
        });
      const comparator = parseMeasure(row["Comparator Group"], undefined);
      expect(["number", "null-token", "text"]).toContain(comparator.kind);
      if (row["Comparator Group"] === "?") expect(comparator.kind).toBe("text");
    }
  });
});

describe("parseMeasure on arbitrary input", () => {
  it(
    "never throws and returns a well-formed reading",
    () => {
      fc.assert(
        fc.property(anyCell, anyFormat, (value, format) => {
          const reading = parseMeasure(value, format);
          switch (reading.kind) {
            case "number":
              expect(Number.isFinite(reading.value)).toBe(true);
              expect(typeof reading.percent).toBe("boolean");
              break;
            case "range":
              expect(reading.low).toBeLessThanOrEqual(reading.high);
              break;
            case "text":
            case "null-token":
              expect(reading.text.trim()).not.toBe("");
              break;
            case "blank":
              break;
            default:
              throw new Error(`unexpected reading ${JSON.stringify(reading)}`);
          }
        }),
        { numRuns: 3000 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "gives exactly the percent points Excel shows for any fraction with a % format",
    () => {
      fc.assert(
        fc.property(fc.integer({ min: -100_000, max: 100_000 }), (tenths) => {
          const reading = parseMeasure(tenths / 1000, "0.0%");
          expect(reading).toMatchObject({ kind: "number", value: tenths / 10, percent: true });
        })
      );
    },
    PROPERTY_TIMEOUT
  );
});
