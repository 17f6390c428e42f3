import type { MessageEndpoint } from "../worker/rpc/message-endpoint";
import { ENGINE_OPERATIONS } from "./operations";
import { serveEngines } from "./serve-engines";

/**
 * The engine's worker (docs/HISTORY.md#issue-6: the pane never busy for more than a second). Detection,
 * the rule catalogue, rating and the report model run here, off the pane's thread, so the pane (and
 * Excel's frame around it) keeps answering while a large plan is checked. The page keeps Excel's
 * gateway and answers this worker's reads and writes; in the preview, the workbook worker answers
 * them over a direct line (docs/ARCHITECTURE.md#threads).
 */
// The worker's global scope has the members the RPC needs; the DOM typings describe it as a Window.
const scope: MessageEndpoint = self;
serveEngines(scope, ENGINE_OPERATIONS);
