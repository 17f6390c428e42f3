/**
 * How many bytes a read's response takes, to size the next reads under Excel on the web's 5 MB
 * response limit (docs/EXCEL.md#limits) before asking rather than after a refusal.
 */

/** UTF-8 bytes of a string: the limit is on bytes, and text such as "–" or "’" costs 2–3 each. */
export const utf8Length = (text: string): number => {
  let bytes = text.length;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    // A surrogate pair is two UTF-16 units and four UTF-8 bytes: two each.
    if (code >= 0x80) bytes += code < 0x800 || (code >= 0xd800 && code <= 0xdfff) ? 1 : 2;
  }
  return bytes;
};

/** Rows measured per block: enough to estimate, few enough that measuring 4 MB costs next to nothing. */
const SAMPLE_ROWS = 500;

/**
 * The JSON bytes of a 2D array as Excel sends it (values, number formats, cell properties): exact up
 * to SAMPLE_ROWS rows, above that evenly spaced rows measured and scaled to the whole.
 */
export const jsonBytesOfRows = (rows: readonly unknown[] | null | undefined): number => {
  if (!rows || rows.length === 0) return 0;
  const step = Math.ceil(rows.length / SAMPLE_ROWS);
  let bytes = 0;
  let sampled = 0;
  for (let i = 0; i < rows.length; i += step) {
    // The row and the comma after it.
    bytes += utf8Length(JSON.stringify(rows[i]) ?? "") + 1;
    sampled += 1;
  }
  // The brackets, less the comma after the last row.
  return Math.ceil((bytes * rows.length) / sampled) + 1;
};

/** Bytes per cell of a kind of read, learnt from what came back; the prior until something has. */
export interface LearntDensity {
  /** Bytes per cell expected from `sheet`: what it gave so far, else the prior. */
  perCell(sheet: string): number;
  learn(sheet: string, cells: number, bytes: number): void;
}

/**
 * Per sheet, because sheets differ (a grid of numbers is a third of a plan's text) while the rows of
 * one sheet are alike. A sheet not read yet gets the prior, never another sheet's figure, so a text
 * sheet after a numbers sheet is not underestimated.
 */
export const learntDensity = (prior: number): LearntDensity => {
  const seen = new Map<string, { bytes: number; cells: number }>();
  return {
    perCell: (sheet) => {
      const known = seen.get(sheet);
      return known && known.cells > 0 ? Math.max(1, known.bytes / known.cells) : prior;
    },
    learn: (sheet, cells, bytes) => {
      const known = seen.get(sheet) ?? { bytes: 0, cells: 0 };
      seen.set(sheet, { bytes: known.bytes + bytes, cells: known.cells + cells });
    },
  };
};
