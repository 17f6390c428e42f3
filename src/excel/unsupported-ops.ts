import type { WriteOp } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import { chartName } from "./queue-chart";

/**
 * Operations this Excel cannot do, said plainly, so the result tells the person what is missing
 * (docs/EXCEL.md#requirement-sets: degrade, never fail, on old clients). Cell formats are never dropped: below ExcelApi
 * 1.9 they go as a few rectangles of one format instead of setCellProperties.
 */
const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);

const sheetsOf = (ops: readonly WriteOp[]): string => {
  const names = [...new Set(ops.map((op) => `"${op.sheet}"`))];
  return names.length <= 1
    ? names.join("")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
};

interface Gate {
  applies: (op: WriteOp) => boolean;
  supported: (support: ExcelApiSupport) => boolean;
  sentence: (ops: WriteOp[]) => string;
}

const GATES: Gate[] = [
  {
    applies: (op) => op.kind === "conditionalFormat",
    supported: (s) => s.conditionalFormats,
    sentence: (ops) =>
      `${ops.length} conditional format ${plural(ops.length, "rule was", "rules were")} not added because this version of Excel does not support them (ExcelApi 1.6); the RAG colours are still written as fills.`,
  },
  {
    applies: (op) => op.kind === "listValidation",
    supported: (s) => s.dataValidation,
    sentence: (ops) =>
      `${ops.length} dropdown ${plural(ops.length, "list was", "lists were")} not added because this version of Excel does not support them (ExcelApi 1.8); Plan Tracker still checks those cells itself.`,
  },
  {
    applies: (op) => op.kind === "removeConditionalFormat",
    supported: (s) => s.conditionalFormats,
    sentence: (ops) =>
      `${ops.length} highlighting ${plural(ops.length, "rule was", "rules were")} not removed because this version of Excel cannot change conditional formats (ExcelApi 1.6); remove ${plural(ops.length, "it", "them")} under Home > Conditional Formatting > Manage Rules.`,
  },
  {
    applies: (op) => op.kind === "restoreValidation",
    supported: (s) => s.dataValidation,
    sentence: (ops) =>
      `${ops.length} dropdown ${plural(ops.length, "list was", "lists were")} not put back because this version of Excel cannot change data validation (ExcelApi 1.8); check them under Data > Data Validation.`,
  },
  {
    applies: (op) => op.kind === "columnWidths",
    supported: (s) => s.columnWidths,
    sentence: (ops) =>
      `Column widths on ${sheetsOf(ops)} were not set because this version of Excel does not support it (ExcelApi 1.2); widen the columns by hand if text is cut off.`,
  },
  {
    applies: (op) => op.kind === "freezePanes",
    supported: (s) => s.freezePanes,
    sentence: (ops) =>
      `The header rows on ${sheetsOf(ops)} were not frozen because this version of Excel does not support it (ExcelApi 1.7); use View > Freeze Panes if you want them to stay in view.`,
  },
  {
    applies: (op) => op.kind === "pageSetup",
    supported: (s) => s.pageLayout,
    sentence: (ops) =>
      `The print setup for ${sheetsOf(ops)} (A4, orientation, fit to page width, repeated header rows, footer) was not applied because this version of Excel does not support it (ExcelApi 1.9); set it under Page Layout before printing.`,
  },
];

/**
 * Office.js has no alt-text property for charts (only for shapes and PivotTables in
 * @types/office-js 1.0.612), so the chart goes in with its title and the person is told the alt
 * text to add (WCAG 1.1.1).
 */
const altTextSentences = (ops: readonly WriteOp[]): string[] =>
  ops.flatMap((op) =>
    op.kind === "chart" && op.chart.altText.trim() !== ""
      ? [
          `Excel's add-in interface cannot set a chart's alt text, so the chart "${chartName(op.chart)}" on "${op.sheet}" has none yet; right-click it, choose Edit Alt Text and enter: ${op.chart.altText.trim()}`,
        ]
      : []
  );

export const unsupportedOps = (
  ops: readonly WriteOp[],
  support: ExcelApiSupport
): { kept: WriteOp[]; skipped: string[] } => {
  const skipped: string[] = [];
  const dropped = new Set<WriteOp>();
  for (const gate of GATES) {
    if (gate.supported(support)) continue;
    const affected = ops.filter(gate.applies);
    if (affected.length === 0) continue;
    skipped.push(gate.sentence(affected));
    affected.forEach((op) => dropped.add(op));
  }
  skipped.push(...altTextSentences(ops));
  // Without conditional formats (ExcelApi 1.6) there is no highlighting to replace; the rules'
  // own sentence above already says highlighting was not added, so this goes without one.
  if (!support.conditionalFormats)
    ops.forEach((op) => op.kind === "clearHighlighting" && dropped.add(op));
  return { kept: ops.filter((op) => !dropped.has(op)), skipped };
};
