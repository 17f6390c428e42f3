import type { FillRequest, GatewayError, WorkbookGateway } from "../../core/gateway";
import type { Result } from "../../core/result";
import type { WorkbookSnapshot } from "../../core/snapshot/workbook-snapshot";

type Fills = Record<string, Record<string, string>>;

export interface RememberedReads {
  /** The same workbook: every call goes through to it, and what read() and readFills() answer is kept. */
  gateway: WorkbookGateway;
  /**
   * A gateway that answers read() and readFills() with what was last read through `gateway`, never
   * touching the workbook again; null before anything has been read. Writes and selection still go
   * to the workbook.
   */
  replay(): WorkbookGateway | null;
}

/**
 * Remembers what one run read, so the summary can be worked out from the very workbook state the
 * report was built from, without a second read: in Excel each read is a round trip to the host, and a
 * co-author's edit in between would make the pane and the sheet disagree (docs/EXCEL.md#coauthoring).
 */
export const rememberReads = (workbook: WorkbookGateway): RememberedReads => {
  let snapshot: WorkbookSnapshot | null = null;
  let fills: Fills | null = null;

  const passThrough = {
    kind: workbook.kind,
    capabilities: () => workbook.capabilities(),
    apply: (
      plan: Parameters<WorkbookGateway["apply"]>[0],
      onProgress?: (done: number, total: number) => void
    ) => workbook.apply(plan, onProgress),
    select: (sheet: string, address: string) => workbook.select(sheet, address),
  };
  // readFills is optional, and its absence means "read() already returns every fill" (the .xlsx
  // gateway); a wrapper must keep that difference or the plan would be read differently.
  const readFills = workbook.readFills?.bind(workbook);

  const gateway: WorkbookGateway = {
    ...passThrough,
    read: async (request) => {
      const read = await workbook.read(request);
      if (read.ok) snapshot = read.value;
      return read;
    },
    ...(readFills === undefined
      ? {}
      : {
          readFills: async (requests: FillRequest[]): Promise<Result<Fills, GatewayError>> => {
            const read = await readFills(requests);
            if (read.ok) fills = read.value;
            return read;
          },
        }),
  };

  const replay = (): WorkbookGateway | null => {
    const kept = snapshot;
    if (kept === null) return null;
    const keptFills = fills;
    return {
      ...passThrough,
      read: async () => ({ ok: true, value: kept }),
      ...(readFills === undefined
        ? {}
        : { readFills: async () => ({ ok: true, value: keptFills ?? {} }) }),
    };
  };

  return { gateway, replay };
};
