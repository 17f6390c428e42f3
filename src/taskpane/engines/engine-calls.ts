import type { ApplyReport, Capabilities, FillRequest, GatewayError, ReadRequest, UndoableRun, UndoReport } from "../../core/gateway";
import type { Mapping } from "../../core/mapping/mapping";
import type { IsoDate } from "../../core/model/timescale";
import type { Result } from "../../core/result";
import type { WorkbookSnapshot } from "../../core/snapshot/workbook-snapshot";
import type { WritePlan } from "../../core/write-plan/write-plan";
import type { LoadedMapping, PreviewRequest } from "../components/mapping/mapping-engine";
import type { MappingEffect } from "../components/mapping/effect-words";
import type { PeriodNotRecorded, PeriodRecorded, RagRequest, RagRun, RefreshRequest } from "../components/rag/rag-engine";
import type { MeasureChoices, ReportRequest, ReportRun } from "../components/report/report-engine";
import type { PaneAnalysis } from "../hooks/pane-analysis";
import type { RunProgress } from "../progress/run-progress";
import type { Procedure } from "./rpc/procedure";

/**
 * The engine's two conversations (types only: the page imports none of the engine's code from here).
 * The page asks the worker to run an engine over a workbook; while it runs, the worker asks the page
 * to read and write that workbook, because the gateway (Office.js above all) lives in the page.
 */

/** The workbook an engine runs over, as the worker sees it: the page keeps the gateway itself. */
export interface GatewayOutline {
  /** Names this run's gateway in the worker's calls back. */
  session: number;
  kind: "excel" | "xlsx";
  capabilities: Capabilities;
  /** Which optional parts it has: an absent readFills means read() returns every fill, which the core relies on. */
  has: { readFills: boolean; storeMapping: boolean; undoLastRun: boolean; undoableRun: boolean };
}

/** Each engine's request, by call name. */
export interface EngineRequests {
  analyse: undefined;
  "rag.rate": RagRequest;
  "rag.refresh": RefreshRequest;
  "rag.recordPeriod": RagRequest & { label: string };
  "report.generate": ReportRequest;
  "report.listMeasures": IsoDate;
  "mapping.load": undefined;
  "mapping.preview": PreviewRequest;
  "mapping.save": Mapping;
}

/** Each engine's answer: plain data, copied across as it is (no functions, no classes). */
export interface EngineResults {
  analyse: Result<PaneAnalysis, GatewayError>;
  "rag.rate": Result<RagRun, GatewayError>;
  "rag.refresh": Result<RagRun, GatewayError>;
  "rag.recordPeriod": Result<PeriodRecorded, PeriodNotRecorded>;
  "report.generate": Result<ReportRun, GatewayError>;
  "report.listMeasures": Result<MeasureChoices, GatewayError>;
  "mapping.load": Result<LoadedMapping, GatewayError>;
  "mapping.preview": Result<MappingEffect, string>;
  "mapping.save": Result<Mapping, string>;
}

export type EngineName = keyof EngineRequests;

/** Running each engine: over a gateway, reporting where it has got to. */
export type EngineRuns = {
  [K in EngineName]: Procedure<{ gateway: GatewayOutline; request: EngineRequests[K] }, EngineResults[K], RunProgress>;
};

/** What the page asks of the worker. `ready` answers once the worker's code has loaded and runs. */
export type EngineCalls = EngineRuns & { ready: Procedure<undefined, true> };

interface Session {
  session: number;
}

type Fills = Record<string, Record<string, string>>;

/** What the worker asks of the page: the WorkbookGateway's methods, for one run's gateway. */
export interface GatewayCalls {
  read: Procedure<Session & { request?: ReadRequest }, Result<WorkbookSnapshot, GatewayError>>;
  readFills: Procedure<Session & { requests: FillRequest[] }, Result<Fills, GatewayError>>;
  apply: Procedure<Session & { plan: WritePlan }, Result<ApplyReport, GatewayError>, { done: number; total: number }>;
  select: Procedure<Session & { sheet: string; address: string }, Result<void, GatewayError>>;
  storeMapping: Procedure<Session & { xml: string }, Result<void, GatewayError>>;
  undoLastRun: Procedure<Session, Result<UndoReport, GatewayError>, { done: number; total: number }>;
  undoableRun: Procedure<Session, Result<UndoableRun | null, GatewayError>>;
}
