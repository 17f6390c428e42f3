/**
 * A cell's solid fill as "#RRGGBB", however the file spells the colour: ARGB, a theme colour with a
 * tint, or a legacy indexed colour. BCP's RAG exists only as this fill (docs/LAYOUTS.md#bcp), so it must be
 * read whichever way the council's Excel saved it.
 */

/**
 * The default Office theme (Office 2013-2022), in SpreadsheetML theme-index order: Excel swaps the
 * first two pairs of the theme's clrScheme, so index 0 is lt1 (window, white) and 1 is dk1 (text, black).
 */
const OFFICE_THEME = [
  "FFFFFF",
  "000000",
  "E7E6E6",
  "44546A",
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "0563C1",
  "954F72",
];

/** The legacy 64-colour palette of `indexed` colours; 64 and 65 are the system text and window colours. */
const INDEXED_PALETTE = [
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "000000",
  "FFFFFF",
  "FF0000",
  "00FF00",
  "0000FF",
  "FFFF00",
  "FF00FF",
  "00FFFF",
  "800000",
  "008000",
  "000080",
  "808000",
  "800080",
  "008080",
  "C0C0C0",
  "808080",
  "9999FF",
  "993366",
  "FFFFCC",
  "CCFFFF",
  "660066",
  "FF8080",
  "0066CC",
  "CCCCFF",
  "000080",
  "FF00FF",
  "FFFF00",
  "00FFFF",
  "800080",
  "800000",
  "008080",
  "0000FF",
  "00CCFF",
  "CCFFFF",
  "CCFFCC",
  "FFFF99",
  "99CCFF",
  "FF99CC",
  "CC99FF",
  "FFCC99",
  "3366FF",
  "33CCCC",
  "99CC00",
  "FFCC00",
  "FF9900",
  "FF6600",
  "666699",
  "969696",
  "003366",
  "339966",
  "003300",
  "333300",
  "993300",
  "993366",
  "333399",
  "333333",
  "000000",
  "FFFFFF",
];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

interface Rgb {
  r: number;
  g: number;
  b: number;
}

const toRgb = (hex: string): Rgb => ({
  r: parseInt(hex.slice(0, 2), 16),
  g: parseInt(hex.slice(2, 4), 16),
  b: parseInt(hex.slice(4, 6), 16),
});

const toHex = ({ r, g, b }: Rgb): string =>
  `#${[r, g, b]
    .map((c) =>
      Math.min(255, Math.max(0, Math.round(c)))
        .toString(16)
        .padStart(2, "0")
    )
    .join("")
    .toUpperCase()}`;

const hueToChannel = (p: number, q: number, t: number): number => {
  const h = t < 0 ? t + 1 : t > 1 ? t - 1 : t;
  if (h < 1 / 6) return p + (q - p) * 6 * h;
  if (h < 1 / 2) return q;
  if (h < 2 / 3) return p + (q - p) * (2 / 3 - h) * 6;
  return p;
};

/**
 * ECMA-376 §18.8.19 tint: in HLS, a negative tint darkens (L × (1 + tint)), a positive one lightens
 * (L × (1 − tint) + tint); hue and saturation are kept.
 */
export const applyTint = (hex: string, tint: number): string => {
  const rgb = toRgb(hex);
  if (!Number.isFinite(tint) || tint === 0) return toHex(rgb);
  const r = rgb.r / 255;
  const g = rgb.g / 255;
  const b = rgb.b / 255;
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const lightness = (max + min) / 2;
  const delta = max - min;
  let hue = 0;
  let saturation = 0;
  if (delta !== 0) {
    saturation = lightness > 0.5 ? delta / (2 - max - min) : delta / (max + min);
    if (max === r) hue = ((g - b) / delta + (g < b ? 6 : 0)) / 6;
    else if (max === g) hue = ((b - r) / delta + 2) / 6;
    else hue = ((r - g) / delta + 4) / 6;
  }
  const tinted = Math.min(
    1,
    Math.max(0, tint < 0 ? lightness * (1 + tint) : lightness * (1 - tint) + tint)
  );
  if (saturation === 0) return toHex({ r: tinted * 255, g: tinted * 255, b: tinted * 255 });
  const q = tinted < 0.5 ? tinted * (1 + saturation) : tinted + saturation - tinted * saturation;
  const p = 2 * tinted - q;
  return toHex({
    r: hueToChannel(p, q, hue + 1 / 3) * 255,
    g: hueToChannel(p, q, hue) * 255,
    b: hueToChannel(p, q, hue - 1 / 3) * 255,
  });
};

/** A colour as exceljs reads it ({ argb } | { theme, tint? } | { indexed, tint? }), or null if it names none. */
export const colourToHex = (colour: unknown): string | null => {
  if (!isRecord(colour)) return null;
  const tint = typeof colour.tint === "number" ? colour.tint : 0;
  if (typeof colour.argb === "string" && /^([0-9A-Fa-f]{2})?[0-9A-Fa-f]{6}$/.test(colour.argb)) {
    return applyTint(colour.argb.slice(-6), tint);
  }
  if (typeof colour.theme === "number" && OFFICE_THEME[colour.theme] !== undefined)
    return applyTint(OFFICE_THEME[colour.theme], tint);
  if (typeof colour.indexed === "number" && INDEXED_PALETTE[colour.indexed] !== undefined)
    return applyTint(INDEXED_PALETTE[colour.indexed], tint);
  return null;
};

/** The colour of a solid pattern fill; gradients, hatch patterns and "none" are not fills a person picks for status. */
export const solidFillColour = (fill: unknown): string | null => {
  if (!isRecord(fill) || fill.type !== "pattern" || fill.pattern !== "solid") return null;
  return colourToHex(fill.fgColor);
};
