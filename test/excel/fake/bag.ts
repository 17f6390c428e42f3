import { FakeClientObject } from "./client-object";
import type { FakeContext } from "./context";

export interface BagProperty {
  get: () => unknown;
  /** Omit for read-only properties; setting those throws like a frozen property would. */
  set?: (value: unknown) => void;
  minApi?: number;
}

export interface BagMethod {
  minApi?: number;
  /** Runs at sync with the arguments the call was queued with (recorded as its payload). */
  apply: (...args: unknown[]) => void;
}

export interface BagShape {
  typeName: string;
  minApi: number;
  present: () => boolean;
  properties?: Record<string, BagProperty>;
  navigations?: Record<string, FakeClientObject>;
  methods?: Record<string, BagMethod>;
}

/**
 * A small proxy built from a description: format, fill, rule, protection, runtime… Each property is a
 * strict getter (PropertyNotLoaded until loaded and synced) and, when writable, a queued setter.
 */
export class FakeBag extends FakeClientObject {
  protected readonly typeName: string;
  private readonly shape: BagShape;

  constructor(ctx: FakeContext, shape: BagShape) {
    super(ctx, shape.minApi);
    this.typeName = shape.typeName;
    this.shape = shape;
    for (const [name, property] of Object.entries(shape.properties ?? {})) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this.read(name),
        set: (value: unknown) => {
          if (!property.set) throw new TypeError(`${shape.typeName}.${name} is read-only`);
          const setter = property.set;
          this.queueWrite(`${name}=`, property.minApi ?? shape.minApi, value, () => setter(value));
        },
      });
    }
    for (const [name, navigation] of Object.entries(shape.navigations ?? {})) {
      Object.defineProperty(this, name, { enumerable: true, get: () => navigation });
    }
    for (const [name, method] of Object.entries(shape.methods ?? {})) {
      Object.defineProperty(this, name, {
        value: (...args: unknown[]) =>
          this.queueWrite(name, method.minApi ?? shape.minApi, args.length > 0 ? args : null, () =>
            method.apply(...args)
          ),
      });
    }
  }

  protected scalarNames(): string[] {
    return Object.keys(this.shape.properties ?? {});
  }

  protected scalar(name: string): unknown {
    const property = this.shape.properties?.[name];
    if (property?.minApi !== undefined)
      this.ctx.requireApi(property.minApi, `${this.typeName}.${name}`);
    return property?.get();
  }

  protected present(): boolean {
    return this.shape.present();
  }

  protected override navigation(name: string): FakeClientObject | undefined {
    return this.shape.navigations?.[name];
  }
}
