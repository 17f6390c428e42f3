import { FakeBag } from "./bag";
import { FakeCollection } from "./client-object";
import { FakeOfficeError } from "./errors";
import { formatArea, type Area } from "./grid";
import { FakeRange } from "./range";
import type { StoredSheet } from "./store";

/**
 * A workbook-level defined name as Excel keeps it: the sheet and cells it refers to, not the text,
 * so renaming the sheet changes the formula Excel reports (as Excel rewrites references on rename)
 * and deleting the sheet leaves "=#REF!". A name given a formula that is not a reference keeps it.
 */
export interface StoredName {
  name: string;
  target: { sheet: StoredSheet; area: Area } | { formula: string };
  visible: boolean;
  comment: string;
}

const quoted = (sheet: string): string =>
  /^[A-Za-z_][A-Za-z0-9_.]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;

const absolute = (area: Area): string => formatArea(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");

export const nameFormula = (stored: StoredName, sheets: readonly StoredSheet[]): string => {
  if ("formula" in stored.target) return stored.target.formula;
  const { sheet, area } = stored.target;
  return sheets.includes(sheet)
    ? `=${quoted(sheet.name)}!${absolute(area)}`
    : `=#REF!${absolute(area)}`;
};

/** Excel's rules for a name: a letter, _ or \ first, then letters, digits, _ . \ ; never a cell address. */
const checkName = (name: string): void => {
  if (
    !/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(name) ||
    /^[A-Za-z]{1,3}\d+$/.test(name) ||
    /^[RrCc]$/.test(name)
  ) {
    throw new FakeOfficeError(
      "InvalidArgument",
      `"${name}" is not a valid name.`,
      "NamedItemCollection.add"
    );
  }
};

/** workbook.names (the collection from ExcelApi 1.1; add, getItemOrNullObject and delete from 1.4). */
export class FakeNamedItemCollection extends FakeCollection<FakeBag> {
  protected readonly typeName = "NamedItemCollection";

  private find(name: string): StoredName | undefined {
    return this.ctx.host.store.names.find(
      (stored) => stored.name.toLowerCase() === name.toLowerCase()
    );
  }

  private item(locate: () => StoredName | undefined, orNull: boolean): FakeBag {
    const store = this.ctx.host.store;
    const must = (): StoredName => {
      const stored = locate();
      if (!stored)
        throw new FakeOfficeError(
          "ItemNotFound",
          "The requested resource doesn't exist: named item.",
          "NamedItem"
        );
      return stored;
    };
    return new FakeBag(this.ctx, {
      typeName: "NamedItem",
      minApi: this.minApi,
      present: () => {
        if (locate()) return true;
        if (orNull) return false;
        throw new FakeOfficeError(
          "ItemNotFound",
          "The requested resource doesn't exist: named item.",
          "NamedItem"
        );
      },
      properties: {
        name: { get: () => must().name },
        type: { get: () => ("formula" in must().target ? "String" : "Range") },
        formula: { minApi: 7, get: () => nameFormula(must(), store.sheets) },
        value: { get: () => nameFormula(must(), store.sheets).replace(/^=/, "") },
        visible: { get: () => must().visible, set: (value) => (must().visible = value === true) },
        comment: { minApi: 4, get: () => must().comment },
      },
      methods: {
        delete: {
          minApi: 4,
          apply: () => {
            const stored = must();
            store.names.splice(store.names.indexOf(stored), 1);
          },
        },
      },
    });
  }

  protected currentItems(): FakeBag[] {
    return this.ctx.host.store.names.map((stored) =>
      this.item(() => (this.ctx.host.store.names.includes(stored) ? stored : undefined), false)
    );
  }

  add(name: string, reference: unknown, comment?: string): FakeBag {
    const store = this.ctx.host.store;
    this.ctx.enqueueProxy("NamedItemCollection.add", Math.max(this.minApi, 4), () => {
      checkName(name);
      if (this.find(name))
        throw new FakeOfficeError(
          "ItemAlreadyExists",
          `The name "${name}" already exists.`,
          "NamedItemCollection.add"
        );
      let target: StoredName["target"];
      if (reference instanceof FakeRange) {
        const cells = reference.cells();
        target = { sheet: cells.sheet(), area: cells.area() };
      } else if (typeof reference === "string" && reference.startsWith("="))
        target = { formula: reference };
      else
        throw new FakeOfficeError(
          "InvalidArgument",
          "A name needs a range or a formula.",
          "NamedItemCollection.add"
        );
      store.names.push({ name, target, visible: true, comment: comment ?? "" });
    });
    return this.item(() => this.find(name), false);
  }

  getItemOrNullObject(name: string): FakeBag {
    const item = this.item(() => this.find(name), true);
    item.resolveNullAtSyncFor("NamedItemCollection.getItemOrNullObject");
    return item;
  }
}
