import { xmlAttribute } from "../charts/xml-text";
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
 * The workbook part with the sheets Plan Tracker added listed after the council's, and with Plan
 * Tracker's own names — the marks on its sheets ("PlanTracker.…", docs/OWNED-SHEETS.md) and the print
 * titles of the sheets it writes whole — as the written package has them. Every other name, sheet
 * entry and setting stays as the file had it, byte for byte.
 */
const R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
// CT_Workbook's children after <definedNames> (ECMA-376 Part 1 §18.2.27).
const AFTER_NAMES = [
  "calcPr",
  "oleSize",
  "customWorkbookViews",
  "pivotCaches",
  "smartTagPr",
  "smartTagTypes",
  "webPublishing",
  "fileRecoveryPr",
  "webPublishObjects",
  "extLst",
];

const isMark = (name: string): boolean => name.toLowerCase().startsWith("plantracker.");
const isPrintName = (name: string): boolean => /^_xlnm\.(print_titles|print_area)$/i.test(name);

const sheetNames = (workbook: string, prefix: string): string[] =>
  elements(firstElement(workbook, "sheets", prefix)?.text ?? "", "sheet", prefix).map(
    (sheet) => attributeOf(sheet.text, "name") ?? ""
  );

/** Plan Tracker's names for the written package, with print names' sheet positions as the file numbers them. */
const writtenNames = (
  written: string,
  whole: ReadonlySet<string>,
  fileOrder: readonly string[]
): string[] => {
  const order = sheetNames(written, "");
  return elements(written, "definedName")
    .map(({ text }) => {
      const name = attributeOf(text, "name") ?? "";
      if (isMark(name)) return text;
      const local = attributeOf(text, "localSheetId");
      const sheet = local === null ? undefined : order[Number(local)];
      if (!isPrintName(name) || sheet === undefined || !whole.has(sheet)) return null;
      return setAttribute(text, "localSheetId", String(fileOrder.indexOf(sheet)));
    })
    .filter((text): text is string => text !== null);
};

export const updateWorkbookPart = (
  file: string,
  written: string,
  added: readonly { name: string; relId: string; state: string | null }[],
  wholeSheets: readonly string[]
): string => {
  const prefix = prefixOf(file, "workbook");
  let xml = file;
  if (added.length > 0) {
    const sheets = firstElement(xml, "sheets", prefix);
    if (sheets === null) throw new Error("the workbook part has no <sheets>");
    const ids = elements(sheets.text, "sheet", prefix).map((sheet) =>
      Number(attributeOf(sheet.text, "sheetId") ?? 0)
    );
    let next = Math.max(0, ...ids) + 1;
    const root = /<[^?!][^>]*>/.exec(xml)?.[0] ?? "";
    const declared = new RegExp(`xmlns:r\\s*=\\s*["']${R_NS}["']`).test(root);
    const entries = added.map(({ name, relId, state }) => {
      const namespace = declared ? "" : ` xmlns:r="${R_NS}"`;
      const hidden = state === null ? "" : ` state="${xmlAttribute(state)}"`;
      return withPrefix(
        `<sheet${namespace} name="${xmlAttribute(name)}" sheetId="${next++}"${hidden} r:id="${relId}"/>`,
        prefix
      );
    });
    xml =
      xml.slice(0, sheets.start) +
      withInner(sheets.text, innerOf(sheets.text) + entries.join(""), "sheets") +
      xml.slice(sheets.end);
  }

  const whole = new Set(wholeSheets);
  const order = sheetNames(xml, prefix);
  const block = firstElement(xml, "definedNames", prefix);
  const current = block === null ? [] : elements(block.text, "definedName", prefix);
  const ours = (text: string): boolean => {
    const name = attributeOf(text, "name") ?? "";
    if (isMark(name)) return true;
    const local = attributeOf(text, "localSheetId");
    return isPrintName(name) && local !== null && whole.has(order[Number(local)] ?? "");
  };
  const kept = current.filter((name) => !ours(name.text)).map((name) => name.text);
  const mine = writtenNames(written, whole, order).map((text) => withPrefix(text, prefix));
  const before = current.filter((name) => ours(name.text)).map((name) => name.text);
  if (before.join("") === mine.join("")) return xml;
  const names = [...kept, ...mine];
  if (block !== null) {
    const replaced =
      names.length === 0 ? "" : withInner(block.text, names.join(""), "definedNames");
    return xml.slice(0, block.start) + replaced + xml.slice(block.end);
  }
  if (names.length === 0) return xml;
  const at = insertionPoint(xml, "workbook", prefix, AFTER_NAMES);
  return `${xml.slice(0, at)}${withPrefix("<definedNames>", prefix)}${names.join("")}</${prefix}definedNames>${xml.slice(at)}`;
};
