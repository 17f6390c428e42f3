import { HashPlaces, textHash } from "../../../../src/core/validate/shared/hash-places";

describe("HashPlaces", () => {
  it("keeps a place per hash, as a Map would, across clashes of slots", () => {
    const places = new HashPlaces(1000);
    const map = new Map<number, number>();
    // Hashes spread over the whole 30-bit range and crowded at one end, so slots clash.
    const hashes = Array.from({ length: 1000 }, (_, i) =>
      i % 2 === 0 ? i : (Math.imul(i, 2654435761) >>> 2) & 0x3fffffff
    );
    hashes.forEach((hash, i) => {
      expect(places.get(hash)).toBe(map.get(hash));
      if (!map.has(hash)) {
        places.set(hash, i);
        map.set(hash, i);
      }
    });
    for (const hash of hashes) expect(places.get(hash)).toBe(map.get(hash));
    expect(places.get(0x3fffffff)).toBe(map.get(0x3fffffff));
    places.set(hashes[3], -1);
    expect(places.get(hashes[3])).toBe(-1);
  });
});

describe("textHash", () => {
  it("gives one small integer per text, the same every time", () => {
    expect(textHash("1.2")).toBe(textHash("1.2"));
    expect(textHash("1.2")).not.toBe(textHash("1.3"));
    for (const text of ["", "1", "Revise, launch and deliver", "é"]) {
      expect(Number.isInteger(textHash(text))).toBe(true);
      expect(textHash(text)).toBeGreaterThanOrEqual(0);
      expect(textHash(text)).toBeLessThan(2 ** 30);
    }
  });
});
