/** Refs like "1.9" and "1.11" sort as numbers, part by part (docs/LAYOUTS.md#bcp: 1.9 < 1.11). */
export const REF_PATTERN = /^\d+(\.\d+)*$/;

export const comparePartLists = (pa: readonly number[], pb: readonly number[]): number => {
  for (let i = 0; i < Math.max(pa.length, pb.length); i += 1) {
    const diff = (pa[i] ?? -1) - (pb[i] ?? -1);
    if (diff !== 0) return diff;
  }
  return 0;
};
