/**
 * Errors the fake throws, shaped like OfficeExtension.Error (name "RichApi.Error", a `code`, a
 * `debugInfo`), so the gateway's error mapping is exercised exactly as real Excel would exercise it.
 */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation?: string; statement?: string };

  constructor(code: string, message: string, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation, statement: errorLocation };
  }
}

export const propertyNotLoaded = (
  owner: string,
  property: string,
  loadedButNotSynced: boolean
): FakeOfficeError =>
  new FakeOfficeError(
    "PropertyNotLoaded",
    loadedButNotSynced
      ? `The property '${property}' is not available. Before reading the property's value, call the sync method on the associated request context.`
      : `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
    `${owner}.${property}`
  );
