import { cellAddress, parseCellAddress } from "../model/address";
import type { WriteOp } from "./write-plan";

/**
 * Split a WritePlan's operations into chunks that each fit one Excel request. Excel on the web rejects
 * a request over 5 MB (RequestPayloadSizeLimitExceeded, docs/EXCEL.md#limits), so the executor syncs once per
 * chunk: the number of syncs follows the bytes written, never the number of rows.
 */

/** Operations that carry a 2D payload and can be cut into row slices. */
export type RowWriteOp = Extract<
  WriteOp,
  { kind: "values" | "numberFormats" | "fills" | "cellFormats" | "restoreCells" }
>;

export const isRowOp = (op: WriteOp): op is RowWriteOp =>
  op.kind === "values" ||
  op.kind === "numberFormats" ||
  op.kind === "fills" ||
  op.kind === "cellFormats" ||
  op.kind === "restoreCells";

export const opRows = (op: RowWriteOp): readonly (readonly unknown[])[] => {
  switch (op.kind) {
    case "values":
      return op.values;
    case "numberFormats":
    case "cellFormats":
      return op.formats;
    case "fills":
      return op.colours;
    case "restoreCells":
      return op.cells;
  }
};

/** How much of a request an operation takes; the Excel executor supplies its own, matching its calls. */
export interface WriteOpSizer {
  /** Bytes an operation costs however many rows it has (range proxies, method calls). */
  overhead(op: WriteOp): number;
  /** Bytes of one row of a row operation's payload. */
  rowBytes(op: RowWriteOp, row: number): number;
}

/** Office.js sends each proxy and call as a few hundred bytes of JSON, and payloads as JSON. */
export const jsonSizer: WriteOpSizer = {
  overhead: () => 1_000,
  rowBytes: (op, row) => JSON.stringify(opRows(op)[row]).length + 1,
};

/** Rows [from, to) of a row operation, anchored where those rows sit on the sheet. */
export const sliceRows = (op: RowWriteOp, from: number, to: number): RowWriteOp => {
  const origin = parseCellAddress(op.topLeft);
  const topLeft = origin ? cellAddress(origin.row + from, origin.column) : op.topLeft;
  switch (op.kind) {
    case "values":
      return op.expected === undefined
        ? { ...op, topLeft, values: op.values.slice(from, to) }
        : {
            ...op,
            topLeft,
            values: op.values.slice(from, to),
            expected: op.expected.slice(from, to),
          };
    case "numberFormats":
      return { ...op, topLeft, formats: op.formats.slice(from, to) };
    case "fills":
      return { ...op, topLeft, colours: op.colours.slice(from, to) };
    case "cellFormats":
      return { ...op, topLeft, formats: op.formats.slice(from, to) };
    case "restoreCells":
      return {
        ...op,
        topLeft,
        cells: op.cells.slice(from, to),
        expected: op.expected.slice(from, to),
      };
  }
};

/**
 * Greedy packing in plan order: whole operations while they fit, row slices when one does not. A
 * single row larger than `maxBytes` still gets a chunk of its own (Excel will say it is too large).
 */
export const chunkWritePlan = (
  ops: readonly WriteOp[],
  maxBytes: number,
  sizer: WriteOpSizer = jsonSizer
): WriteOp[][] => {
  const chunks: WriteOp[][] = [];
  let current: WriteOp[] = [];
  let used = 0;
  const close = () => {
    if (current.length > 0) chunks.push(current);
    current = [];
    used = 0;
  };

  for (const op of ops) {
    const overhead = sizer.overhead(op);
    const rowCount = isRowOp(op) ? opRows(op).length : 0;
    if (!isRowOp(op) || rowCount === 0) {
      if (used + overhead > maxBytes) close();
      current.push(op);
      used += overhead;
      continue;
    }
    let start = 0;
    while (start < rowCount) {
      if (current.length > 0 && used + overhead + sizer.rowBytes(op, start) > maxBytes) close();
      let end = start;
      let bytes = used + overhead;
      while (end < rowCount) {
        const next = sizer.rowBytes(op, end);
        if (end > start && bytes + next > maxBytes) break;
        bytes += next;
        end += 1;
      }
      current.push(start === 0 && end === rowCount ? op : sliceRows(op, start, end));
      used = bytes;
      start = end;
      if (start < rowCount) close();
    }
  }
  close();
  return chunks;
};
