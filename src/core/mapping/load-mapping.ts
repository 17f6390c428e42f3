import { err, type Result } from "../result";
import { checkMapping } from "./check-mapping";
import { jsonSyntaxError } from "./json-syntax-error";
import type { Mapping } from "./mapping";
import type { MappingOrigin } from "./mapping-version";
import { upgradeMapping } from "./upgrade-mapping";

/**
 * A mapping's text (a --schema file, the workbook's stored part) → a current-version Mapping that
 * detection and rating can use whole, or one plain sentence saying what is wrong and where: not JSON
 * (line and column), not the format (the entry named), too new, or inconsistent. Nothing is applied
 * until all of it has passed.
 */
export const loadMapping = (
  text: string,
  origin: MappingOrigin = "file"
): Result<Mapping, string> => {
  // Windows editors may save a byte-order mark, which JSON.parse rejects.
  const json = text.replace(/^\uFEFF/, "");
  if (json.trim() === "")
    return err(
      "The mapping is empty; it should be JSON such as `plan-tracker detect --json` prints."
    );
  let document: unknown;
  try {
    document = JSON.parse(json);
  } catch {
    const where = jsonSyntaxError(json);
    return err(
      where
        ? `The mapping is not valid JSON: line ${where.line}, column ${where.column}: ${where.problem}.`
        : "The mapping is not valid JSON."
    );
  }
  const upgraded = upgradeMapping(document, origin);
  return upgraded.ok ? checkMapping(upgraded.value) : upgraded;
};
