/** @jest-environment node */
import fc from "fast-check";
import {
  abs,
  add,
  cmp,
  fromNumber,
  fromString,
  mul,
  neg,
  sub,
  toNumber,
  toString,
  type Decimal,
} from "../../../src/core/model/decimal";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

const d = (value: number): Decimal => {
  const decimal = fromNumber(value);
  if (decimal === null) throw new Error(`test value ${value} is not finite`);
  return decimal;
};

/** docs/RATINGS.md#target-vs-actual rules 1 and 3: is the shortfall within tolerance × |target|? */
const shortfallWithinTolerance = (
  target: number,
  actual: number,
  polarity: "higher" | "lower",
  tolerance: number
): -1 | 0 | 1 => {
  const shortfall = polarity === "higher" ? sub(d(target), d(actual)) : sub(d(actual), d(target));
  return cmp(shortfall, mul(d(tolerance), abs(d(target))));
};

describe("exact decimals for the target-vs-actual boundary (docs/RATINGS.md#target-vs-actual rule 7)", () => {
  it("floating point gets the M60 boundary wrong, which is why this exists", () => {
    expect(0.126 - 0.12 > 0.05 * 0.12).toBe(true);
  });

  it("12.6% vs 12% (lower is better) at 5% is exactly on the boundary, in percent points and as Excel stores it", () => {
    expect(shortfallWithinTolerance(12, 12.6, "lower", 0.05)).toBe(0);
    expect(shortfallWithinTolerance(0.12, 0.126, "lower", 0.05)).toBe(0);
  });

  it("85.5% vs 90% (higher is better) at 5% is exactly on the boundary", () => {
    expect(shortfallWithinTolerance(90, 85.5, "higher", 0.05)).toBe(0);
    expect(shortfallWithinTolerance(0.9, 0.855, "higher", 0.05)).toBe(0);
  });

  it("separates the docs/RATINGS.md#target-vs-actual cases that are really over or under", () => {
    expect(shortfallWithinTolerance(21.5, 23.8, "lower", 0.05)).toBe(1); // M67 April: red
    expect(shortfallWithinTolerance(90, 85.7, "higher", 0.05)).toBe(-1); // M03 April: amber
    expect(shortfallWithinTolerance(68, 64, "higher", 0.05)).toBe(1); // same placement: worse than target
  });

  it("does arithmetic exactly", () => {
    expect(toString(add(d(0.1), d(0.2)))).toBe("0.3");
    expect(toString(sub(d(0.126), d(0.12)))).toBe("0.006");
    expect(toString(mul(d(0.05), d(0.12)))).toBe("0.006");
    expect(toString(neg(d(1.5)))).toBe("-1.5");
    expect(toString(abs(d(-0.006)))).toBe("0.006");
    expect(toNumber(mul(d(1.1), d(1.1)))).toBe(1.21);
    expect(cmp(d(1.5), d(1.5))).toBe(0);
  });

  it("reads exponent notation and refuses what is not a number", () => {
    expect(toString(d(1e-7))).toBe("0.0000001");
    expect(toString(d(1.5e21))).toBe("1500000000000000000000");
    expect(fromString("12.6")).toEqual({ units: 126n, scale: 1 });
    expect(fromNumber(Number.NaN)).toBeNull();
    expect(fromNumber(Number.POSITIVE_INFINITY)).toBeNull();
    expect(fromString("abc")).toBeNull();
    expect(fromString(".")).toBeNull();
    expect(fromString("1e99999")).toBeNull();
  });

  it(
    "round-trips every finite number to 15 significant digits and compares as the numbers do",
    () => {
      fc.assert(
        fc.property(
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          fc.double({ noNaN: true, noDefaultInfinity: true }),
          (a, b) => {
            const [x, y] = [Number(a.toPrecision(15)), Number(b.toPrecision(15))];
            expect(toNumber(d(a))).toBe(x === 0 ? 0 : x);
            expect(cmp(d(a), d(b))).toBe(x < y ? -1 : x > y ? 1 : 0);
            expect(cmp(sub(d(a), d(b)), neg(sub(d(b), d(a))))).toBe(0);
          }
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});
