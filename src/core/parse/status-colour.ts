import type { RagLevel } from "../model/rag-level";

/** The legend entry a fill was matched to, and how far apart they are (CIE76 ΔE; about 2.3 is just noticeable). */
export interface ColourMatch {
  level: RagLevel;
  fill: string;
  distance: number;
}

/**
 * Default largest ΔE still read as the same colour. Theme tints and "Excel green" versus a hand-picked
 * green differ by a few units; neighbouring RAG colours (amber and yellow, green and light green) by
 * 25 or more. A fill further than this from every legend colour is unknown: unrated, with a warning
 * (docs/STATUSES.md rule 3).
 */
export const DEFAULT_MAX_COLOUR_DISTANCE = 20;

/** "#RRGGBB", "RRGGBB", "#RGB" or ARGB "FFRRGGBB" (exceljs writes ARGB) → [r, g, b], else null. */
const parseFill = (fill: string): [number, number, number] | null => {
  const hex = fill.trim().replace(/^#/, "");
  const full = /^[0-9a-f]{3}$/i.test(hex)
    ? hex.replace(/./g, "$&$&")
    : /^[0-9a-f]{8}$/i.test(hex)
      ? hex.slice(2)
      : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return null;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as [number, number, number];
};

// sRGB (D65) → CIE L*a*b*, so distances follow what people see rather than raw channel differences.
const toLab = ([r, g, b]: [number, number, number]): [number, number, number] => {
  const linear = (c: number): number => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number): number => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};

const deltaE = (a: [number, number, number], b: [number, number, number]): number =>
  Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

/**
 * The legend entry whose fill is nearest to `fill` (BCP colour-only RAG cells, matched through the
 * workbook's own key rows, never hard-coded hex). Null when the fill is unreadable, nothing is within
 * `maxDistance`, or two levels are equally near.
 */
export const nearestColourMatch = (
  fill: string,
  legend: ReadonlyArray<{ level: RagLevel; fill: string }>,
  maxDistance: number = DEFAULT_MAX_COLOUR_DISTANCE
): ColourMatch | null => {
  const rgb = parseFill(fill);
  if (!rgb) return null;
  const lab = toLab(rgb);
  let best: ColourMatch | null = null;
  let tie = false;
  for (const entry of legend) {
    const other = parseFill(entry.fill);
    if (!other) continue;
    const distance = deltaE(lab, toLab(other));
    if (best === null || distance < best.distance - 1e-9) {
      best = { level: entry.level, fill: entry.fill, distance };
      tie = false;
    } else if (Math.abs(distance - best.distance) <= 1e-9 && entry.level !== best.level) tie = true;
  }
  return best !== null && !tie && best.distance <= maxDistance ? best : null;
};

/** The level of the nearest legend colour, or null when nothing is close enough (see nearestColourMatch). */
export const nearestLevelByColour = (
  fill: string,
  legend: ReadonlyArray<{ level: RagLevel; fill: string }>,
  maxDistance: number = DEFAULT_MAX_COLOUR_DISTANCE
): RagLevel | null => nearestColourMatch(fill, legend, maxDistance)?.level ?? null;
