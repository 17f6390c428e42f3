import { FakeBag } from "./bag";
import { FakeClientObject, FakeCollection, type FakeClientResult } from "./client-object";
import { FakeContext, type FakeHost } from "./context";
import { FakeOfficeError } from "./errors";
import type { StoredCustomXmlPart } from "./store";
import { FakeNamedItemCollection } from "./names";
import { FakeWorksheetCollection } from "./worksheet";

const notFound = (what: string, where: string) =>
  new FakeOfficeError("ItemNotFound", `The requested resource doesn't exist: ${what}.`, where);

/** workbook.settings (ExcelApi 1.4): key/value pairs stored in the workbook. */
class FakeSettingCollection extends FakeCollection<FakeBag> {
  protected readonly typeName = "SettingCollection";

  private setting(key: string, orNull: boolean): FakeBag {
    const settings = this.ctx.host.store.settings;
    return new FakeBag(this.ctx, {
      typeName: "Setting",
      minApi: this.minApi,
      present: () => {
        if (settings.has(key)) return true;
        if (orNull) return false;
        throw notFound(`setting "${key}"`, "Setting");
      },
      properties: {
        key: { get: () => key },
        value: { get: () => settings.get(key), set: (value) => settings.set(key, value) },
      },
      methods: { delete: { apply: () => settings.delete(key) } },
    });
  }

  protected currentItems(): FakeBag[] {
    return [...this.ctx.host.store.settings.keys()].map((key) => this.setting(key, false));
  }

  add(key: string, value: unknown): FakeBag {
    this.ctx.enqueueProxy("SettingCollection.add", this.minApi, () => {
      if (typeof key !== "string" || key === "")
        throw new FakeOfficeError(
          "InvalidArgument",
          "A setting needs a key.",
          "SettingCollection.add"
        );
      this.ctx.host.store.settings.set(key, value);
    });
    return this.setting(key, false);
  }

  getItem(key: string): FakeBag {
    this.ctx.enqueueProxy("SettingCollection.getItem", this.minApi, () => {
      if (!this.ctx.host.store.settings.has(key))
        throw notFound(`setting "${key}"`, "SettingCollection.getItem");
    });
    return this.setting(key, false);
  }

  getItemOrNullObject(key: string): FakeBag {
    const setting = this.setting(key, true);
    setting.resolveNullAtSyncFor("SettingCollection.getItemOrNullObject");
    return setting;
  }
}

/** One custom XML part (ExcelApi 1.5). */
class FakeCustomXmlPart extends FakeClientObject {
  protected readonly typeName = "CustomXmlPart";
  private readonly locate: () => StoredCustomXmlPart | undefined;
  private readonly orNull: boolean;

  constructor(
    ctx: FakeContext,
    minApi: number,
    locate: () => StoredCustomXmlPart | undefined,
    orNull: boolean
  ) {
    super(ctx, minApi);
    this.locate = locate;
    this.orNull = orNull;
  }

  private part(): StoredCustomXmlPart {
    const part = this.locate();
    if (!part) throw notFound("custom XML part", "CustomXmlPart");
    return part;
  }

  protected present(): boolean {
    if (this.locate()) return true;
    if (this.orNull) return false;
    throw notFound("custom XML part", "CustomXmlPart");
  }
  protected scalarNames(): string[] {
    return ["id", "namespaceUri"];
  }
  protected scalar(name: string): unknown {
    return name === "id" ? this.part().id : this.part().namespaceUri;
  }
  get id(): string {
    return this.read("id") as string;
  }
  get namespaceUri(): string {
    return this.read("namespaceUri") as string;
  }

  getXml(): FakeClientResult<string> {
    return this.queueResult("getXml", 5, null, () => this.part().xml);
  }

  setXml(xml: string): void {
    this.queueWrite("setXml", 5, xml, () => {
      this.part().xml = xml;
    });
  }

  delete(): void {
    this.queueWrite("delete", 5, null, () => {
      const parts = this.ctx.host.store.customXmlParts;
      parts.splice(parts.indexOf(this.part()), 1);
    });
  }
}

const byId = (host: FakeHost, id: string) => () =>
  host.store.customXmlParts.find((part) => part.id === id);

/** customXmlParts.getByNamespace(ns): the parts whose root element is in that namespace. */
class FakeCustomXmlPartScopedCollection extends FakeCollection<FakeCustomXmlPart> {
  protected readonly typeName = "CustomXmlPartScopedCollection";
  private readonly namespaceUri: string;

  constructor(ctx: FakeContext, minApi: number, namespaceUri: string) {
    super(ctx, minApi);
    this.namespaceUri = namespaceUri;
  }

  private matching(): StoredCustomXmlPart[] {
    return this.ctx.host.store.customXmlParts.filter(
      (part) => part.namespaceUri === this.namespaceUri
    );
  }

  protected currentItems(): FakeCustomXmlPart[] {
    return this.matching().map(
      (part) => new FakeCustomXmlPart(this.ctx, this.minApi, byId(this.ctx.host, part.id), false)
    );
  }

  /** Exactly one part, else a null object (several parts is an error in Excel: ItemNotFound here too). */
  getOnlyItemOrNullObject(): FakeCustomXmlPart {
    const part = new FakeCustomXmlPart(
      this.ctx,
      this.minApi,
      () => {
        const matching = this.matching();
        return matching.length === 1 ? matching[0] : undefined;
      },
      true
    );
    part.resolveNullAtSyncFor("CustomXmlPartScopedCollection.getOnlyItemOrNullObject");
    return part;
  }

  getCount(): FakeClientResult<number> {
    return this.queueResult("getCount", 5, null, () => this.matching().length);
  }
}

class FakeCustomXmlPartCollection extends FakeCollection<FakeCustomXmlPart> {
  protected readonly typeName = "CustomXmlPartCollection";

  protected currentItems(): FakeCustomXmlPart[] {
    return this.ctx.host.store.customXmlParts.map(
      (part) => new FakeCustomXmlPart(this.ctx, this.minApi, byId(this.ctx.host, part.id), false)
    );
  }

  add(xml: string): FakeCustomXmlPart {
    let added: StoredCustomXmlPart | undefined;
    this.ctx.enqueueProxy("CustomXmlPartCollection.add", this.minApi, () => {
      if (typeof xml !== "string" || !/^\s*(<\?xml[^>]*>\s*)?<[A-Za-z]/.test(xml)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          "The custom XML part is not well-formed XML.",
          "CustomXmlPartCollection.add"
        );
      }
      added = this.ctx.host.store.addCustomXmlPart(xml);
    });
    return new FakeCustomXmlPart(this.ctx, this.minApi, () => added, false);
  }

  getByNamespace(namespaceUri: string): FakeCustomXmlPartScopedCollection {
    return new FakeCustomXmlPartScopedCollection(this.ctx, this.minApi, namespaceUri);
  }

  getItem(id: string): FakeCustomXmlPart {
    this.ctx.enqueueProxy("CustomXmlPartCollection.getItem", this.minApi, () => {
      if (!byId(this.ctx.host, id)())
        throw notFound(`custom XML part ${id}`, "CustomXmlPartCollection.getItem");
    });
    return new FakeCustomXmlPart(this.ctx, this.minApi, byId(this.ctx.host, id), false);
  }

  getItemOrNullObject(id: string): FakeCustomXmlPart {
    const part = new FakeCustomXmlPart(this.ctx, this.minApi, byId(this.ctx.host, id), true);
    part.resolveNullAtSyncFor("CustomXmlPartCollection.getItemOrNullObject");
    return part;
  }
}

/** Excel.RequestContext as the callback of Excel.run receives it. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeBag;
  readonly application: FakeBag;
  readonly runtime: FakeBag;

  constructor(host: FakeHost) {
    super(host);
    const always = () => true;
    this.application = new FakeBag(this, {
      typeName: "Application",
      minApi: 1,
      present: always,
      methods: {
        suspendApiCalculationUntilNextSync: { minApi: 6, apply: () => undefined },
        suspendScreenUpdatingUntilNextSync: { minApi: 9, apply: () => undefined },
      },
    });
    this.runtime = new FakeBag(this, {
      typeName: "Runtime",
      minApi: 5,
      present: always,
      properties: {
        enableEvents: {
          minApi: 8,
          get: () => host.enableEvents,
          set: (value) => {
            if (typeof value !== "boolean")
              throw new FakeOfficeError(
                "InvalidArgument",
                "enableEvents must be true or false.",
                "Runtime.enableEvents"
              );
            host.enableEvents = value;
          },
        },
      },
    });
    this.workbook = new FakeBag(this, {
      typeName: "Workbook",
      minApi: 1,
      present: always,
      properties: { name: { minApi: 7, get: () => host.store.name } },
      navigations: {
        worksheets: new FakeWorksheetCollection(this, 1),
        settings: new FakeSettingCollection(this, 4),
        customXmlParts: new FakeCustomXmlPartCollection(this, 5),
        names: new FakeNamedItemCollection(this, 1),
        application: this.application,
      },
    });
  }
}
