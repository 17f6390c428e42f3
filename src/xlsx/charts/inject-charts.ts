import { sheetPartsOf } from "../sheet-parts";
import type { CellValue } from "../../core/model/cell-value";
import { chartData } from "./chart-data";
import { chartXml } from "./chart-xml";
import { addAnchors, drawingXml, type ChartAnchor } from "./drawing-xml";
import type { JsZipModule } from "./load-jszip";
import {
  addDrawingElement,
  addOverrides,
  addRelationship,
  CT_CHART,
  CT_DRAWING,
  drawingRelId,
  readRelationships,
  REL_CHART,
  REL_DRAWING,
  relativeTarget,
  relsPathOf,
  resolveTarget,
} from "./package-parts";
import { chartName, type PendingChart } from "./pending-charts";

/**
 * Write charts into a package exceljs has just saved (exceljs cannot: exceljs#141, #1734). For each
 * sheet with charts: a drawing part (or exceljs's own, if the sheet has pictures) with one anchor per
 * chart, a chart part per chart with its references and cached values, the relationships that join
 * sheet → drawing → chart, the sheet's <drawing> element and the content types. `valueAt` reads a
 * cell as the workbook holds it at save time, for the caches.
 */
export type SheetValueAt = (sheet: string, row: number, column: number) => CellValue;

const numbered = (names: string[], pattern: RegExp): number =>
  names.reduce((max, name) => {
    const match = pattern.exec(name);
    return match ? Math.max(max, Number(match[1])) : max;
  }, 0);

const maxDrawingObjectId = (drawing: string): number => {
  let max = 1;
  for (const match of drawing.matchAll(/<xdr:cNvPr\b[^>]*\bid="(\d+)"/g))
    max = Math.max(max, Number(match[1]));
  return max;
};

const bySheet = (charts: readonly PendingChart[]): Map<string, PendingChart[]> => {
  const groups = new Map<string, PendingChart[]>();
  for (const pending of charts)
    groups.set(pending.sheet, [...(groups.get(pending.sheet) ?? []), pending]);
  return groups;
};

/** The saved package opened for editing (one JSZip instance shared by every edit save() makes). */
export type PackageZip = Awaited<ReturnType<JsZipModule["loadAsync"]>>;

/** Add the charts to the opened package (package/faithful-copy.ts opens and generates it once for every save). */
export const addCharts = async (
  zip: PackageZip,
  charts: readonly PendingChart[],
  valueAt: SheetValueAt
): Promise<void> => {
  if (charts.length === 0) return;
  const read = async (path: string): Promise<string | null> =>
    (await zip.file(path)?.async("string")) ?? null;
  const must = async (path: string): Promise<string> => {
    const text = await read(path);
    if (text === null) throw new Error(`the saved workbook has no ${path}`);
    return text;
  };

  const parts = sheetPartsOf(
    await must("xl/workbook.xml"),
    await must("xl/_rels/workbook.xml.rels")
  );
  const names = Object.keys(zip.files);
  let chartNumber = numbered(names, /^xl\/charts\/chart(\d+)\.xml$/);
  let drawingNumber = numbered(names, /^xl\/drawings\/drawing(\d+)\.xml$/);
  const overrides: { partName: string; contentType: string }[] = [];

  for (const [sheet, pending] of bySheet(charts)) {
    const sheetPart = parts.get(sheet);
    if (sheetPart === undefined)
      throw new Error(`the saved workbook has no sheet called '${sheet}'`);
    let sheetXml = await must(sheetPart);
    const sheetRelsPath = relsPathOf(sheetPart);
    let sheetRels = await read(sheetRelsPath);

    // A sheet with pictures already has a drawing: the charts join it rather than start a second one.
    const existingId = drawingRelId(sheetXml);
    const existingTarget =
      existingId === null
        ? undefined
        : readRelationships(sheetRels).find((rel) => rel.id === existingId)?.target;
    const existing = existingTarget === undefined ? null : resolveTarget(sheetPart, existingTarget);
    const drawingPart = existing ?? `xl/drawings/drawing${(drawingNumber += 1)}.xml`;
    const drawingBefore = existing === null ? null : await read(existing);
    const drawingRelsPath = relsPathOf(drawingPart);
    let drawingRels = await read(drawingRelsPath);

    let nextObjectId = drawingBefore === null ? 2 : maxDrawingObjectId(drawingBefore) + 1;
    const anchors: ChartAnchor[] = [];
    for (const { chart } of pending) {
      const data = chartData(sheet, chart, (row, column) => valueAt(sheet, row, column));
      if (data === null) continue; // refused before apply; nothing to draw from
      const chartPart = `xl/charts/chart${(chartNumber += 1)}.xml`;
      zip.file(chartPart, chartXml(chart, data));
      overrides.push({ partName: `/${chartPart}`, contentType: CT_CHART });
      const added = addRelationship(drawingRels, REL_CHART, relativeTarget(drawingPart, chartPart));
      drawingRels = added.xml;
      anchors.push({
        topLeft: chart.topLeft,
        bottomRight: chart.bottomRight,
        id: nextObjectId,
        name: chartName(chart),
        altText: chart.altText,
        relId: added.id,
      });
      nextObjectId += 1;
    }
    if (anchors.length === 0 || drawingRels === null) continue;

    zip.file(
      drawingPart,
      drawingBefore === null ? drawingXml(anchors) : addAnchors(drawingBefore, anchors)
    );
    zip.file(drawingRelsPath, drawingRels);
    if (existing === null) {
      overrides.push({ partName: `/${drawingPart}`, contentType: CT_DRAWING });
      const added = addRelationship(sheetRels, REL_DRAWING, relativeTarget(sheetPart, drawingPart));
      sheetRels = added.xml;
      sheetXml = addDrawingElement(sheetXml, added.id);
      zip.file(sheetPart, sheetXml);
      zip.file(sheetRelsPath, sheetRels);
    }
  }

  zip.file("[Content_Types].xml", addOverrides(await must("[Content_Types].xml"), overrides));
};
