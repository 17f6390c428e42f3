import type { GatewayError } from "../../../core/gateway";
import type { Result } from "../../../core/result";
import type { GatewayCalls, GatewayOutline } from "../../worker/gateway-calls";
import type { Procedure } from "../../worker/rpc/procedure";

/**
 * What the preview's page asks of the workbook worker (types only). The worker opens the .xlsx and
 * holds it; each open workbook is a session, and the page calls the WorkbookGateway's methods on it
 * exactly as the engine's worker calls them on the page (GatewayCalls), plus opening, saving and
 * letting go. The outline says which optional parts the gateway has, as for the engine. `link` hands
 * the worker one end of a direct line, on which it answers the engine's worker the same calls.
 */
export type WorkbookCalls = GatewayCalls & {
  ready: Procedure<undefined, true>;
  open: Procedure<{ bytes: Uint8Array; name: string }, Result<GatewayOutline, GatewayError>>;
  /** The workbook as .xlsx bytes, with every plan applied so far (XlsxGateway.save). */
  save: Procedure<{ session: number }, Uint8Array>;
  /** The preview has moved on to another workbook: the worker forgets this one (its memory is freed). */
  close: Procedure<{ session: number }, true>;
  /** Serve GatewayCalls on this port too: the engine's worker holds its other end (docs/ARCHITECTURE.md#threads). */
  link: Procedure<{ port: MessagePort }, true>;
};
