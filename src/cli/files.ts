import { readdir, stat } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";

/** One workbook to run on, or an argument that named none (said as that argument's one line). */
export interface WorkbookPath {
  path: string;
  /** Why the argument gave no workbook: an empty folder, a pattern that matched nothing. */
  problem?: string;
}

export interface ExpandedArguments {
  paths: WorkbookPath[];
  /**
   * Whether the run is over several files: more than one argument, or a folder or pattern. A
   * folder holding one workbook still gets the several-files output, so a script run over a
   * folder reads the same shape every month.
   */
  several: boolean;
}

const WORKBOOK = /\.(xlsx|xlsm)$/i;

/** Excel's owner files ("~$plan.xlsx", a few bytes) sit beside every open workbook: never a plan. */
export const isLockFile = (path: string): boolean => basename(path).startsWith("~$");

const isWorkbookName = (name: string): boolean => WORKBOOK.test(name) && !isLockFile(name);

const kindOf = async (path: string): Promise<"folder" | "file" | "missing"> => {
  try {
    return (await stat(path)).isDirectory() ? "folder" : "file";
  } catch {
    return "missing";
  }
};

const byName = (a: string, b: string): number => a.localeCompare(b, "en", { numeric: true });

/** A folder's workbooks in name order; its subfolders' too when recursive. */
const workbooksIn = async (
  folder: string,
  recursive: boolean
): Promise<{ files: string[]; subfolders: number }> => {
  const entries = await readdir(folder, { withFileTypes: true });
  const files = entries
    .filter((e) => e.isFile() && isWorkbookName(e.name))
    .map((e) => join(folder, e.name))
    .sort(byName);
  const folders = entries
    .filter((e) => e.isDirectory())
    .map((e) => join(folder, e.name))
    .sort(byName);
  if (!recursive) return { files, subfolders: folders.length };
  for (const sub of folders) files.push(...(await workbooksIn(sub, true)).files);
  return { files, subfolders: folders.length };
};

// Windows shells hand a pattern over as written; a POSIX shell has already expanded it.
const isPattern = (arg: string): boolean => /[*?]/.test(basename(arg));

const patternRegExp = (pattern: string): RegExp =>
  new RegExp(
    `^${pattern
      .replace(/[.+^${}()|[\]\\]/g, "\\$&")
      .replace(/\*/g, ".*")
      .replace(/\?/g, ".")}$`,
    "i"
  );

const matching = async (arg: string): Promise<string[]> => {
  const folder = dirname(arg);
  const match = patternRegExp(basename(arg));
  try {
    const entries = await readdir(folder, { withFileTypes: true });
    return entries
      .filter((e) => e.isFile() && match.test(e.name) && !isLockFile(e.name))
      .map((e) => join(folder, e.name))
      .sort(byName);
  } catch {
    return [];
  }
};

// Named by its own name, as a file's refusal is: the run's line for it starts with the path.
const folderProblem = (arg: string, subfolders: number, recursive: boolean): string =>
  `${basename(arg)} holds no .xlsx or .xlsm workbooks${!recursive && subfolders > 0 ? " (add --recursive to look in its subfolders)" : ""}.`;

/**
 * The workbooks the arguments name: files as given (a missing one is reported by opening it),
 * folders' .xlsx and .xlsm files, patterns' matches. Lock files are skipped wherever they come
 * from; a file named twice is run once.
 */
export const expandArguments = async (
  args: readonly string[],
  recursive: boolean
): Promise<ExpandedArguments> => {
  const paths: WorkbookPath[] = [];
  let several = args.length > 1;
  for (const arg of args) {
    const kind = await kindOf(arg);
    if (kind === "folder") {
      several = true;
      const { files, subfolders } = await workbooksIn(arg, recursive);
      if (files.length === 0)
        paths.push({
          path: arg,
          problem: folderProblem(arg, subfolders, recursive),
        });
      paths.push(...files.map((path) => ({ path })));
    } else if (kind === "missing" && isPattern(arg)) {
      several = true;
      const files = await matching(arg);
      if (files.length === 0) paths.push({ path: arg, problem: `No file matches ${arg}.` });
      paths.push(...files.map((path) => ({ path })));
    } else if (!isLockFile(arg) || args.length === 1) paths.push({ path: arg });
  }
  const seen = new Set<string>();
  const once = paths.filter((entry) => {
    if (entry.problem !== undefined) return true;
    const key = resolve(entry.path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return { paths: once, several };
};
