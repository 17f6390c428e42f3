import type { FillRequest, GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";
import type { WorkbookSnapshot } from "../../core/snapshot/workbook-snapshot";

type Fills = Record<string, Record<string, string>>;

export interface OneReadOptions {
  /** Read the workbook as if it stored no mapping, so detection decides (the stored one cannot be used). */
  withoutStoredMapping?: boolean;
}

const withoutMapping = (snapshot: WorkbookSnapshot): WorkbookSnapshot => {
  const { mappingXml: _stored, ...rest } = snapshot;
  return rest;
};

/**
 * The workbook read once for several runs: previewing a mapping checks and rates the workbook with
 * the mapping in force and with the edited one, and both must see the very same cells. Read twice, a
 * co-author's edit in between would show up as an effect of the mapping (docs/EXCEL.md#coauthoring); in Excel each
 * read is also a round trip to the host. Fill reads (statuses held only as colour) depend on what
 * each mapping finds, so they are remembered per request. Writes never go through this gateway.
 */
export const readOnce = (
  gateway: WorkbookGateway,
  options: OneReadOptions = {}
): WorkbookGateway => {
  let read: Promise<Result<WorkbookSnapshot, GatewayError>> | null = null;
  const fills = new Map<string, Promise<Result<Fills, GatewayError>>>();
  const readFills = gateway.readFills?.bind(gateway);
  return {
    kind: gateway.kind,
    capabilities: () => gateway.capabilities(),
    read: () => {
      read ??= gateway
        .read()
        .then((result) =>
          result.ok && options.withoutStoredMapping
            ? { ok: true, value: withoutMapping(result.value) }
            : result
        );
      return read;
    },
    // Absent readFills means "read() already returns every fill" (the .xlsx gateway); keep that difference.
    ...(readFills === undefined
      ? {}
      : {
          readFills: (requests: FillRequest[]) => {
            const key = JSON.stringify(requests);
            const known = fills.get(key) ?? readFills(requests);
            fills.set(key, known);
            return known;
          },
        }),
    apply: async () => ({
      ok: false,
      error: { kind: "host-error", message: "Previewing a mapping never writes to the workbook." },
    }),
    select: (sheet, address) => gateway.select(sheet, address),
  };
};
