import type { FakeContext } from "./context";
import { FakeOfficeError } from "./errors";

/** What Excel hands a WorksheetCollection.onChanged handler (ExcelApi 1.7), as far as Plan Tracker reads it. */
export interface FakeChangedEventArgs {
  address: string;
  worksheetId: string;
  changeType: "RangeEdited";
  source: "Local" | "Remote";
  type: "WorksheetChanged";
}

export type FakeChangeHandler = (args: FakeChangedEventArgs) => Promise<unknown>;

/** One registered handler and the context it was added in (where Office.js removes it). */
export interface FakeHandlerEntry {
  context: FakeContext;
  handler: FakeChangeHandler;
}

/** OfficeExtension.EventHandlerResult: remove() queues on the context the handler was added with. */
export class FakeEventHandlerResult {
  readonly context: FakeContext;
  private readonly entry: FakeHandlerEntry;

  constructor(context: FakeContext, entry: FakeHandlerEntry) {
    this.context = context;
    this.entry = entry;
  }

  remove(): void {
    const handlers = this.context.host.changeHandlers;
    this.context.enqueue({
      label: "EventHandlerResult.remove",
      requestBytes: 300,
      minApi: 7,
      run: () => {
        if (!handlers.includes(this.entry))
          throw new FakeOfficeError(
            "InvalidOperation",
            "This event handler is not registered (it was never added, or was removed already).",
            "EventHandlerResult.remove"
          );
        return { response: null, commit: () => handlers.splice(handlers.indexOf(this.entry), 1) };
      },
    });
  }
}

/**
 * OfficeExtension.EventHandlers for WorksheetCollection.onChanged. Strict like Excel: a handler is
 * registered only when its context syncs, and is called only while registered and events are on.
 */
export class FakeChangeEvents {
  private readonly ctx: FakeContext;

  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }

  add(handler: FakeChangeHandler): FakeEventHandlerResult {
    if (typeof handler !== "function")
      throw new FakeOfficeError(
        "InvalidArgument",
        "An event handler must be a function.",
        "EventHandlers.add"
      );
    const entry: FakeHandlerEntry = { context: this.ctx, handler };
    const handlers = this.ctx.host.changeHandlers;
    this.ctx.enqueue({
      label: "WorksheetCollection.onChanged.add",
      requestBytes: 300,
      minApi: 7,
      run: () => ({ response: null, commit: () => handlers.push(entry) }),
    });
    return new FakeEventHandlerResult(this.ctx, entry);
  }
}
