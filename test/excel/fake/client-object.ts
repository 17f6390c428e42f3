import type { ActionOutcome, FakeContext } from "./context";
import { CALL_COST, jsonLength } from "./context";
import { FakeOfficeError, propertyNotLoaded } from "./errors";

/** What load() asks for, as a tree of property paths ("protection/protected" → protection → protected). */
export type LoadTree = Map<string, LoadTree>;
const ALL: LoadTree = new Map();

const addPath = (tree: LoadTree, path: string): void => {
  let node = tree;
  for (const part of path
    .split("/")
    .map((p) => p.trim())
    .filter((p) => p !== "")) {
    let child = node.get(part);
    if (!child) {
      child = new Map();
      node.set(part, child);
    }
    node = child;
  }
};

const addBooleanTree = (tree: LoadTree, options: Record<string, unknown>, prefix: string): void => {
  for (const [key, value] of Object.entries(options)) {
    if (value === true) addPath(tree, prefix + key);
    else if (typeof value === "object" && value !== null)
      addBooleanTree(tree, value as Record<string, unknown>, `${prefix}${key}/`);
  }
};

/** The three load() forms: "values, numberFormat", ["values", "numberFormat"], and objects. Null means "everything". */
export const parseLoadSpec = (spec: unknown): LoadTree | null => {
  if (spec === undefined || spec === null) return null;
  const tree: LoadTree = new Map();
  const addList = (text: string) => text.split(",").forEach((path) => addPath(tree, path));
  if (typeof spec === "string") addList(spec);
  else if (Array.isArray(spec))
    spec.forEach((entry) => typeof entry === "string" && addList(entry));
  else if (typeof spec === "object") {
    const options = spec as Record<string, unknown>;
    if (typeof options.select === "string" || typeof options.expand === "string") {
      if (typeof options.select === "string") addList(options.select);
      if (typeof options.expand === "string") addList(options.expand);
    } else addBooleanTree(tree, options, "");
  }
  if (tree.size === 0)
    throw new FakeOfficeError("InvalidArgument", "load() was given nothing to load.", "load");
  return tree;
};

export interface Evaluated extends ActionOutcome {
  response: Record<string, unknown>;
}

/** OfficeExtension.ClientResult: `value` is readable only after the sync that produced it. */
export class FakeClientResult<T> {
  private state: { ready: false } | { ready: true; value: T } = { ready: false };
  private readonly label: string;

  constructor(label: string) {
    this.label = label;
  }

  get value(): T {
    if (!this.state.ready) throw propertyNotLoaded(this.label, "value", true);
    return this.state.value;
  }

  resolve(value: T): void {
    this.state = { ready: true, value };
  }
}

/**
 * The strict proxy every fake Excel object extends. Reading a property that was never loaded, or
 * was loaded but not yet synced, throws PropertyNotLoaded as Office.js does; writes queue until sync.
 */
export abstract class FakeClientObject {
  protected readonly ctx: FakeContext;
  /** ExcelApi minor version needed to use this object at all (inherited from how it was reached). */
  readonly minApi: number;
  private readonly loaded = new Map<string, unknown>();
  private readonly pending = new Set<string>();
  /** undefined until the sync that tells whether an *OrNullObject proxy found anything. */
  protected nullState: boolean | undefined = false;
  protected abstract readonly typeName: string;

  constructor(ctx: FakeContext, minApi: number) {
    this.ctx = ctx;
    this.minApi = minApi;
  }

  /** Property names load() with no arguments would fetch. */
  protected abstract scalarNames(): string[];
  /** Reads one property from the store; only called at sync, when the object is known to exist. */
  protected abstract scalar(name: string): unknown;
  /** Whether the object exists now (at sync); throws ItemNotFound for a missing getItem target. */
  protected abstract present(): boolean;

  protected navigation(_name: string): FakeClientObject | undefined {
    return undefined;
  }

  get isNullObject(): boolean {
    if (this.nullState === undefined) throw propertyNotLoaded(this.typeName, "isNullObject", true);
    return this.nullState;
  }

  load(spec?: unknown): this {
    const tree = parseLoadSpec(spec);
    if (tree === null) this.ctx.host.stats.emptyLoads += 1;
    this.markPending(tree ?? ALL);
    this.ctx.enqueue({
      label: `${this.typeName}.load`,
      requestBytes: CALL_COST + jsonLength(spec ?? ""),
      minApi: this.minApi,
      run: () => this.evaluate(tree ?? ALL),
    });
    return this;
  }

  /** ClientObject.untrack(): a no-op here, counted so tests can check bulk proxies are released. */
  untrack(): this {
    this.ctx.host.stats.untracked += 1;
    return this;
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }

  protected markPending(tree: LoadTree): void {
    const names = tree.size === 0 ? this.scalarNames() : [...tree.keys()];
    for (const name of names) {
      const nav = this.navigation(name);
      if (nav) nav.markPending(tree.get(name) ?? ALL);
      else this.pending.add(name);
    }
  }

  /** Runs at sync: computes the loaded values now, makes them readable only if the whole sync succeeds. */
  evaluate(tree: LoadTree): Evaluated {
    const exists = this.present();
    const response: Record<string, unknown> = {};
    const commits: (() => void)[] = [];
    const names = tree.size === 0 ? this.scalarNames() : [...tree.keys()];
    for (const name of names) {
      const nav = this.navigation(name);
      if (nav) {
        this.ctx.requireApi(nav.minApi, `${this.typeName}.${name}`);
        const inner = nav.evaluate(tree.get(name) ?? ALL);
        response[name] = inner.response;
        commits.push(inner.commit);
        continue;
      }
      if (!this.scalarNames().includes(name)) {
        throw new FakeOfficeError(
          "InvalidArgument",
          `The property '${name}' does not exist on ${this.typeName}.`,
          `${this.typeName}.load`
        );
      }
      response[name] = exists ? this.scalar(name) : null;
    }
    return {
      response,
      commit: () => {
        for (const name of names) {
          if (this.navigation(name)) continue;
          this.loaded.set(name, response[name]);
          this.pending.delete(name);
        }
        commits.forEach((commit) => commit());
      },
    };
  }

  /** The getter behind every property: strict like Office.js. */
  protected read(name: string): unknown {
    if (this.loaded.has(name)) return this.loaded.get(name);
    throw propertyNotLoaded(this.typeName, name, this.pending.has(name));
  }

  /** Makes a loaded value visible (used for collection items built from a response). */
  protected setLoaded(name: string, value: unknown): void {
    this.loaded.set(name, value);
    this.pending.delete(name);
  }

  /** Queue a write (property set or method) that changes the workbook at sync. */
  protected queueWrite(label: string, minApi: number, payload: unknown, apply: () => void): void {
    this.ctx.enqueue({
      label: `${this.typeName}.${label}`,
      requestBytes: CALL_COST + jsonLength(payload),
      minApi: Math.max(minApi, this.minApi),
      run: () => {
        if (!this.present()) {
          throw new FakeOfficeError(
            "ItemNotFound",
            `The requested ${this.typeName} does not exist.`,
            `${this.typeName}.${label}`
          );
        }
        apply();
      },
    });
  }

  /** Queue a method whose result comes back as a ClientResult after sync. */
  protected queueResult<T>(
    label: string,
    minApi: number,
    payload: unknown,
    compute: () => T
  ): FakeClientResult<T> {
    const result = new FakeClientResult<T>(`${this.typeName}.${label}`);
    this.ctx.enqueue({
      label: `${this.typeName}.${label}`,
      requestBytes: CALL_COST + jsonLength(payload),
      minApi: Math.max(minApi, this.minApi),
      run: () => {
        if (!this.present()) {
          throw new FakeOfficeError(
            "ItemNotFound",
            `The requested ${this.typeName} does not exist.`,
            `${this.typeName}.${label}`
          );
        }
        const value = compute();
        return { response: value, commit: () => result.resolve(value) };
      },
    });
    return result;
  }

  /** For *OrNullObject proxies: isNullObject becomes readable at the next sync. */
  resolveNullAtSyncFor(label: string): void {
    this.nullState = undefined;
    this.ctx.enqueueProxy(label, this.minApi, () => {
      const exists = this.present();
      return { response: { isNullObject: !exists }, commit: () => (this.nullState = !exists) };
    });
  }
}

/** A collection: `items` is readable after load + sync; load("name") applies to the items. */
export abstract class FakeCollection<T extends FakeClientObject> extends FakeClientObject {
  private loadedItems: T[] | null = null;
  private itemsPending = false;

  /** Fresh item proxies for what exists now (at sync). */
  protected abstract currentItems(): T[];

  protected scalarNames(): string[] {
    return [];
  }

  protected scalar(_name: string): unknown {
    return undefined;
  }

  protected present(): boolean {
    return true;
  }

  get items(): T[] {
    if (this.loadedItems === null)
      throw propertyNotLoaded(this.typeName, "items", this.itemsPending);
    return this.loadedItems;
  }

  protected override markPending(_tree: LoadTree): void {
    this.itemsPending = true;
  }

  override evaluate(tree: LoadTree): Evaluated {
    const itemTree = tree.get("items") ?? tree;
    const items = this.currentItems();
    const evaluated = items.map((item) => item.evaluate(itemTree));
    return {
      response: { items: evaluated.map((entry) => entry.response) },
      commit: () => {
        evaluated.forEach((entry) => entry.commit());
        this.loadedItems = items;
        this.itemsPending = false;
      },
    };
  }
}
