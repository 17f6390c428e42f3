import { FakeOfficeError } from "./errors";
import type { FakeHandlerEntry } from "./events";
import type { StoredWorkbook } from "./store";

/**
 * Request accounting. Excel's real request JSON carries every action and every object path; these fixed
 * costs approximate it so that "10,000 single-cell writes in one sync" (about 10,000 proxies and
 * 10,000 property sets) crosses the 5 MB limit as Microsoft's performance guidance says it would.
 */
export const CALL_COST = 300;
export const PROXY_COST = 300;
/** Excel on the web rejects a request or response over 5 MB (docs/EXCEL.md#limits). */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
/** Over 5,000,000 cells, a read silently returns null values (docs/EXCEL.md#limits). */
export const CELL_READ_LIMIT = 5_000_000;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  calls: string[];
  /** The Office error code if this sync failed. */
  failed?: string;
}

export interface FakeStats {
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  totalRequestBytes: number;
  totalResponseBytes: number;
  /** Proxy objects created by API calls (getRange, getItem, add…). */
  proxies: number;
  untracked: number;
  /** Parameterless load() calls, which real code should never make. */
  emptyLoads: number;
  /** Every API call queued, by name, whether or not its sync succeeded. */
  calls: Record<string, number>;
  perSync: SyncRecord[];
}

export const emptyStats = (): FakeStats => ({
  syncs: 0,
  maxRequestBytes: 0,
  maxResponseBytes: 0,
  totalRequestBytes: 0,
  totalResponseBytes: 0,
  proxies: 0,
  untracked: 0,
  emptyLoads: 0,
  calls: {},
  perSync: [],
});

export interface HostConfig {
  /** Highest ExcelApi minor version the host supports (17 → ExcelApi 1.17). */
  apiMinor: number;
  /** null models desktop Excel, which has no payload limit. */
  payloadLimit: number | null;
  cellReadLimit: number;
}

/** The shared "Excel host": the stored workbook, its configuration and the accounting. */
export interface FakeHost {
  store: StoredWorkbook;
  config: HostConfig;
  stats: FakeStats;
  enableEvents: boolean;
  /** Called at the start of each sync (after counting): a test edits the store here to play a co-author. */
  beforeSync: ((syncNumber: number) => void) | null;
  /** Errors to throw from coming syncs, in order (a test's way to make Excel fail). */
  failures: FakeOfficeError[];
  /** WorksheetCollection.onChanged handlers registered and not yet removed (events.ts). */
  changeHandlers: FakeHandlerEntry[];
}

export interface ActionOutcome {
  response: unknown;
  commit: () => void;
}

export interface QueuedAction {
  label: string;
  requestBytes: number;
  /** ExcelApi minor version the action needs. */
  minApi: number;
  run: () => ActionOutcome | void;
}

export const jsonLength = (value: unknown): number =>
  value === undefined ? 0 : JSON.stringify(value).length;

export const apiName = (minor: number): string => `ExcelApi 1.${minor}`;

/** Excel.RequestContext: queues actions and runs them, in order, at sync(). */
export class FakeContext {
  readonly host: FakeHost;
  private queue: QueuedAction[] = [];
  private closed = false;

  constructor(host: FakeHost) {
    this.host = host;
  }

  enqueue(action: QueuedAction): void {
    if (this.closed) {
      throw new FakeOfficeError(
        "InvalidObjectPath",
        "The object cannot be used: its Excel.run batch has finished.",
        action.label
      );
    }
    const calls = this.host.stats.calls;
    calls[action.label] = (calls[action.label] ?? 0) + 1;
    this.queue.push(action);
  }

  /** A proxy created by an API call: it costs request bytes and is checked (exists, valid) at sync. */
  enqueueProxy(label: string, minApi: number, check: () => ActionOutcome | void): void {
    this.host.stats.proxies += 1;
    this.enqueue({ label, requestBytes: PROXY_COST, minApi, run: check });
  }

  requireApi(minApi: number, label: string): void {
    if (minApi > this.host.config.apiMinor) {
      throw new FakeOfficeError(
        "ApiNotFound",
        `The API you are trying to use could not be found. It may be available in a newer version of Excel (${apiName(minApi)}).`,
        label
      );
    }
  }

  get pendingActions(): number {
    return this.queue.length;
  }

  close(): void {
    this.closed = true;
  }

  /** Excel.run(earlierContext, batch): Office.js lets a batch run again in the context an event handler was added with. */
  reopen(): void {
    this.closed = false;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const before = this.host.stats.perSync.length;
    try {
      await this.run();
    } catch (error) {
      const record = this.host.stats.perSync[before];
      if (record)
        record.failed = error instanceof FakeOfficeError ? error.code : "not an Office error";
      throw error;
    }
  }

  private async run(): Promise<void> {
    if (this.closed)
      throw new FakeOfficeError(
        "InvalidRequestContext",
        "The request context is no longer valid.",
        "RequestContext.sync"
      );
    const actions = this.queue;
    this.queue = [];
    const { stats, config } = this.host;
    stats.syncs += 1;
    const requestBytes = actions.reduce((sum, action) => sum + action.requestBytes, 0);
    const record: SyncRecord = {
      requestBytes,
      responseBytes: 0,
      calls: actions.map((action) => action.label),
    };
    stats.perSync.push(record);
    stats.totalRequestBytes += requestBytes;
    stats.maxRequestBytes = Math.max(stats.maxRequestBytes, requestBytes);
    this.host.beforeSync?.(stats.syncs);
    const failure = this.host.failures.shift();
    if (failure) throw failure;
    if (config.payloadLimit !== null && requestBytes > config.payloadLimit) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        "The request payload size has exceeded the limit.",
        "RequestContext.sync"
      );
    }
    const commits: (() => void)[] = [];
    for (const action of actions) {
      this.requireApi(action.minApi, action.label);
      const outcome = action.run();
      if (outcome) {
        record.responseBytes += jsonLength(outcome.response);
        commits.push(outcome.commit);
      }
    }
    stats.totalResponseBytes += record.responseBytes;
    stats.maxResponseBytes = Math.max(stats.maxResponseBytes, record.responseBytes);
    if (config.payloadLimit !== null && record.responseBytes > config.payloadLimit) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        "The response payload size has exceeded the limit.",
        "RequestContext.sync"
      );
    }
    for (const commit of commits) commit();
  }
}
