import { statSync } from "node:fs";
import { resolve } from "node:path";

/**
 * Whether two paths name one file: the same path text, or — through a link, a second hard link or
 * another spelling of the path — the same device and inode. Comparing path text alone let
 * `--out` overwrite the input through a symbolic link.
 */
export const isSameFile = (a: string, b: string): boolean => {
  if (resolve(a) === resolve(b)) return true;
  try {
    const first = statSync(a);
    const second = statSync(b);
    // Windows reports inode 0 for some file systems: equal zeros prove nothing.
    return first.ino !== 0 && first.dev === second.dev && first.ino === second.ino;
  } catch {
    // The output does not exist yet (the usual case): it cannot be the input.
    return false;
  }
};
