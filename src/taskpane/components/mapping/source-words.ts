import type { LoadedMapping } from "../../engines/mapping";

/**
 * Where the settings on screen came from, in the words of docs/HISTORY.md#issue-5: "Stored in this workbook",
 * "Detected (nothing stored yet)", and an upgrade said plainly, since saving will rewrite it.
 */
export const sourceWords = (
  loaded: Pick<LoadedMapping, "source" | "upgradedFrom" | "storedProblem">
): string => {
  if (loaded.storedProblem !== undefined)
    return "Detected (the mapping stored in this workbook cannot be used)";
  if (loaded.source === "detected") return "Detected (nothing stored yet)";
  return loaded.upgradedFrom !== undefined
    ? `Stored in this workbook, upgraded from version ${loaded.upgradedFrom} (saving stores it in the current version)`
    : "Stored in this workbook";
};

/** The whole source line: where the settings came from, then whether a stored table's header was followed to new rows. */
export const sourceLine = (
  loaded: Pick<LoadedMapping, "source" | "upgradedFrom" | "storedProblem" | "headerMoves">
): string =>
  loaded.headerMoves === undefined
    ? `${sourceWords(loaded)}.`
    : `${sourceWords(loaded)}. ${loaded.headerMoves}`;
