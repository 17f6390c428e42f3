import { cellAddress, parseCellAddress } from "../../model/address";

// Lookups by address before the cells are indexed: a small sheet, or one asked about a few cells,
// never pays for the index.
const INDEX_AFTER = 1_000;

/**
 * Values a snapshot keys by A1 address (number formats, fills), looked up by row and column. The
 * first lookups build an address string each, as the snapshot is keyed; once a sheet has been asked
 * often, its entries are indexed by row then column in one pass and every later lookup is two array
 * reads. Detection asks about every rating, date and measure cell, so a plan with 48,000 formatted
 * measure cells asks 48,000 times: an address string and a dictionary lookup each was a tenth of
 * detection.
 */
export class AddressIndex {
  private rows: (string | undefined)[][] | null = null;
  private lookups = 0;

  constructor(private readonly byAddress: Readonly<Record<string, string>>) {}

  get(row: number, column: number): string | undefined {
    if (this.rows === null) {
      this.lookups += 1;
      if (this.lookups <= INDEX_AFTER) return this.byAddress[cellAddress(row, column)];
      this.rows = this.index();
    }
    return this.rows[row]?.[column];
  }

  private index(): (string | undefined)[][] {
    const rows: (string | undefined)[][] = [];
    // for…in, not Object.entries: no pair array per entry.
    for (const address in this.byAddress) {
      const at = parseCellAddress(address);
      if (at) (rows[at.row] ??= [])[at.column] = this.byAddress[address];
    }
    return rows;
  }
}
