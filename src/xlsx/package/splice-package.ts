import { sheetPartsOf } from "../sheet-parts";
import type { PackageZip } from "../charts/inject-charts";
import {
  addDrawingElement,
  addOverrides,
  addRelationship,
  readRelationships,
  REL_CHART,
  relativeTarget,
  relsPathOf,
  resolveTarget,
} from "../charts/package-parts";
import { CopyRefused } from "./copy-refused";
import { editSheet } from "./edit-sheet";
import type { WorkbookChanges } from "./sheet-changes";
import { StyleMerger } from "./style-merger";
import { updateWorkbookPart } from "./workbook-part";
import { WrittenCells } from "./written-cells";
import { attributeOf, elements } from "./xml-elements";

/**
 * The copy Plan Tracker saves is the council's own package with only what Plan Tracker changed
 * edited into it (docs/EXCEL.md#faithful-copies). exceljs still holds the workbook in memory and
 * writes a package of its own; from that package are taken only the cells, rules and sheets that
 * changed. Every other part — charts, drawings, pivot tables, controls, external links, names,
 * notes, custom XML, document properties and sensitivity labels, protection, printer settings —
 * and every other cell stay byte for byte as they were.
 */
const REL_WORKSHEET =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet";
/** A workbook part in strict conformance: the attribute Excel writes, or the strict namespace. */
const STRICT =
  /\sconformance\s*=\s*["']strict["']|["']http:\/\/purl\.oclc\.org\/ooxml\/spreadsheetml\/main["']/;
const REL_STYLES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles";
const REL_CALC_CHAIN =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain";
const REL_DRAWING = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing";
const REL_HYPERLINK =
  "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink";
const CT_WORKSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

const text = async (zip: PackageZip, path: string): Promise<string | null> =>
  (await zip.file(path)?.async("string")) ?? null;
const must = async (zip: PackageZip, path: string, whose: string): Promise<string> => {
  const found = await text(zip, path);
  if (found === null)
    throw new CopyRefused(
      `${whose} has no ${path}, so Plan Tracker cannot write a faithful copy of it; nothing was written.`
    );
  return found;
};

/** Remove parts and their content-type overrides. */
const removeParts = async (zip: PackageZip, parts: readonly string[]): Promise<void> => {
  if (parts.length === 0) return;
  for (const part of parts) zip.remove(part);
  const types = await must(zip, "[Content_Types].xml", "The workbook");
  const gone = new Set(parts.map((part) => `/${part}`));
  const kept = elements(types, "Override").filter((override) =>
    gone.has(attributeOf(override.text, "PartName") ?? "")
  );
  zip.file(
    "[Content_Types].xml",
    kept.reduce((xml, override) => xml.replace(override.text, ""), types)
  );
};

const ANCHOR = /<(xdr:)?(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/\1?\2>/g;

/**
 * A sheet Plan Tracker writes whole keeps its drawing for the pictures on it, but loses the charts
 * (Plan Tracker's own, from the last time it wrote the sheet; the new ones are added after).
 * Returns the drawing's relationship, or null when the sheet is left with no drawing.
 */
const keepPictures = async (
  zip: PackageZip,
  sheetPart: string,
  gone: string[]
): Promise<{ id: string; target: string } | null> => {
  const drawingRel = readRelationships(await text(zip, relsPathOf(sheetPart))).find(
    (rel) => rel.type === REL_DRAWING
  );
  if (!drawingRel) return null;
  const drawing = resolveTarget(sheetPart, drawingRel.target);
  const drawingRelsPath = relsPathOf(drawing);
  let drawingRels = await text(zip, drawingRelsPath);
  const charts = new Map(
    readRelationships(drawingRels)
      .filter((rel) => rel.type === REL_CHART)
      .map((rel) => [rel.id, resolveTarget(drawing, rel.target)])
  );
  let kept = 0;
  const xml = ((await text(zip, drawing)) ?? "").replace(ANCHOR, (anchor) => {
    const chart = /<c:chart\b[^>]*\br:id="([^"]+)"/.exec(anchor)?.[1];
    if (chart === undefined || !charts.has(chart)) {
      kept += 1;
      return anchor;
    }
    return "";
  });
  for (const [id, chart] of charts) {
    gone.push(chart);
    const chartRels = relsPathOf(chart);
    for (const own of readRelationships(await text(zip, chartRels))) {
      const target = resolveTarget(chart, own.target);
      if (target.startsWith("xl/charts/")) gone.push(target);
    }
    if (zip.file(chartRels)) gone.push(chartRels);
    drawingRels = (drawingRels ?? "").replace(
      new RegExp(`<Relationship\\b[^>]*\\bId="${id}"[^>]*/>`),
      ""
    );
  }
  if (kept === 0) {
    gone.push(drawing);
    if (zip.file(drawingRelsPath)) gone.push(drawingRelsPath);
    return null;
  }
  zip.file(drawing, xml);
  if (drawingRels !== null) zip.file(drawingRelsPath, drawingRels);
  return { id: drawingRel.id, target: drawingRel.target };
};

/**
 * A sheet written whole and its relationships: the file's drawing (pictures) when kept, and the
 * written sheet's links to web pages under fresh ids. Anything else the written sheet points at is
 * refused rather than dropped.
 */
const wholeSheet = (
  sheetXml: string,
  writtenRels: string | null,
  sheet: string,
  drawing: { id: string; target: string } | null
): { xml: string; rels: string | null } => {
  let rels: string | null = null;
  let xml = sheetXml.replace(/<(drawing|legacyDrawing)\b[^>]*\/>/g, "");
  if (drawing !== null) {
    rels = addRelationship(null, REL_DRAWING, drawing.target).xml.replace(
      /Id="rId\d+"/,
      `Id="${drawing.id}"`
    );
    xml = addDrawingElement(xml, drawing.id);
  }
  for (const rel of readRelationships(writtenRels)) {
    if (rel.type === REL_DRAWING) continue; // the written package's drawing holds the file's pictures, kept above
    if (rel.type !== REL_HYPERLINK)
      throw new CopyRefused(
        `Plan Tracker's sheet '${sheet}' refers to a part it cannot copy (${rel.target}); nothing was written.`
      );
    const added = addRelationship(rels, REL_HYPERLINK, rel.target);
    rels = added.xml.replace(
      /(<Relationship\b[^>]*)\/>(?![\s\S]*<Relationship\b)/,
      '$1 TargetMode="External"/>'
    );
    xml = xml.replace(new RegExp(`(<hyperlink\\b[^>]*\\br:id=")${rel.id}"`), `$1${added.id}"`);
  }
  return { xml, rels };
};

const freePart = (zip: PackageZip): string => {
  let n = 1;
  while (zip.file(`xl/worksheets/sheet${n}.xml`)) n += 1;
  return `xl/worksheets/sheet${n}.xml`;
};

/** Edit `file` (the council's package, opened) with the changes taken from `written` (exceljs's package). */
export const splicePackage = async (
  file: PackageZip,
  written: PackageZip,
  changes: WorkbookChanges
): Promise<void> => {
  if (changes.sheets.length === 0 && !changes.marks) return;
  const workbookRelsPath = "xl/_rels/workbook.xml.rels";
  let workbookRels = await must(file, workbookRelsPath, "The workbook");
  const workbookXml = await must(file, "xl/workbook.xml", "The workbook");
  // Strict Open XML names its namespaces and relationship types under purl.oclc.org; the writer's
  // parts use the transitional ones. Reading either is the same, but a copy would mix the two, which
  // no check here can show Excel opens (docs/TESTING.md), so the copy is refused in plain words.
  if (STRICT.test(workbookXml))
    throw new CopyRefused(
      "The workbook is saved as Strict Open XML, which Plan Tracker can read but not yet copy faithfully; save it in Excel as an Excel Workbook (.xlsx) and try again; nothing was written."
    );
  const fileSheets = sheetPartsOf(workbookXml, workbookRels);
  const writtenWorkbook = await must(written, "xl/workbook.xml", "The written workbook");
  const writtenSheets = sheetPartsOf(
    writtenWorkbook,
    await must(written, workbookRelsPath, "The written workbook")
  );

  const stylesRel = readRelationships(workbookRels).find((rel) => rel.type === REL_STYLES);
  if (!stylesRel)
    throw new CopyRefused(
      "The workbook has no styles part, so Plan Tracker cannot write a faithful copy of it; nothing was written."
    );
  const stylesPath = resolveTarget("xl/workbook.xml", stylesRel.target);
  const styles = new StyleMerger(
    await must(file, stylesPath, "The workbook"),
    (await text(written, "xl/styles.xml")) ?? ""
  );
  const cells = new WrittenCells(await text(written, "xl/sharedStrings.xml"), styles);

  let formulas = false;
  const added: { name: string; relId: string; state: string | null }[] = [];
  const overrides: { partName: string; contentType: string }[] = [];
  const gone: string[] = [];
  for (const change of changes.sheets) {
    const writtenPart = writtenSheets.get(change.name);
    if (writtenPart === undefined)
      throw new CopyRefused(
        `The written workbook lost the sheet '${change.name}'; nothing was written.`
      );
    const writtenXml = await must(written, writtenPart, "The written workbook");
    const filePart = fileSheets.get(change.name);
    if (!change.whole && filePart !== undefined) {
      const edited = editSheet(
        await must(file, filePart, "The workbook"),
        writtenXml,
        change,
        cells
      );
      formulas ||= edited.formulas;
      file.file(filePart, edited.xml);
      continue;
    }
    // Written whole: a sheet Plan Tracker added, or one of its own.
    const part = filePart ?? freePart(file);
    const drawing = filePart === undefined ? null : await keepPictures(file, filePart, gone);
    if (filePart === undefined) {
      const relation = addRelationship(
        workbookRels,
        REL_WORKSHEET,
        relativeTarget("xl/workbook.xml", part)
      );
      workbookRels = relation.xml;
      const tag =
        elements(writtenWorkbook, "sheet").find(
          (sheet) => attributeOf(sheet.text, "name") === change.name
        )?.text ?? "";
      added.push({ name: change.name, relId: relation.id, state: attributeOf(tag, "state") });
      overrides.push({ partName: `/${part}`, contentType: CT_WORKSHEET });
    }
    const sheet = wholeSheet(
      cells.sheet(writtenXml),
      await text(written, relsPathOf(writtenPart)),
      change.name,
      drawing
    );
    file.file(part, sheet.xml);
    if (sheet.rels === null) file.remove(relsPathOf(part));
    else file.file(relsPathOf(part), sheet.rels);
  }

  // A formula replaced or written on a council sheet makes the file's calculation chain wrong; Excel rebuilds it when it is absent.
  if (formulas) {
    const chain = readRelationships(workbookRels).find((rel) => rel.type === REL_CALC_CHAIN);
    if (chain) {
      gone.push(resolveTarget("xl/workbook.xml", chain.target));
      workbookRels = workbookRels.replace(
        new RegExp(`<Relationship\\b[^>]*\\bId="${chain.id}"[^>]*/>`),
        ""
      );
    }
  }
  // Print titles live in the workbook part: they follow the sheets whose page setup Plan Tracker wrote.
  const printed = changes.sheets
    .filter((change) => change.whole || change.elements.has("pageSetup"))
    .map((change) => change.name);
  file.file("xl/workbook.xml", updateWorkbookPart(workbookXml, writtenWorkbook, added, printed));
  file.file(workbookRelsPath, workbookRels);
  if (styles.changed()) file.file(stylesPath, styles.result());
  await removeParts(file, gone);
  if (overrides.length > 0)
    file.file(
      "[Content_Types].xml",
      addOverrides(await must(file, "[Content_Types].xml", "The workbook"), overrides)
    );
};
