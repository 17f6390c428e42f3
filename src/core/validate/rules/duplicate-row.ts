import { hasText } from "../../text/char-codes";
import { FNV_OFFSET, fnvStep, fnvText } from "../../text/fnv";
import { cellText, type CellValue } from "../../model/cell-value";
import type { Issue } from "../issue";
import { issueAt, refIn, type ValidationRule } from "../rule";
import { HashPlaces } from "../shared/hash-places";
import { allTables } from "../shared/tables";

const rowKey = (values: readonly CellValue[]): string =>
  values.map((v) => cellText(v).trim()).join("\u0001");

const filledCount = (values: readonly CellValue[]): number => {
  let filled = 0;
  for (const value of values)
    if (value !== null && value !== undefined && (typeof value !== "string" || hasText(value)))
      filled += 1;
  return filled;
};

// The text trimmed, as trim() gives it; text that starts and ends with a printable ASCII character
// is returned as it is, with no copy (most cells of a plan).
const trimmed = (text: string): string => {
  const first = text.charCodeAt(0);
  const last = text.charCodeAt(text.length - 1);
  return first > 32 && first < 127 && last > 32 && last < 127 ? text : text.trim();
};

// Of a long cell, the hash reads this many characters from each end (and its length): rows that
// differ only in the middle share a hash, which costs them a spelt-out key, never a wrong match.
const ENDS = 16;

// The hash of a row's first two cells as the bucket key spells them (below), kept to 30 bits so V8
// holds it as a small integer.
const bucketHash = (first: string, second: string): number => {
  let hash = mix(FNV_OFFSET, first);
  hash = fnvStep(hash, 1);
  return mix(hash, second) & 0x3fffffff;
};

const mix = (start: number, text: string): number => {
  let hash = start;
  if (text.length <= 2 * ENDS) return fnvText(hash, text);
  for (let i = 0; i < ENDS; i += 1) hash = fnvStep(hash, text.charCodeAt(i));
  hash = fnvStep(hash, text.length);
  for (let i = text.length - ENDS; i < text.length; i += 1)
    hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
};

// A hash whose rows have moved to spelt-out keys (no row is numbered below 1).
const KEYED = -1;

const bucketOf = (values: readonly CellValue[]): string =>
  `${cellText(values[0]).trim()}\u0001${cellText(values[1]).trim()}`;

/** docs/RULES.md rule 8: identical rows (a scorecard printed three times, a success measure repeated). */
export const duplicateRow: ValidationRule = {
  code: "duplicate-row",
  severity: "warning",
  title: "Row identical to an earlier one",
  check: ({ snapshot, model }) => {
    const issues: Issue[] = [];
    for (const sheet of snapshot.sheets) {
      // Rows are first grouped by their first two cells; a full key is made only for rows that share
      // those (a key of every cell of every row was most of this rule's time on a large plan).
      const seen = new Map<string, number>();
      const candidates = new Map<string, { row: number; values: readonly CellValue[] }>();
      // Before that, by a hash of those two cells: nearly every row of a large plan is alone in its
      // bucket, and spelling out each bucket's key and keeping it in a map cost more than the rest of
      // the rule. A hash seen twice moves its rows to spelt-out keys, so a clash is never a match.
      // The first row of each hash is kept by number in typed arrays (HashPlaces), KEYED once moved.
      const tables = allTables(model).filter(
        (table) =>
          table.sheet === sheet.name && (table.kind === "actions" || table.kind === "measures")
      );
      let rows = 0;
      for (const table of tables) rows += Math.max(0, table.lastDataRow - table.firstDataRow + 1);
      const firstByHash = new HashPlaces(rows);
      for (const table of tables) {
        for (let row = table.firstDataRow; row <= table.lastDataRow; row += 1) {
          const values = sheet.values[row - sheet.firstRow] ?? [];
          // A row of one or two cells repeating is a label, not a duplicated record.
          if (filledCount(values) < 3) continue;
          const hash = bucketHash(trimmed(cellText(values[0])), trimmed(cellText(values[1])));
          const firstOfHash = firstByHash.get(hash);
          if (firstOfHash === undefined) {
            firstByHash.set(hash, row);
            continue;
          }
          if (firstOfHash !== KEYED) {
            const firstValues = sheet.values[firstOfHash - sheet.firstRow] ?? [];
            candidates.set(bucketOf(firstValues), { row: firstOfHash, values: firstValues });
            firstByHash.set(hash, KEYED);
          }
          const bucket = bucketOf(values);
          const first = candidates.get(bucket);
          if (!first) {
            candidates.set(bucket, { row, values });
            continue;
          }
          // The first row of this bucket gets its full key only now that a second one has arrived.
          const firstKey = rowKey(first.values);
          if (!seen.has(firstKey)) seen.set(firstKey, first.row);
          const key = rowKey(values);
          const earlier = seen.get(key);
          if (earlier === undefined) {
            seen.set(key, row);
            continue;
          }
          const firstFilled = values.findIndex((v) => cellText(v).trim() !== "");
          issues.push(
            issueAt(
              "duplicate-row",
              "warning",
              refIn(snapshot, sheet.name, row, firstFilled + sheet.firstColumn),
              null,
              `Row ${row} repeats row ${earlier} exactly. Delete the copy so it is not counted twice.`
            )
          );
        }
      }
    }
    return issues;
  },
};
