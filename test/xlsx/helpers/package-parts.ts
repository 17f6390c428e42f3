import JSZip from "jszip";

/**
 * A package's parts as text (or bytes for binary parts), for comparing a copy with its input part
 * by part: which parts were added, removed, or differ in content.
 */
export type Parts = Map<string, Uint8Array>;

export const partsOf = async (bytes: Uint8Array): Promise<Parts> => {
  const zip = await JSZip.loadAsync(bytes);
  const parts: Parts = new Map();
  for (const [path, entry] of Object.entries(zip.files))
    if (!entry.dir) parts.set(path, await entry.async("uint8array"));
  return parts;
};

const same = (a: Uint8Array, b: Uint8Array): boolean =>
  a.length === b.length && Buffer.from(a).equals(Buffer.from(b));

export interface PartDifference {
  added: string[];
  removed: string[];
  changed: string[];
}

export const compareParts = (before: Parts, after: Parts): PartDifference => ({
  added: [...after.keys()].filter((path) => !before.has(path)).sort(),
  removed: [...before.keys()].filter((path) => !after.has(path)).sort(),
  changed: [...before.keys()]
    .filter(
      (path) =>
        after.has(path) && !same(before.get(path) as Uint8Array, after.get(path) as Uint8Array)
    )
    .sort(),
});

export const partText = (parts: Parts, path: string): string =>
  Buffer.from(parts.get(path) ?? new Uint8Array()).toString("utf8");
