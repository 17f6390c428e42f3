/**
 * A plain record of any error for logs and bug reports: the replacement for office-js-helpers'
 * Utilities.log (docs/TOOLCHAIN.md#packages-not-to-use). It reads OfficeExtension.Error's code, message and debugInfo
 * (errorLocation, statement) and never includes a stack trace.
 */
export interface ErrorDescription {
  name: string;
  /** Office error code ("ItemNotFound"…), or null for errors that are not Office's. */
  code: string | null;
  message: string;
  /** Where in the batch Excel failed ("Range.values"), when Excel says. */
  location: string | null;
  statement: string | null;
}

const text = (value: unknown): string | null =>
  typeof value === "string" && value !== "" ? value : null;

const field = (value: unknown, key: string): unknown =>
  typeof value === "object" && value !== null ? (value as Record<string, unknown>)[key] : undefined;

export const describeError = (error: unknown): ErrorDescription => {
  if (typeof error !== "object" || error === null) {
    return { name: "Error", code: null, message: String(error), location: null, statement: null };
  }
  const debugInfo = field(error, "debugInfo");
  return {
    name: text(field(error, "name")) ?? "Error",
    code: text(field(error, "code")),
    message: text(field(error, "message")) ?? "No message",
    location: text(field(debugInfo, "errorLocation")),
    statement: text(field(debugInfo, "statement")),
  };
};
