/**
 * exceljs is 925 KiB in the browser (docs/TOOLCHAIN.md#exceljs), so it is only ever loaded here, on demand: a
 * dynamic import gives it its own webpack chunk that never loads inside Excel. No other file may
 * import exceljs except as `import type`.
 */
export type ExcelJsModule = typeof import("exceljs");

const hasWorkbook = (candidate: unknown): candidate is ExcelJsModule =>
  typeof candidate === "object" &&
  candidate !== null &&
  typeof Reflect.get(candidate, "Workbook") === "function";

let loading: Promise<ExcelJsModule> | null = null;

/** The exceljs module, whichever way the bundler or Node hands a CommonJS module to `import()`. */
export const loadExcelJs = (): Promise<ExcelJsModule> => {
  loading ??= import("exceljs").then((module: unknown) => {
    if (hasWorkbook(module)) return module;
    const fallback: unknown =
      typeof module === "object" && module !== null ? Reflect.get(module, "default") : undefined;
    if (hasWorkbook(fallback)) return fallback;
    throw new Error("exceljs did not load");
  });
  return loading;
};
