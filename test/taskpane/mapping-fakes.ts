import type { GatewayError, WorkbookGateway } from "../../src/core/gateway";
import type { Mapping } from "../../src/core/mapping/mapping";
import type { Result } from "../../src/core/result";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import type { FixtureId } from "../support/snapshot-builder";
import { loadFixture } from "../support/snapshot-builder";

/** A workbook seam over a fixture that keeps a stored mapping as the gateways do: read() hands it back. */
export interface StoringGateway extends WorkbookGateway {
  stored: string[];
  reads: number;
  storeMapping(xml: string): Promise<Result<void, GatewayError>>;
}

export interface StoringOptions {
  /** The custom XML part the workbook carries when opened. */
  mappingXml?: string;
  /** What storeMapping answers instead of storing. */
  storeError?: GatewayError;
}

export const storingGateway = (
  workbook: WorkbookSnapshot,
  options: StoringOptions = {}
): StoringGateway => {
  let mappingXml = options.mappingXml;
  const gateway: StoringGateway = {
    kind: "xlsx",
    stored: [],
    reads: 0,
    capabilities: () => ({
      conditionalFormats: true,
      dataValidation: true,
      cellProperties: true,
      customXmlParts: true,
      selection: false,
    }),
    read: async () => {
      gateway.reads += 1;
      return { ok: true, value: mappingXml === undefined ? workbook : { ...workbook, mappingXml } };
    },
    apply: async () => ({
      ok: false,
      error: { kind: "host-error", message: "The Mapping view never writes cells." },
    }),
    select: async () => ({ ok: true, value: undefined }),
    storeMapping: async (xml) => {
      if (options.storeError) return { ok: false, error: options.storeError };
      gateway.stored.push(xml);
      mappingXml = xml;
      return { ok: true, value: undefined };
    },
  };
  return gateway;
};

export const fixtureGateway = (id: FixtureId, options: StoringOptions = {}): StoringGateway =>
  storingGateway(loadFixture(id), options);

/**
 * The mapping as it was saved before someone inserted `rows` rows above every table on `sheet`: the
 * same tables, each header `rows` higher than the workbook now has it.
 */
export const savedBeforeRowsAdded = (mapping: Mapping, sheet: string, rows: number): Mapping => ({
  ...mapping,
  sheets: mapping.sheets.map((mapped) =>
    mapped.name !== sheet
      ? mapped
      : {
          ...mapped,
          tables: mapped.tables.map((table) => ({
            ...table,
            headerRows: table.headerRows.map((row) => row - rows),
          })),
        }
  ),
});
