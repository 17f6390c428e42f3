import { rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { err, ok, type Result } from "../core/result";
import { CopyRefused } from "../xlsx/package/copy-refused";
import type { XlsxGateway } from "../xlsx/xlsx-gateway";

/** The sentence for a failed write, naming its real cause. */
const writeFailure = (path: string, error: unknown): string => {
  const code =
    typeof error === "object" && error !== null && "code" in error
      ? String((error as { code: unknown }).code)
      : "";
  switch (code) {
    case "ENOENT":
      return `Plan Tracker could not save ${path}: the folder ${dirname(path)} does not exist.`;
    case "EACCES":
    case "EPERM":
      return `Plan Tracker could not save ${path}: you do not have permission to write there.`;
    case "EROFS":
      return `Plan Tracker could not save ${path}: that folder is on a read-only disk.`;
    case "ENOSPC":
    case "EDQUOT":
      return `Plan Tracker could not save ${path}: the disk is full; nothing was changed at that path.`;
    case "EISDIR":
      return `Plan Tracker could not save ${path}: that is a folder; give a file name ending .xlsx.`;
    default:
      return `Plan Tracker could not save ${path} (${code || (error instanceof Error ? error.message : "unknown error")}).`;
  }
};

/**
 * Save the changed workbook to the output path; the caller has made sure it is not the input.
 * The bytes go to a temporary file beside the target, then replace it in one rename, so a failed
 * save (a full disk) never leaves a truncated file where a good one was. What the copy had to leave
 * out is said through `say`, one sentence each.
 */
export const saveCopy = async (
  gateway: XlsxGateway,
  path: string,
  say: (text: string) => void = () => undefined
): Promise<Result<void, string>> => {
  let bytes: Uint8Array;
  try {
    bytes = await gateway.save();
  } catch (error) {
    // A copy that could not be faithful says which part or cell, in its own sentence.
    if (error instanceof CopyRefused) return err(error.message);
    const cause = error instanceof Error ? error.message : String(error);
    return err(
      `Plan Tracker could not build the copy of ${gateway.name}: the .xlsx writer failed on a part of this workbook it cannot save again (${cause}); nothing was written.`
    );
  }
  for (const note of gateway.saveNotes()) say(note);
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.partial`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    await rename(temporary, path);
    return ok(undefined);
  } catch (error) {
    await rm(temporary, { force: true }).catch(() => undefined);
    return err(writeFailure(path, error));
  }
};

/** saveCopy for a command: notes and the failure sentence both go to `say`; true when the copy is saved. */
export const saveCopyOrSay = async (
  gateway: XlsxGateway,
  path: string,
  say: (text: string) => void
): Promise<boolean> => {
  const saved = await saveCopy(gateway, path, say);
  if (!saved.ok) say(saved.error);
  return saved.ok;
};
