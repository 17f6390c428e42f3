import type { MessageEndpoint } from "../../worker/rpc/message-endpoint";
import { serveWorkbooks } from "./serve-workbooks";

/**
 * The preview's workbook worker (docs/HISTORY.md#issue-6: the pane never busy for more than a second). Reading an
 * .xlsx with exceljs and building its snapshot takes seconds on a large plan, most of it in long
 * stretches that would freeze the page; here they freeze nothing. The workbook is held here, and the
 * page (and, through the page, the engine's worker) reads and writes it over the channel.
 */
// The worker's global scope has the three members the RPC needs; the DOM typings describe it as a Window.
const scope: MessageEndpoint = self;
// The .xlsx gateway comes in the same lazy chunk the page's own fallback loads (preview-gateway.ts).
serveWorkbooks(scope, async (bytes, name) =>
  (
    await import(/* webpackChunkName: "xlsx-preview" */ "../../../xlsx/xlsx-gateway")
  ).openXlsxWorkbook(bytes, name)
);
