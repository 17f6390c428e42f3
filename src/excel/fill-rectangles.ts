import type { RangeArea } from "../core/model/address";

export interface FillRectangle {
  area: RangeArea;
  /** null: leave the fill as it is; "": remove it. */
  colour: string | null;
}

/** A rectangle of cells that all take the same setting. */
export interface SameRectangle<T> {
  area: RangeArea;
  cell: T;
}

/**
 * Cover a block of per-cell settings with few rectangles of one setting: runs along each row, stacked
 * while the row below repeats them. Without setCellProperties (ExcelApi < 1.9) each rectangle costs one
 * range proxy; per-cell fills took about 31 s for 25,000 cells (office-js#12), a RAG column takes a
 * handful. `keyOf` says when two cells take the same setting.
 */
export const sameRectangles = <T>(
  top: number,
  left: number,
  cells: readonly (readonly T[])[],
  keyOf: (cell: T) => string
): SameRectangle<T>[] => {
  const done: SameRectangle<T>[] = [];
  let open = new Map<string, SameRectangle<T>>();
  cells.forEach((row, r) => {
    const next = new Map<string, SameRectangle<T>>();
    let start = 0;
    for (let c = 1; c <= row.length; c += 1) {
      const key = keyOf(row[start]);
      if (c < row.length && keyOf(row[c]) === key) continue;
      const run = `${start}:${c - 1}:${key}`;
      const above = open.get(run);
      if (above) {
        above.area.bottom = top + r;
        open.delete(run);
        next.set(run, above);
      } else {
        next.set(run, {
          cell: row[start],
          area: { top: top + r, bottom: top + r, left: left + start, right: left + c - 1 },
        });
      }
      start = c;
    }
    done.push(...open.values());
    open = next;
  });
  done.push(...open.values());
  return done;
};

const normalise = (colour: string | null): string | null =>
  colour === null ? null : colour.toUpperCase();

export const fillRectangles = (
  top: number,
  left: number,
  colours: readonly (readonly (string | null)[])[]
): FillRectangle[] =>
  sameRectangles(top, left, colours, (colour) => normalise(colour) ?? "").map(({ area, cell }) => ({
    area,
    colour: normalise(cell),
  }));
