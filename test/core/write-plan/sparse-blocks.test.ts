/** @jest-environment node */
import { sparseBlocks } from "../../../src/core/write-plan/sparse-blocks";

const shape = <T>(blocks: ReturnType<typeof sparseBlocks<T>>) =>
  blocks.map((b) => `${b.topLeft} ${b.rows.length}x${b.rows[0].length}`);

describe("sparseBlocks: the cells that hold a setting, in few blocks", () => {
  it("sends nothing for a grid of nulls", () => {
    expect(sparseBlocks([[null, null], [], [undefined]])).toEqual([]);
  });

  it("keeps a long column on its own instead of as wide as the header above it", () => {
    const header = Array.from({ length: 10 }, () => "#0B0C0C");
    const rows = [
      header,
      ...Array.from({ length: 1_000 }, () => [
        null,
        null,
        null,
        null,
        null,
        null,
        "#D4351C",
        null,
        null,
        null,
      ]),
    ];
    const blocks = sparseBlocks(rows);
    expect(shape(blocks)).toEqual(["A1 1x10", "G2 1000x1"]);
    expect(blocks[1]).toMatchObject({ row: 2, column: 7 });
    expect(blocks[1].rows.every((row) => row[0] === "#D4351C")).toBe(true);
  });

  it("joins small neighbouring bands when their nulls cost less than another operation", () => {
    const blocks = sparseBlocks([["a", "b"], [null, "c"], [], ["d"]]);
    expect(shape(blocks)).toEqual(["A1 4x2"]);
    expect(blocks[0].rows).toEqual([
      ["a", "b"],
      [null, "c"],
      [null, null],
      ["d", null],
    ]);
  });

  it("puts every set cell in exactly one block, in its place", () => {
    const grid = Array.from({ length: 600 }, (_, r) =>
      Array.from({ length: 12 }, (_, c) =>
        (r * 7 + c * 3) % 11 === 0 || c === 4 ? `${r}:${c}` : null
      )
    );
    const found = new Map<string, string>();
    for (const block of sparseBlocks(grid))
      block.rows.forEach((row, r) =>
        row.forEach(
          (cell, c) =>
            cell !== null && found.set(`${block.row + r - 1}:${block.column + c - 1}`, cell)
        )
      );
    const expected = new Map(
      grid.flatMap((row, r) =>
        row.flatMap((cell, c) => (cell === null ? [] : [[`${r}:${c}`, cell] as const]))
      )
    );
    expect(found).toEqual(expected);
  });
});
