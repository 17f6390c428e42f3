import { fitMapping } from "../core/mapping/check-mapping-against";
import { headerMovesSentence } from "../core/mapping/follow-moved-headers";
import type { Mapping } from "../core/mapping/mapping";
import { mappingJsonForPeople } from "../core/mapping/mapping-json";
import { mappingFromXml, mappingToXml, storedMappingVersion } from "../core/mapping/mapping-xml";
import type { XlsxGateway } from "../xlsx/xlsx-gateway";
import { EXIT_OK, EXIT_UNUSABLE } from "./exit-codes";
import type { CliIo } from "./main";
import { saveCopyOrSay } from "./save-copy";
import { isSameFile } from "./same-file";

/**
 * `plan-tracker mapping show <file.xlsx>`: the mapping the workbook carries, as the team would
 * correct it, or a plain word that it carries none (detection then decides each time).
 */
export const showMapping = async (
  gateway: XlsxGateway,
  file: string,
  io: CliIo
): Promise<number> => {
  const read = await gateway.read();
  if (!read.ok) {
    io.err(read.error.message);
    return EXIT_UNUSABLE;
  }
  const xml = read.value.mappingXml;
  if (xml === undefined) {
    io.out(
      `${file} carries no mapping, so Plan Tracker detects its layout each time it reads it (plan-tracker detect ${file} --json shows what it detects).`
    );
    return EXIT_OK;
  }
  const stored = mappingFromXml(xml);
  if (!stored.ok) {
    io.err(stored.error);
    return EXIT_UNUSABLE;
  }
  io.out(mappingJsonForPeople(stored.value, "stored"));
  const version = storedMappingVersion(xml);
  if (version !== null && version < stored.value.version)
    io.err(
      `The workbook stores version ${version} of the mapping, shown here upgraded to version ${stored.value.version}; mapping save stores it as version ${stored.value.version}.`
    );
  const fits = fitMapping(stored.value, read.value);
  if (!fits.ok) io.err(`The stored mapping no longer fits the workbook: ${fits.error}`);
  else if (fits.value.moves.length > 0) io.err(headerMovesSentence(fits.value.moves));
  return EXIT_OK;
};

/**
 * `plan-tracker mapping save <file.xlsx> --schema <mapping.json> --out <copy.xlsx>`: a copy of the
 * workbook that carries the mapping, replacing any it carried. A mapping that does not fit the
 * workbook is refused before anything is written.
 */
export const saveMapping = async (
  gateway: XlsxGateway,
  file: string,
  given: Mapping,
  out: string,
  io: CliIo
): Promise<number> => {
  if (isSameFile(out, file)) {
    io.err("--out must name a new file: Plan Tracker never changes the workbook it reads.");
    return EXIT_UNUSABLE;
  }
  const read = await gateway.read();
  if (!read.ok) {
    io.err(read.error.message);
    return EXIT_UNUSABLE;
  }
  const fits = fitMapping(given, read.value);
  if (!fits.ok) {
    io.err(`The mapping does not fit this workbook: ${fits.error}`);
    return EXIT_UNUSABLE;
  }
  // Stored where the tables are now, so the copy's mapping fits it without following anything.
  const mapping = fits.value.mapping;
  if (fits.value.moves.length > 0) io.err(headerMovesSentence(fits.value.moves, true));
  const stored = await gateway.storeMapping(mappingToXml(mapping));
  if (!stored.ok) {
    io.err(stored.error.message);
    return EXIT_UNUSABLE;
  }
  if (!(await saveCopyOrSay(gateway, out, io.err))) return EXIT_UNUSABLE;
  const tables = mapping.sheets.reduce((count, sheet) => count + sheet.tables.length, 0);
  const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? "" : "s"}`;
  io.out(
    `Saved the mapping (version ${mapping.version}: ${plural(mapping.sheets.length, "sheet")}, ${plural(tables, "table")}, ${plural(mapping.measures.length, "measure")}) in ${out}${read.value.mappingXml !== undefined ? ", replacing the one it carried" : ""}; Plan Tracker uses it whenever that workbook is read, in Excel or on the command line.`
  );
  return EXIT_OK;
};
