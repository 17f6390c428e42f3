import { entryPathText, pointerPath, quoteValue, valueAt } from "./entry-path";
import type { SchemaError } from "./generated/schema-error";

/**
 * ajv's findings as ONE plain sentence naming the bad entry and what is wrong with it (docs/HISTORY.md#issue-5: "a
 * wrong mapping is rejected with a message that names the bad entry"): `sheets[0].tables[2].fields[1]
 * .name "leadd" is not a field Plan Tracker knows (one of ref, title, owner, …)`. ajv runs with
 * allErrors, so the first real finding is named and the rest are counted.
 */

/** What each named list in the schema is, for "is not a …" (keyed by the schema's definition name). */
const LIST_NOUNS: Record<string, string> = {
  fieldName: "a field Plan Tracker knows",
  tableKind: "a kind of table Plan Tracker knows",
  levelId: "a level Plan Tracker knows",
  polarity: "a polarity",
  sheetRole: "a sheet role",
  layout: "a layout Plan Tracker knows",
  measure: "a kind of period column",
  toleranceMode: "a tolerance mode",
  dayOrder: "a day order",
  seasons: "a way of reading seasons",
  byMonth: "a reading of “by month”",
  source: "a mapping source",
};

/** What each pattern in the schema asks for, in words (keyed the same way). */
const PATTERN_WORDS: Record<string, string> = {
  columnLetter: "is not a column letter (A to XFD, in capitals)",
  colour: "is not a colour written #RRGGBB (for example #D4351C)",
  monthDay: "is not a month and day written MM-DD (for example 04-01)",
};

const TYPE_WORDS: Record<string, string> = {
  integer: "a whole number",
  number: "a number",
  string: "text in double quotes",
  boolean: "true or false",
  array: "a list in [ ]",
  object: "an entry in { }",
  null: "null",
};

const kindOf = (value: unknown): string => {
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "an entry";
  if (typeof value === "string") return "text";
  if (typeof value === "number") return Number.isInteger(value) ? "a whole number" : "a number";
  return String(typeof value);
};

/** "#/definitions/fieldName/enum" → "fieldName". */
const definitionOf = (error: SchemaError): string | null =>
  /#\/definitions\/([^/]+)\/[^/]+$/.exec(error.schemaPath)?.[1] ?? null;

const listOf = (values: unknown, limit = 10): string => {
  const all = Array.isArray(values) ? values.filter((v) => v !== null).map(String) : [];
  return all.length <= limit ? all.join(", ") : `${all.slice(0, limit).join(", ")}, …`;
};

const named = (where: string): string => where || "The mapping";

const sentenceFor = (error: SchemaError, document: unknown): string => {
  const path = pointerPath(error.instancePath);
  const where = entryPathText(path);
  const value = valueAt(document, path);
  const params = error.params;
  const definition = definitionOf(error);
  switch (error.keyword) {
    case "enum": {
      const noun = (definition && LIST_NOUNS[definition]) ?? "one of the values Plan Tracker knows";
      if (error.propertyName !== undefined)
        return `${named(where)} has "${error.propertyName}", which is not ${noun} (one of ${listOf(params.allowedValues)})`;
      return `${named(where)} ${quoteValue(value)} is not ${noun} (one of ${listOf(params.allowedValues)})`;
    }
    case "pattern":
      return `${named(where)} ${quoteValue(value)} ${(definition && PATTERN_WORDS[definition]) ?? "is not written the way Plan Tracker expects"}`;
    case "type": {
      const wanted = String(params.type)
        .split(",")
        .map((t) => TYPE_WORDS[t] ?? t)
        .join(" or ");
      return `${named(where)} should be ${wanted}, not ${kindOf(value)}${typeof value === "string" || typeof value === "number" ? ` (${quoteValue(value)})` : ""}`;
    }
    case "const":
      return `${named(where)} should be ${quoteValue(params.allowedValue)}, not ${quoteValue(value)}`;
    case "required":
      return `${named(where)} has no ${String(params.missingProperty)}, which it needs`;
    case "additionalProperties":
      return `${where ? `${where}.` : ""}${String(params.additionalProperty)} is not part of the mapping format (check its spelling, or remove it)`;
    case "minimum":
    case "maximum":
      return `${named(where)} ${quoteValue(value)} is too ${error.keyword === "minimum" ? "small" : "large"}: it must be ${error.keyword === "minimum" ? "at least" : "at most"} ${String(params.limit)}`;
    case "minItems":
      return `${named(where)} lists ${Array.isArray(value) ? value.length : 0} ${Array.isArray(value) && value.length === 1 ? "entry" : "entries"}, but needs at least ${String(params.limit)}`;
    case "maxItems":
      return `${named(where)} lists ${Array.isArray(value) ? value.length : 0} entries, but may have at most ${String(params.limit)}`;
    case "minLength":
      return `${named(where)} is empty, but needs some text`;
    case "maxLength":
      return `${named(where)} ${quoteValue(value)} is longer than ${String(params.limit)} characters${path[path.length - 1] === "name" && path[0] === "sheets" ? " (Excel's limit for a sheet name)" : ""}`;
    case "uniqueItems":
      return `${named(where)} lists ${Array.isArray(value) ? quoteValue(value[Number(params.j)]) : "an entry"} twice`;
    case "minProperties":
      return `${named(where)} is empty, but needs at least ${String(params.limit)} ${Number(params.limit) === 1 ? "entry" : "entries"}`;
    default:
      return `${named(where)} ${error.message ?? "is not allowed here"}`;
  }
};

/** Wrappers that only repeat what their inner errors say ("must match a schema in anyOf"). */
const WRAPPERS = new Set(["anyOf", "oneOf", "propertyNames", "if", "not"]);

/**
 * The one finding worth naming: wrappers dropped, and where one value fails both "is not one of the
 * fields" and "should be null" (a field's name may be null), the first, more telling one kept.
 */
export const chooseSchemaError = (errors: readonly SchemaError[]): SchemaError[] => {
  const real = errors.filter((e) => !WRAPPERS.has(e.keyword));
  return real.filter(
    (e, index) =>
      !(
        e.keyword === "type" &&
        real.some(
          (other, j) =>
            j !== index && other.instancePath === e.instancePath && other.keyword !== "type"
        )
      )
  );
};

export const schemaErrorSentence = (errors: readonly SchemaError[], document: unknown): string => {
  const chosen = chooseSchemaError(errors);
  if (chosen.length === 0) return "The mapping does not follow the mapping format.";
  const first = sentenceFor(chosen[0], document);
  const more = chosen.length - 1;
  return `${first}${more > 0 ? `; ${more} more ${more === 1 ? "entry needs" : "entries need"} fixing too` : ""}.`;
};
