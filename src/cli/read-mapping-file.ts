import { readFile, stat } from "node:fs/promises";
import { basename } from "node:path";
import { loadMapping } from "../core/mapping/load-mapping";
import type { Mapping } from "../core/mapping/mapping";
import { err, type Result } from "../core/result";
import { DETECT_REPORT_KEYS } from "./kind-output";

// A mapping for even the largest seed workbook is a few hundred KB; anything far bigger is not one.
const MAX_MAPPING_BYTES = 32 * 1024 * 1024;

/**
 * `detect --json` output fed straight back: the kind it leads with is what detection said of the
 * workbook, not part of the mapping, so it is set aside. Anything else is passed on as written, so
 * a JSON mistake is still reported at its own line and column.
 */
const withoutDetectReport = (text: string): string => {
  let document: unknown;
  try {
    document = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch {
    return text;
  }
  if (typeof document !== "object" || document === null || Array.isArray(document)) return text;
  const entries = Object.entries(document);
  if (!entries.some(([key]) => DETECT_REPORT_KEYS.includes(key))) return text;
  return JSON.stringify(
    Object.fromEntries(entries.filter(([key]) => !DETECT_REPORT_KEYS.includes(key)))
  );
};

/** Read and check a --schema file; every failure is one plain sentence naming the file. */
export const readMappingFile = async (path: string): Promise<Result<Mapping, string>> => {
  const name = basename(path);
  try {
    const info = await stat(path);
    if (info.isDirectory()) return err(`${path} is a folder, not a mapping file.`);
    if (info.size > MAX_MAPPING_BYTES)
      return err(`${name} is ${Math.round(info.size / 1048576)} MB, too large to be a mapping.`);
  } catch {
    return err(`Cannot find the mapping file ${path}.`);
  }
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    return err(`Cannot read the mapping file ${path} (check its permissions).`);
  }
  const loaded = loadMapping(withoutDetectReport(text), "file");
  return loaded.ok ? loaded : err(`${name}: ${loaded.error}`);
};
