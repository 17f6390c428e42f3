import { readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The seed facts the fixtures are built from (scripts/fixtures/data: CSV blocks copied verbatim from
 * /work/shared/DOMAIN.md and the seeds), read by tests from that one place. Test data only.
 */
export const seedDataFile = (file: string): string => readFileSync(join(__dirname, "..", "..", "scripts", "fixtures", "data", file), "utf8");

/** Rows of an RFC 4180 CSV text as records keyed by the header cells. */
export const readCsv = (text: string): Record<string, string>[] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(cell);
      cell = "";
    } else if (ch === "\n") {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = "";
    } else cell += ch;
  }
  if (cell !== "" || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  const [header, ...body] = rows;
  return body.map((cells) => Object.fromEntries(header.map((name, i) => [name, cells[i] ?? ""])));
};

/** A seed data file's rows as records keyed by its header cells. */
export const readSeedCsv = (file: string): Record<string, string>[] => readCsv(seedDataFile(file));
