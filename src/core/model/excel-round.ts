import { fromNumber, roundHalfAwayFromZero, toNumber } from "./decimal";

/**
 * Excel's ROUND: half away from zero, on the decimal the cell shows rather than on the binary float.
 * JavaScript gets these wrong (docs/RATINGS.md#thurrock-averages point 8): `(1.45).toFixed(1)` is "1.4" and
 * `(1.005).toFixed(2)` is "1.00" because 1.45 and 1.005 are stored slightly below themselves, and
 * `Math.round(-2.5)` is −2. Excel gives 1.5, 1.01 and −3.
 *
 * `digits` is truncated to an integer, as Excel truncates num_digits; negative digits round to tens,
 * hundreds… NaN and infinities come back unchanged.
 */
export const excelRound = (x: number, digits: number): number => {
  const decimal = fromNumber(x);
  if (decimal === null || !Number.isFinite(digits)) return x;
  const places = Math.trunc(digits);
  // Past 15 significant digits there is nothing left to round (Excel's precision).
  if (places > 20) return toNumber(decimal);
  const rounded = toNumber(roundHalfAwayFromZero(decimal, Math.max(places, -330)));
  return rounded === 0 ? 0 : rounded; // never −0
};
