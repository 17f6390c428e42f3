import type { MessageEndpoint } from "./rpc/message-endpoint";
import { serveEngines } from "./engine-host";

/**
 * The engine's worker (docs/HISTORY.md#issue-6: the pane never busy for more than a second). Detection, the rule
 * catalogue, rating and the report model run here, off the pane's thread, so the pane (and Excel's
 * frame around it) keeps answering while a large plan is checked; the page keeps the workbook's
 * gateway and answers this worker's reads and writes (engine-client.ts).
 */
// The worker's global scope has the three members the RPC needs; the DOM typings describe it as a Window.
const scope: MessageEndpoint = self;
serveEngines(scope);
