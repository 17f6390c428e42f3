import type {
  ApplyReport,
  Capabilities,
  FillRequest,
  GatewayError,
  ReadRequest,
  UndoableRun,
  UndoReport,
} from "../../core/gateway";
import type { Result } from "../../core/result";
import type { WorkbookSnapshot } from "../../core/snapshot/workbook-snapshot";
import type { WritePlan } from "../../core/write-plan/write-plan";
import type { Procedure } from "./rpc/procedure";

/**
 * A WorkbookGateway across a channel (types only). The thread that holds the gateway (the page, for
 * Office.js; the preview's workbook worker, for an .xlsx) answers these calls; the thread that runs an
 * engine makes them through remote-gateway.ts.
 */

/** The workbook an engine runs over, as the engine's thread sees it: the holder keeps the gateway itself. */
export interface GatewayOutline {
  /** Names this workbook in the calls back to its holder. */
  session: number;
  kind: "excel" | "xlsx";
  capabilities: Capabilities;
  /** Which optional parts it has: an absent readFills means read() returns every fill, which the core relies on. */
  has: { readFills: boolean; storeMapping: boolean; undoLastRun: boolean; undoableRun: boolean };
  /**
   * Absent when the page holds the gateway; else the number of the direct line to the worker that
   * holds it (the preview's workbook worker), so reads and writes never pass through the page.
   */
  link?: number;
}

interface Session {
  session: number;
}

type Fills = Record<string, Record<string, string>>;

/** The WorkbookGateway's methods, for one session's gateway. */
export interface GatewayCalls {
  read: Procedure<Session & { request?: ReadRequest }, Result<WorkbookSnapshot, GatewayError>>;
  readFills: Procedure<Session & { requests: FillRequest[] }, Result<Fills, GatewayError>>;
  apply: Procedure<
    Session & { plan: WritePlan },
    Result<ApplyReport, GatewayError>,
    { done: number; total: number }
  >;
  select: Procedure<Session & { sheet: string; address: string }, Result<void, GatewayError>>;
  storeMapping: Procedure<Session & { xml: string }, Result<void, GatewayError>>;
  undoLastRun: Procedure<
    Session,
    Result<UndoReport, GatewayError>,
    { done: number; total: number }
  >;
  undoableRun: Procedure<Session, Result<UndoableRun | null, GatewayError>>;
}

/** The worker that holds workbooks (the preview's): it opens direct lines for the engine's worker. */
export interface WorkbookHolder {
  /** One end of a new channel whose other end the holder now serves every held workbook's calls on. */
  openPort(): Promise<MessagePort>;
}

/** Where a gateway's workbook really is, when it is held in a worker rather than in the page. */
export interface HeldIn {
  holder: WorkbookHolder;
  /** The workbook's session in the holder. */
  session: number;
  /** An engine wrote into it over the direct line, unseen by the page: tell whoever draws it. */
  wrote(): void;
}

export interface HeldElsewhere {
  heldIn: HeldIn;
}
