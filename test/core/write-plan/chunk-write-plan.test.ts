/** @jest-environment node */
import {
  chunkWritePlan,
  jsonSizer,
  sliceRows,
  type WriteOpSizer,
} from "../../../src/core/write-plan/chunk-write-plan";
import type { WriteOp } from "../../../src/core/write-plan/write-plan";

/** Every op costs 10, every row 1: easy to reason about. */
const unitSizer: WriteOpSizer = { overhead: () => 10, rowBytes: () => 1 };

const rows = (n: number, from = 0) => Array.from({ length: n }, (_, i) => [from + i]);

const summary = (chunks: WriteOp[][]) =>
  chunks.map((chunk) =>
    chunk.map((op) =>
      op.kind === "values"
        ? `${op.kind}@${op.topLeft}x${op.values.length}`
        : `${op.kind}:${op.sheet}`
    )
  );

describe("chunkWritePlan", () => {
  it.each([
    // [rows in one values op, budget, expected slices]
    [5, 100, ["values@B2x5"]],
    [90, 100, ["values@B2x90"]],
    [91, 100, ["values@B2x90", "values@B92x1"]],
    [200, 100, ["values@B2x90", "values@B92x90", "values@B182x20"]],
  ])("cuts a values op of %i rows into slices that fit a budget of %i", (n, budget, expected) => {
    const op: WriteOp = { kind: "values", sheet: "Actions", topLeft: "B2", values: rows(n) };
    expect(summary(chunkWritePlan([op], budget, unitSizer)).flat()).toEqual(expected);
  });

  it("packs small operations together and starts a new chunk when the next would not fit", () => {
    const ops: WriteOp[] = [
      { kind: "ensureSheet", sheet: "Board report" },
      { kind: "values", sheet: "Board report", topLeft: "A1", values: rows(30) },
      { kind: "values", sheet: "Board report", topLeft: "A40", values: rows(30) },
      { kind: "listValidation", sheet: "Actions", range: "C2:C9", source: "=Lists!$A$1:$A$5" },
    ];
    expect(summary(chunkWritePlan(ops, 60, unitSizer))).toEqual([
      ["ensureSheet:Board report", "values@A1x30"],
      ["values@A40x30", "listValidation:Actions"],
    ]);
  });

  it("gives a row larger than the budget a chunk of its own rather than looping", () => {
    const op: WriteOp = {
      kind: "values",
      sheet: "Actions",
      topLeft: "A1",
      values: [["x".repeat(500)], ["y"]],
    };
    expect(chunkWritePlan([op], 100, jsonSizer).map((chunk) => chunk.length)).toEqual([1, 1]);
  });

  it("keeps every row exactly once and in order", () => {
    const op: WriteOp = {
      kind: "values",
      sheet: "S",
      topLeft: "C10",
      values: rows(1_000),
      expected: rows(1_000, 5_000),
    };
    const pieces = chunkWritePlan([op], 137, unitSizer).flat();
    const written = pieces.flatMap((piece) => (piece.kind === "values" ? piece.values : []));
    const expected = pieces.flatMap((piece) =>
      piece.kind === "values" ? (piece.expected ?? []) : []
    );
    expect(written).toEqual(rows(1_000));
    expect(expected).toEqual(rows(1_000, 5_000));
  });

  it("keeps a zero-row operation instead of dropping it", () => {
    const op: WriteOp = { kind: "fills", sheet: "S", topLeft: "A1", colours: [] };
    expect(chunkWritePlan([op], 100, unitSizer)).toEqual([[op]]);
  });
});

describe("sliceRows", () => {
  it("re-anchors the slice where its rows sit on the sheet", () => {
    const op: WriteOp = {
      kind: "fills",
      sheet: "S",
      topLeft: "AA7",
      colours: [["#D4351C"], [null], ["#00703C"]],
    };
    expect(sliceRows(op, 1, 3)).toEqual({
      kind: "fills",
      sheet: "S",
      topLeft: "AA8",
      colours: [[null], ["#00703C"]],
    });
  });
});
