/**
 * JSZip opens the saved .xlsx to add chart parts (exceljs cannot write charts: exceljs#141, #1734).
 * It is exceljs's own zip library (jszip 3.10.2 in node_modules, a dependency of exceljs 4.4.0),
 * loaded on demand like exceljs so it never weighs on the pane inside Excel.
 */
export type JsZipModule = typeof import("jszip");

const isJsZip = (candidate: unknown): candidate is JsZipModule =>
  typeof candidate === "function" && typeof Reflect.get(candidate, "loadAsync") === "function";

let loading: Promise<JsZipModule> | null = null;

/** The JSZip constructor, whichever way the bundler or Node hands a CommonJS module to `import()`. */
export const loadJsZip = (): Promise<JsZipModule> => {
  loading ??= import("jszip").then((module: unknown) => {
    if (isJsZip(module)) return module;
    const fallback: unknown =
      typeof module === "object" && module !== null ? Reflect.get(module, "default") : undefined;
    if (isJsZip(fallback)) return fallback;
    throw new Error("jszip did not load");
  });
  return loading;
};
