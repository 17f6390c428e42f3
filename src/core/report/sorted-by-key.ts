/**
 * The items in the order a stable sort by one key gives (keys by `order`, ties in the items' own
 * order), found by putting each item under its key and sorting only the distinct keys: a plan of
 * 100,000 actions has tens of thousands of exceptions but a few hundred due dates and overdue counts
 * (docs/HISTORY.md#issue-6). `order` must tell any two distinct keys apart, as day counts and ISO dates are.
 */
export const sortedByKey = <T, K>(
  items: readonly T[],
  keyOf: (item: T) => K,
  order: (a: K, b: K) => number
): T[] => {
  const byKey = new Map<K, T[]>();
  // Indexed loops: a for-of makes an iterator result per step until the optimiser removes it.
  for (let i = 0; i < items.length; i += 1) {
    const item = items[i];
    const key = keyOf(item);
    const same = byKey.get(key);
    if (same === undefined) byKey.set(key, [item]);
    else same.push(item);
  }
  // Made at its size and filled: grown by push, a list of tens of thousands is copied as it grows.
  const sorted = new Array<T>(items.length);
  let at = 0;
  for (const key of [...byKey.keys()].sort(order)) {
    const same = byKey.get(key)!;
    for (let i = 0; i < same.length; i += 1) sorted[at++] = same[i];
  }
  return sorted;
};
