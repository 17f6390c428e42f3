/**
 * How a mapping entry is named to people: `sheets[0].tables[2].fields[1].name`, the way the JSON
 * reads, so an officer can find it in the file (and a developer in the code).
 */
export type EntryPath = readonly (string | number)[];

export const entryPathText = (path: EntryPath): string =>
  path
    .map((part, index) =>
      typeof part === "number" ? `[${part}]` : index === 0 ? part : `.${part}`
    )
    .join("");

/** A JSON Pointer as ajv reports it ("/sheets/0/tables/2") as an entry path. */
export const pointerPath = (pointer: string): EntryPath =>
  pointer === ""
    ? []
    : pointer
        .slice(1)
        .split("/")
        .map((part) => part.replace(/~1/g, "/").replace(/~0/g, "~"))
        .map((part) => (/^(0|[1-9]\d*)$/.test(part) ? Number(part) : part));

/** The value at a path inside parsed JSON, or undefined when there is none. */
export const valueAt = (document: unknown, path: EntryPath): unknown => {
  let here: unknown = document;
  for (const part of path) {
    if (typeof part === "number" && Array.isArray(here)) here = here[part];
    else if (
      typeof part === "string" &&
      typeof here === "object" &&
      here !== null &&
      !Array.isArray(here)
    )
      here = (here as Record<string, unknown>)[part];
    else return undefined;
  }
  return here;
};

/** A value quoted for a sentence, short enough to read: "leadd", 30, a list, an entry. */
export const quoteValue = (value: unknown): string => {
  if (Array.isArray(value)) return "(a list)";
  if (typeof value === "object" && value !== null) return "(an entry)";
  if (value === undefined) return "(nothing)";
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…"` : text;
};
