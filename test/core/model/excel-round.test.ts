/** @jest-environment node */
import fc from "fast-check";
import { excelRound } from "../../../src/core/model/excel-round";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

describe("excelRound: Excel ROUND, half away from zero on the shown decimal (docs/RATINGS.md#thurrock-averages point 8)", () => {
  it.each([
    [2.75, 1, 2.8],
    [3.25, 1, 3.3],
    [2.25, 1, 2.3],
    [1.45, 1, 1.5],
    [1.005, 2, 1.01],
    [1.5, 0, 2],
    [2.5, 0, 3],
    [-2.5, 0, -3],
    [22 / 8, 1, 2.8], // Thurrock P1 RAG initial
    [31 / 13, 1, 2.4],
    [2.0833333333333335, 1, 2.1],
    [2.5833333333333335, 1, 2.6],
    [(53 / 236) * 100, 0, 22], // GCC QA tracker: 53 of 236 actions
    [1234.5, -2, 1200],
    [1250, -2, 1300],
    [-0.4, 0, 0],
  ])("ROUND(%d, %d) = %d", (x, digits, expected) => {
    expect(excelRound(x, digits)).toBe(expected);
  });

  it("disagrees with JavaScript exactly where docs/RATINGS.md says JavaScript is wrong", () => {
    expect(Number((1.45).toFixed(1))).toBe(1.4);
    expect(Number((1.005).toFixed(2))).toBe(1);
    expect(Math.round(-2.5)).toBe(-2);
  });

  it("truncates non-integer digits as Excel does, returns NaN and infinities unchanged, and never gives −0", () => {
    expect(excelRound(2.75, 1.9)).toBe(2.8);
    expect(excelRound(Number.NaN, 1)).toBeNaN();
    expect(excelRound(Number.POSITIVE_INFINITY, 1)).toBe(Number.POSITIVE_INFINITY);
    expect(Object.is(excelRound(-0.4, 0), 0)).toBe(true);
  });

  it(
    "is symmetric about zero, idempotent, and within half a unit of the input",
    () => {
      fc.assert(
        fc.property(
          fc.double({ min: -1e9, max: 1e9, noNaN: true }),
          fc.integer({ min: 0, max: 6 }),
          (x, digits) => {
            const rounded = excelRound(x, digits);
            expect(excelRound(-x, digits)).toBe(rounded === 0 ? 0 : -rounded);
            expect(excelRound(rounded, digits)).toBe(rounded);
            expect(Math.abs(rounded - x)).toBeLessThanOrEqual(0.5 * 10 ** -digits + 1e-6);
          }
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});
