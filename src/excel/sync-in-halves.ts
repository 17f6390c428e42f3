import { isPayloadLimitError } from "./office-errors";

/**
 * Queue a load for every piece and sync ONCE. Only if Excel on the web refuses the payload after all
 * (5 MB, docs/EXCEL.md#limits; callers size groups to stay under it, read-in-budget.ts) is the group halved
 * and retried, and a lone piece cut by `split`: a wrong estimate costs round trips, never the read.
 * `sync` is the context's, through the caller's counter. Returns every piece that was loaded.
 */
export const syncInHalves = async <Piece, Loaded>(
  sync: () => Promise<void>,
  pieces: Piece[],
  queue: (piece: Piece) => () => Loaded,
  split: (piece: Piece) => Piece[] | null
): Promise<{ piece: Piece; loaded: Loaded }[]> => {
  const results: { piece: Piece; loaded: Loaded }[] = [];
  const pending: Piece[][] = pieces.length > 0 ? [pieces] : [];
  while (pending.length > 0) {
    const group = pending.shift() ?? [];
    const readers = group.map(queue);
    try {
      // One group unless Excel refused the payload: never a sync per item.
      await sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      const middle = Math.ceil(group.length / 2);
      const smaller =
        group.length > 1
          ? [group.slice(0, middle), group.slice(middle)]
          : (split(group[0]) ?? []).map((piece) => [piece]);
      if (smaller.length === 0) throw error;
      pending.unshift(...smaller);
      continue;
    }
    group.forEach((piece, i) => results.push({ piece, loaded: readers[i]() }));
  }
  return results;
};
