// Hand-written beside the generated validators (scripts/compile-schemas.cjs), which are plain JS.

/** One failure ajv's standalone validator reports (the subset of ajv's ErrorObject Plan Tracker reads). */
export interface SchemaError {
  /** JSON Pointer to the bad value: "/sheets/0/tables/2/fields/1/name". */
  instancePath: string;
  /** Where in the schema the rule lives: "#/definitions/fieldName/enum". */
  schemaPath: string;
  keyword: string;
  params: Record<string, unknown>;
  message?: string;
  /** Set when the bad thing is an object's key rather than a value (propertyNames). */
  propertyName?: string;
}

/** A compiled validator: a type guard that leaves its errors on itself, as ajv's do. */
export interface SchemaValidator<T> {
  (data: unknown): data is T;
  errors?: SchemaError[] | null;
}
