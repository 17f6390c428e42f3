import { columnNumber } from "../model/address";
import { RAG_LEVELS } from "../model/rag-level";
import { err, ok, type Result } from "../result";
import type { Mapping } from "./mapping";

/**
 * What the JSON Schema cannot say about a mapping but detection and rating rely on. Each finding is
 * one sentence naming the entry; the first one found is returned, so a mapping is used whole or not
 * at all (docs/HISTORY.md#issue-5: "never half applied").
 */

// Excel's last column is XFD (16,384 columns); "ZZZ" passes the schema's pattern but no sheet has it.
const EXCEL_LAST_COLUMN = 16384;

/** Status labels are compared as the status reader compares them: case and spacing aside (status-vocabulary.ts). */
const wordKey = (word: string): string =>
  word
    .replace(/[\s\u00a0]+/g, " ")
    .trim()
    .toLowerCase();

const checkLevels = (mapping: Mapping): string | null => {
  const seen = new Map<string, number>();
  for (const [index, level] of mapping.levels.entries()) {
    const earlier = seen.get(level.id);
    if (earlier !== undefined)
      return `levels[${index}] repeats the level "${level.id}" already given in levels[${earlier}]; list each of ${RAG_LEVELS.join(", ")} once.`;
    seen.set(level.id, index);
  }
  const missing = RAG_LEVELS.find((id) => !seen.has(id));
  if (missing)
    return `levels has no entry for "${missing}"; list each of ${RAG_LEVELS.join(", ")} once.`;
  // A word that means two levels would rate the same cell two ways; the first would silently win.
  const owner = new Map<string, string>();
  for (const [index, level] of mapping.levels.entries()) {
    for (const word of [level.label, ...(level.words ?? [])]) {
      const key = wordKey(word);
      const other = owner.get(key);
      if (other !== undefined && other !== level.id)
        return `levels[${index}] ("${level.id}") uses the word "${word}", which already means "${other}"; a status word can mean one level only.`;
      owner.set(key, level.id);
    }
  }
  return null;
};

const checkSheets = (mapping: Mapping): string | null => {
  // Excel sheet names are unique regardless of case.
  const sheetAt = new Map<string, number>();
  for (const [s, sheet] of mapping.sheets.entries()) {
    const earlier = sheetAt.get(sheet.name.toLowerCase());
    if (earlier !== undefined)
      return `sheets[${s}].name "${sheet.name}" names the same sheet as sheets[${earlier}]; describe each sheet once.`;
    sheetAt.set(sheet.name.toLowerCase(), s);
    const tableAt = new Map<number, number>();
    for (const [t, table] of sheet.tables.entries()) {
      const where = `sheets[${s}].tables[${t}]`;
      const [first, second] = table.headerRows;
      // Two header rows are a month row over its Target/Actual row, so the second is the next row.
      if (second !== undefined && second !== first + 1)
        return `${where}.headerRows [${first}, ${second}] should be two rows one above the other (a period row over its Target and Actual row), such as [${first}, ${first + 1}].`;
      const other = tableAt.get(first);
      if (other !== undefined)
        return `${where} starts at row ${first}, where sheets[${s}].tables[${other}] already starts; one header row starts one table.`;
      tableAt.set(first, t);
      const columnAt = new Map<string, number>();
      for (const [f, field] of table.fields.entries()) {
        if (columnNumber(field.column) > EXCEL_LAST_COLUMN)
          return `${where}.fields[${f}].column "${field.column}" is beyond Excel's last column, XFD.`;
        const earlier = columnAt.get(field.column);
        if (earlier !== undefined)
          return `${where}.fields[${f}].column "${field.column}" is already described by fields[${earlier}]; describe each column once.`;
        columnAt.set(field.column, f);
      }
    }
  }
  return null;
};

/** A schema-valid mapping that detection and rating can use as it stands, or the first reason it cannot. */
export const checkMapping = (mapping: Mapping): Result<Mapping, string> => {
  const problem = checkLevels(mapping) ?? checkSheets(mapping);
  return problem === null ? ok(mapping) : err(problem);
};
