import type { RangeArea } from "../core/model/address";
import type { LearntDensity } from "./response-bytes";
import { syncInHalves } from "./sync-in-halves";

/** A rectangle of one sheet to read with one range proxy. */
export interface AreaPiece {
  sheet: string;
  area: RangeArea;
}

export interface ReadBudget {
  /**
   * Largest response one sync should bring back: 4 MB, a quarter under Excel on the web's 5 MB, so an
   * estimate that is somewhat low still fits (docs/EXCEL.md#limits).
   */
  maxBytes: number;
  /** Cells per range proxy, well under the 5,000,000 at which Excel returns null instead of failing. */
  maxCells: number;
  density: LearntDensity;
}

const rowsIn = (area: RangeArea): number => area.bottom - area.top + 1;
const columnsIn = (area: RangeArea): number => area.right - area.left + 1;
export const cellsIn = (area: RangeArea): number => rowsIn(area) * columnsIn(area);

/** Halve a piece's rows when Excel refuses its payload after all; a single row cannot be cut further. */
export const halveRows = <P extends AreaPiece>(piece: P): P[] | null => {
  if (rowsIn(piece.area) <= 1) return null;
  const middle = piece.area.top + Math.ceil(rowsIn(piece.area) / 2) - 1;
  return [
    { ...piece, area: { ...piece.area, bottom: middle } },
    { ...piece, area: { ...piece.area, top: middle + 1 } },
  ];
};

/**
 * Take pieces from the front of `pending` (cutting one by rows where the budget ends) until the
 * expected response reaches `maxBytes`; never an empty group while anything is pending (one row at
 * least, however wide). `pending` keeps what is left.
 */
export const takeGroup = <P extends AreaPiece>(
  pending: P[],
  maxBytes: number,
  budget: Omit<ReadBudget, "maxBytes">
): P[] => {
  const group: P[] = [];
  let bytes = 0;
  while (pending.length > 0) {
    const piece = pending[0];
    const rowBytes = budget.density.perCell(piece.sheet) * columnsIn(piece.area);
    const byBytes = Math.floor((maxBytes - bytes) / rowBytes);
    const byCells = Math.max(1, Math.floor(budget.maxCells / columnsIn(piece.area)));
    const rows = Math.min(group.length === 0 ? Math.max(1, byBytes) : byBytes, byCells);
    if (rows <= 0) break;
    if (rows >= rowsIn(piece.area)) {
      group.push(piece);
      pending.shift();
    } else {
      group.push({ ...piece, area: { ...piece.area, bottom: piece.area.top + rows - 1 } });
      pending[0] = { ...piece, area: { ...piece.area, top: piece.area.top + rows } };
    }
    bytes += Math.min(rows, rowsIn(piece.area)) * rowBytes;
  }
  return group;
};

/** After a group's sync: learn each sheet's bytes per cell from what came back. */
export const learnFrom = <P extends AreaPiece, L>(
  density: LearntDensity,
  loaded: readonly { piece: P; loaded: L }[],
  bytesOf: (loaded: L) => number
): void => {
  for (const entry of loaded)
    density.learn(entry.piece.sheet, cellsIn(entry.piece.area), bytesOf(entry.loaded));
};

/**
 * Read every piece in as few syncs as its bytes allow: each group sized so its expected response
 * stays under `maxBytes`, the expectation learnt from every group that came back (a sheet's rows are
 * alike, so what was read predicts the rest). Only if Excel refuses a group after all is it halved
 * and retried (syncInHalves), so a wrong estimate costs a round trip, never the read.
 */
export const readInBudget = async <P extends AreaPiece, L>(
  sync: () => Promise<void>,
  pieces: readonly P[],
  queue: (piece: P) => () => L,
  bytesOf: (loaded: L) => number,
  budget: ReadBudget
): Promise<{ piece: P; loaded: L }[]> => {
  const pending = [...pieces];
  const results: { piece: P; loaded: L }[] = [];
  while (pending.length > 0) {
    const group = takeGroup(pending, budget.maxBytes, budget);
    const loaded = await syncInHalves(sync, group, queue, halveRows);
    learnFrom(budget.density, loaded, bytesOf);
    results.push(...loaded);
  }
  return results;
};
