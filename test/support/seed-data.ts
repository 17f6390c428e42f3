import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The seed facts the fixtures are built from (scripts/fixtures/data, described in docs/SAMPLES.md),
 * read by tests from that one place. Test data only.
 */
export const seedDataFile = (file: string): string =>
  readFileSync(join(__dirname, "..", "..", "scripts", "fixtures", "data", file), "utf8");

// The fixture builder's own RFC 4180 reader: tests and fixtures read the seed data the same way.
const { parseCsv } = require("../../scripts/fixtures/csv.cjs") as {
  parseCsv: (text: string) => string[][];
};

/** Rows of an RFC 4180 CSV text as records keyed by the header cells (a missing cell reads as ""). */
export const readCsv = (text: string): Record<string, string>[] => {
  const [header, ...body] = parseCsv(text);
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
};

/** A seed data file's rows as records keyed by its header cells. */
export const readSeedCsv = (file: string): Record<string, string>[] => readCsv(seedDataFile(file));
