/**
 * A tiny exact decimal: an integer count of 10^-scale units. docs/RATINGS.md#target-vs-actual rule 7: in floating point
 * 0.126 − 0.12 = 0.006000000000000005 > 0.05 × 0.12 = 0.006, which turns an amber measure red (GCC M60,
 * 12.6% vs 12%). Read as decimals, both sides are exactly 0.006 and the boundary is amber, as intended.
 */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

/** Drop trailing zero digits so equal values have one form (1.50 → 1.5). */
const trim = (units: bigint, scale: number): Decimal => {
  let u = units;
  let s = scale;
  while (s > 0 && u % 10n === 0n) {
    u /= 10n;
    s -= 1;
  }
  return { units: u === 0n ? 0n : u, scale: u === 0n ? 0 : s };
};

/** Parse plain or exponent notation (`12.6`, `-0.006`, `1e-7`, `1.5e+21`); null if the text is not a number. */
export const fromString = (text: string): Decimal | null => {
  const match = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i.exec(text.trim());
  if (!match || (match[2] === "" && (match[3] ?? "") === "")) return null;
  const fraction = match[3] ?? "";
  const exponent = Number(match[4] ?? "0");
  if (!Number.isSafeInteger(exponent) || Math.abs(exponent) > 400) return null;
  let units = BigInt(`${match[2] || "0"}${fraction}`);
  let scale = fraction.length - exponent;
  if (scale < 0) {
    units *= pow10(-scale);
    scale = 0;
  }
  return trim(match[1] === "-" ? -units : units, scale);
};

// A measures grid repeats a few targets, actuals and tolerances thousands of times, and spelling a
// number out and parsing it into a BigInt is most of what rating a measure costs: each distinct number
// is read once. Decimals are immutable, so sharing one is safe; the map is emptied when it grows large.
const readNumbers = new Map<number, Decimal | null>();
const READ_NUMBERS_KEPT = 10_000;

/**
 * The decimal a spreadsheet number stands for. Excel keeps 15 significant digits, so the number is
 * read from its 15-significant-digit spelling (0.1 + 0.2 → 0.3). Null for NaN
 * and infinities, which are no amount at all.
 */
export const fromNumber = (value: number): Decimal | null => {
  const known = readNumbers.get(value);
  if (known !== undefined) return known;
  const decimal = Number.isFinite(value) ? fromString(value.toPrecision(15)) : null;
  if (readNumbers.size >= READ_NUMBERS_KEPT) readNumbers.clear();
  readNumbers.set(value, decimal);
  return decimal;
};

const align = (a: Decimal, b: Decimal): [bigint, bigint, number] => {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
};

export const add = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, scale] = align(a, b);
  return trim(x + y, scale);
};

export const sub = (a: Decimal, b: Decimal): Decimal => {
  const [x, y, scale] = align(a, b);
  return trim(x - y, scale);
};

export const mul = (a: Decimal, b: Decimal): Decimal => trim(a.units * b.units, a.scale + b.scale);

export const neg = (a: Decimal): Decimal => trim(-a.units, a.scale);

export const abs = (a: Decimal): Decimal => (a.units < 0n ? neg(a) : a);

/** −1, 0 or 1 as a is less than, equal to or greater than b: exactly, with no rounding. */
export const cmp = (a: Decimal, b: Decimal): -1 | 0 | 1 => {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
};

export const isZero = (a: Decimal): boolean => a.units === 0n;

/** Plain decimal notation, e.g. "-0.006". */
export const toString = (a: Decimal): string => {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, "0");
  const whole = digits.slice(0, digits.length - a.scale);
  const fraction = digits.slice(digits.length - a.scale);
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
};

/** The nearest JavaScript number (for display and storage; compare with cmp, not with this). */
export const toNumber = (a: Decimal): number => Number(toString(a));

/**
 * Round half away from zero to `digits` decimal places (negative digits round to tens, hundreds…),
 * as Excel's ROUND does (docs/RATINGS.md#thurrock-averages point 8).
 */
export const roundHalfAwayFromZero = (a: Decimal, digits: number): Decimal => {
  if (a.scale <= digits) return a;
  const divisor = pow10(a.scale - digits);
  const magnitude = a.units < 0n ? -a.units : a.units;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  const units = a.units < 0n ? -quotient : quotient;
  return digits >= 0 ? trim(units, digits) : trim(units * pow10(-digits), 0);
};
