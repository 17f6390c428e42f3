import { xmlUnescape } from "../charts/xml-text";
import { cellAddress } from "../../core/model/address";
import { CopyRefused } from "./copy-refused";
import { formatKey, type SheetChanges } from "./sheet-changes";
import { editSheetData, type ReplacedCell } from "./sheet-data";
import { laterChildren as later } from "./worksheet-order";
import type { WrittenCells } from "./written-cells";
import {
  attributeOf,
  elements,
  firstElement,
  innerOf,
  insertionPoint,
  prefixOf,
  setAttribute,
  withInner,
  withPrefix,
} from "./xml-elements";

/**
 * A council sheet's part with only what Plan Tracker changed carried over from the written package:
 * the changed cells, row heights, the conditional-format rules it took off or put on, and — when
 * they changed — the sheet's dropdowns, column widths, merges, views and page setup. Everything else in the part stays as the file had it,
 * including what the written package could not hold (newer-style rules and dropdowns in the
 * extension list, controls, drawings, page breaks …). docs/EXCEL.md#faithful-copies.
 */
export interface EditedSheet {
  xml: string;
  /** A cell that held a formula was replaced, or a formula was written: the calculation chain must go. */
  formulas: boolean;
}

/** What one changed part of the sheet's model stands for among the part's elements. */
const CARRIED: Record<string, string[]> = {
  mergeCells: ["mergeCells"],
  sheetViews: ["sheetViews"],
  pageSetup: ["printOptions", "pageMargins", "pageSetup", "headerFooter", "rowBreaks", "colBreaks"],
  autoFilter: ["autoFilter"],
};

const columnLetters = (column: number): string => cellAddress(1, column).replace(/\d+$/, "");

/** The written sheet's cells and rows for the rows that changed. */
const writtenRows = (
  written: string,
  wanted: ReadonlySet<number>
): Map<number, { row: string; cells: Map<number, string> }> => {
  const rows = new Map<number, { row: string; cells: Map<number, string> }>();
  const data = firstElement(written, "sheetData");
  if (data === null) return rows;
  for (const row of elements(data.text, "row")) {
    const number = Number(attributeOf(row.text, "r"));
    if (!wanted.has(number)) continue;
    const cells = new Map<number, string>();
    for (const cell of elements(innerOf(row.text), "c")) {
      const reference = attributeOf(cell.text, "r") ?? "";
      const letters = /^[A-Z]+/.exec(reference)?.[0] ?? "";
      let column = 0;
      for (const letter of letters) column = column * 26 + letter.charCodeAt(0) - 64;
      cells.set(column, cell.text);
    }
    rows.set(number, { row: row.text, cells });
  }
  return rows;
};

const refuseFormula = (sheet: string, cell: ReplacedCell): void => {
  const formula =
    firstElement(cell.before, "f") ??
    elements(cell.before, "f", prefixOf(cell.before, "c"))[0] ??
    null;
  if (formula === null) return;
  const type = attributeOf(formula.text, "t");
  const address = `${columnLetters(cell.column)}${cell.row}`;
  if (type === "array")
    throw new CopyRefused(
      `Plan Tracker would have to overwrite part of an array formula at '${sheet}'!${address}; nothing was written.`
    );
  if (type === "shared" && attributeOf(formula.text, "ref") !== null) {
    throw new CopyRefused(
      `Plan Tracker would have to overwrite the first cell of a shared formula at '${sheet}'!${address}, which other cells copy; nothing was written.`
    );
  }
};

const ruleKey = (sqref: string, rule: string): string => {
  const formulas = [...rule.matchAll(/<(?:[A-Za-z_][\w.-]*:)?formula>([\s\S]*?)<\//g)].map(
    (match) => xmlUnescape(match[1])
  );
  return formatKey(sqref, attributeOf(rule, "type") ?? "", formulas);
};

/** Take one of each key in `keys` out of the list; true when the key was there. */
const take = (keys: string[], key: string): boolean => {
  const at = keys.indexOf(key);
  if (at >= 0) keys.splice(at, 1);
  return at >= 0;
};

interface Block {
  text: string;
  key: string;
}

const blockKey = (sqref: string, rules: readonly string[]): string =>
  JSON.stringify([sqref, rules]);

/**
 * The part's conditional formats as the written package orders them: each block the file had and
 * still has is kept as the file wrote it, each rule Plan Tracker put on comes from the written
 * package, and the rules it took off are gone. Blocks the written package could not hold stay, after.
 */
const replaceFormats = (
  xml: string,
  written: string,
  formats: SheetChanges["formats"],
  prefix: string,
  cells: WrittenCells
): string => {
  const removed = [...formats.removed];
  const fileBlocks = elements(xml, "conditionalFormatting", prefix);
  if (fileBlocks.length === 0 && formats.added.length === 0) return xml;
  const kept: (Block & { used: boolean })[] = [];
  for (const block of fileBlocks) {
    const sqref = attributeOf(block.text, "sqref") ?? "";
    const rules = elements(innerOf(block.text), "cfRule", prefix);
    const stay = rules.filter((rule) => !take(removed, ruleKey(sqref, rule.text)));
    if (stay.length === 0) continue;
    const text =
      stay.length === rules.length
        ? block.text
        : rules
            .filter((rule) => !stay.includes(rule))
            .reduce((all, rule) => all.replace(rule.text, ""), block.text);
    kept.push({
      text,
      key: blockKey(
        sqref,
        stay.map((rule) => ruleKey(sqref, rule.text))
      ),
      used: false,
    });
  }
  const ordered: string[] = [];
  const wanted = [...formats.added];
  for (const block of elements(written, "conditionalFormatting")) {
    const sqref = attributeOf(block.text, "sqref") ?? "";
    const rules = elements(innerOf(block.text), "cfRule").map((rule) => ruleKey(sqref, rule.text));
    const mine = kept.find(
      (candidate) => !candidate.used && candidate.key === blockKey(sqref, rules)
    );
    if (mine) {
      mine.used = true;
      ordered.push(mine.text);
      continue;
    }
    // Only rules Plan Tracker put on come from the written package; a block it merely wrote differently stays the file's.
    if (rules.every((rule) => wanted.includes(rule))) {
      for (const rule of rules) take(wanted, rule);
      ordered.push(withPrefix(cells.sheet(block.text), prefix));
    }
  }
  ordered.push(...kept.filter((block) => !block.used).map((block) => block.text));
  // The blocks sit together (the schema allows nothing between them): replace the run from the first to the last.
  const at =
    fileBlocks.length > 0
      ? fileBlocks[0].start
      : insertionPoint(xml, "worksheet", prefix, later("conditionalFormatting"));
  const end = fileBlocks.length > 0 ? fileBlocks[fileBlocks.length - 1].end : at;
  return xml.slice(0, at) + ordered.join("") + xml.slice(end);
};

/** The part with one child element replaced by the written package's (or removed, or added in order). */
const replaceChild = (
  xml: string,
  written: string,
  name: string,
  prefix: string,
  convert: (text: string) => string
): string => {
  const mine = firstElement(xml, name, prefix);
  const theirs = firstElement(written, name);
  let replacement = theirs === null ? "" : withPrefix(convert(theirs.text), prefix);
  // The printer settings the file's page setup points at stay joined to it.
  const printer = mine === null ? null : attributeOf(mine.text, "r:id");
  if (printer !== null && replacement !== "")
    replacement = setAttribute(replacement, "r:id", printer);
  if (mine !== null) return xml.slice(0, mine.start) + replacement + xml.slice(mine.end);
  if (replacement === "") return xml;
  const at = insertionPoint(xml, "worksheet", prefix, later(name));
  return xml.slice(0, at) + replacement + xml.slice(at);
};

/** "Fit to page" lives in <sheetPr><pageSetUpPr>, apart from the rest of the page setup; carried with it. */
const carryFitToPage = (xml: string, written: string, prefix: string): string => {
  const theirs = firstElement(written, "pageSetUpPr");
  const properties = firstElement(xml, "sheetPr", prefix);
  const replacement = theirs === null ? "" : withPrefix(theirs.text, prefix);
  if (properties === null) {
    if (replacement === "") return xml;
    const at = insertionPoint(xml, "worksheet", prefix, later("sheetPr"));
    return `${xml.slice(0, at)}${withPrefix("<sheetPr>", prefix)}${replacement}</${prefix}sheetPr>${xml.slice(at)}`;
  }
  const inner = innerOf(properties.text);
  const mine = firstElement(inner, "pageSetUpPr", prefix);
  // pageSetUpPr is the last child CT_SheetPr allows, so a new one goes at the end.
  const edited =
    mine === null
      ? inner + replacement
      : inner.slice(0, mine.start) + replacement + inner.slice(mine.end);
  return (
    xml.slice(0, properties.start) +
    withInner(properties.text, edited, "sheetPr") +
    xml.slice(properties.end)
  );
};

export const editSheet = (
  fileXml: string,
  writtenXml: string,
  change: SheetChanges,
  cells: WrittenCells
): EditedSheet => {
  if (change.refused.length > 0) {
    throw new CopyRefused(
      `Plan Tracker changed the ${change.refused.join(" and ")} of the sheet '${change.name}', which it cannot carry into a faithful copy; nothing was written.`
    );
  }
  const prefix = prefixOf(fileXml, "worksheet");
  const wanted = new Set([...change.cells.keys(), ...change.rows]);
  const written = writtenRows(writtenXml, wanted);
  let formulas = false;
  const cellEdits = new Map<number, Map<number, string | null>>();
  for (const [row, columns] of change.cells) {
    const edits = new Map<number, string | null>();
    for (const column of columns) {
      const cell = written.get(row)?.cells.get(column);
      if (cell !== undefined && /<f[\s>]/.test(cell)) formulas = true;
      edits.set(column, cell === undefined ? null : cells.cell(cell, prefix));
    }
    cellEdits.set(row, edits);
  }
  const rowEdits = new Map<number, Record<string, string | null>>();
  for (const row of change.rows) {
    const tag = written.get(row)?.row ?? "<row/>";
    rowEdits.set(row, {
      ht: attributeOf(tag, "ht"),
      customHeight: attributeOf(tag, "customHeight"),
      hidden: attributeOf(tag, "hidden"),
    });
  }
  const replaced: ReplacedCell[] = [];
  let xml =
    change.cells.size > 0 || change.rows.size > 0
      ? editSheetData(fileXml, { cells: cellEdits, rows: rowEdits }, prefix, replaced)
      : fileXml;
  for (const cell of replaced) {
    refuseFormula(change.name, cell);
    if (/<(?:[A-Za-z_][\w.-]*:)?f[\s>/]/.test(cell.before)) formulas = true;
  }
  if (change.formats.removed.length + change.formats.added.length > 0)
    xml = replaceFormats(xml, writtenXml, change.formats, prefix, cells);
  if (change.validation)
    xml = replaceChild(xml, writtenXml, "dataValidations", prefix, (text) => text);
  if (change.columns)
    xml = replaceChild(xml, writtenXml, "cols", prefix, (text) => cells.sheet(text));
  for (const changed of change.elements)
    for (const name of CARRIED[changed] ?? [])
      xml = replaceChild(xml, writtenXml, name, prefix, (text) => text);
  if (change.elements.has("pageSetup")) xml = carryFitToPage(xml, writtenXml, prefix);
  return { xml, formulas };
};
