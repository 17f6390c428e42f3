import type { ApplyReport, GatewayError } from "../../../src/core/gateway";
import type { CellValue } from "../../../src/core/model/cell-value";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { UnmappedNote } from "../../../src/core/parse/plan-model";
import type { Result } from "../../../src/core/result";
import type { SheetSnapshot, WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import type { Issue, Severity } from "../../../src/core/validate/issue";
import type { WritePlan } from "../../../src/core/write-plan/write-plan";
import { summarise } from "../../../src/core/validate/issue";
import { paneAnalysisOf, type PaneAnalysis } from "../../../src/taskpane/hooks/pane-analysis";
import type { PreviewGateway } from "../../../src/taskpane/preview/preview-gateway";

export const sheet = (
  name: string,
  values: CellValue[][],
  extra: Partial<SheetSnapshot> = {}
): SheetSnapshot => ({
  name,
  firstRow: 1,
  firstColumn: 1,
  values,
  numberFormats: {},
  fills: {},
  merges: [],
  protected: false,
  visibility: "visible",
  ...extra,
});

export const snapshot = (sheets: SheetSnapshot[], name = "plan.xlsx"): WorkbookSnapshot => ({
  name,
  sheets,
  settings: {},
  stamp: { takenAt: "2024-05-01T09:00:00Z", fingerprint: "test" },
});

export const issue = (
  sheetName: string,
  cell: string,
  severity: Severity,
  message: string,
  extra: Partial<Issue> = {}
): Issue => {
  const match = /^([A-Z]+)(\d+)$/.exec(cell);
  return {
    code: "test-code",
    severity,
    sheet: sheetName,
    cell,
    row: match ? Number(match[2]) : 1,
    column: match ? match[1] : "A",
    field: "owner",
    value: null,
    message,
    ...extra,
  };
};

/**
 * A hand-made analysis: the issues and unmapped notes are the test's own; the rest of the model is
 * whatever detection makes of the snapshot, as the pane sees it (layout, counts, unmapped notes, the RAG view's facts).
 */
export const analysis = (
  workbook: WorkbookSnapshot,
  issues: Issue[],
  unmapped: UnmappedNote[] = []
): PaneAnalysis =>
  paneAnalysisOf({
    snapshot: workbook,
    model: { ...detectPlan(workbook), unmapped },
    issues,
    summary: summarise(issues),
  });

export interface FakeGateway extends PreviewGateway {
  selections: Array<[string, string]>;
  reads: number;
  /** Every write plan handed to apply(), in order. */
  applied: WritePlan[];
}

export interface FakeGatewayOptions {
  readError?: GatewayError;
  selectError?: GatewayError;
  /** What apply() answers; by default success with nothing skipped. */
  applyResult?: Result<ApplyReport, GatewayError>;
  /** Called inside apply() before it answers, e.g. to report progress or to hold the write open. */
  duringApply?: (onProgress: ((done: number, total: number) => void) | undefined) => Promise<void>;
}

/**
 * A workbook seam over a fixed snapshot: records select() calls and tells onSelect listeners, as the
 * xlsx gateway does; records the write plans applied (the snapshot itself never changes).
 */
export const fakeGateway = (
  workbook: WorkbookSnapshot,
  options: FakeGatewayOptions = {}
): FakeGateway => {
  const listeners = new Set<(sheet: string, address: string) => void>();
  const gateway: FakeGateway = {
    kind: "xlsx",
    selections: [],
    reads: 0,
    applied: [],
    capabilities: () => ({
      conditionalFormats: true,
      dataValidation: true,
      cellProperties: true,
      customXmlParts: true,
      selection: true,
    }),
    read: async (): Promise<Result<WorkbookSnapshot, GatewayError>> => {
      gateway.reads += 1;
      return options.readError
        ? { ok: false, error: options.readError }
        : { ok: true, value: workbook };
    },
    apply: async (plan, onProgress) => {
      gateway.applied.push(plan);
      await options.duringApply?.(onProgress);
      return options.applyResult ?? { ok: true, value: { opsApplied: plan.ops.length, syncs: 1 } };
    },
    select: async (sheetName, address) => {
      gateway.selections.push([sheetName, address]);
      if (options.selectError) return { ok: false, error: options.selectError };
      listeners.forEach((listener) => listener(sheetName, address));
      return { ok: true, value: undefined };
    },
    onSelect: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return gateway;
};
