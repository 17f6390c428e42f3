/**
 * The stream and storage names in an OLE2 compound file's directory (MS-CFB), read just far enough to
 * tell an encrypted .xlsx (streams "EncryptionInfo" and "EncryptedPackage") from an old .xls (a
 * "Workbook" or "Book" stream). Searching the whole file for those names would also find them in a
 * cell's text; the directory is the only place a name means a stream.
 */

const HEADER_BYTES = 512;
const DIRECTORY_ENTRY_BYTES = 128;
/** A name is at most 31 UTF-16 characters and a terminating zero, in the entry's first 64 bytes. */
const NAME_BYTES = 64;
/** The header lists the first 109 FAT sectors itself; more need the DIFAT chain, which we never follow. */
const HEADER_FAT_SECTORS = 109;
/**
 * Directory sectors read at most. Excel writes the few entries these files hold (about a dozen for an
 * encrypted package, a handful for an .xls) into the first one or two sectors; the bound keeps a
 * damaged or hostile chain from making the sniff slow, and a name past it only loses the finer sentence.
 */
const MAX_DIRECTORY_SECTORS = 64;
/** Sector numbers at or above this mark the end of a chain or a free or special sector. */
const LAST_REGULAR_SECTOR = 0xfffffffa;

const uint16 = (bytes: Uint8Array, at: number): number => bytes[at] | (bytes[at + 1] << 8);
const uint32 = (bytes: Uint8Array, at: number): number =>
  (uint16(bytes, at) | (uint16(bytes, at + 2) << 16)) >>> 0;

/** The entry's name up to its first zero character: the length field is not trusted, it may be zero. */
const entryName = (bytes: Uint8Array, at: number): string => {
  let name = "";
  for (let i = 0; i < NAME_BYTES && at + i + 1 < bytes.length; i += 2) {
    const code = uint16(bytes, at + i);
    if (code === 0) break;
    name += String.fromCharCode(code);
  }
  return name;
};

export const compoundFileStreamNames = (bytes: Uint8Array): ReadonlySet<string> => {
  const names = new Set<string>();
  if (bytes.length < HEADER_BYTES) return names;
  // Version 3 files use 512-byte sectors (shift 9), version 4 files 4,096 (shift 12); anything else is
  // read as 512, the size every directory fits into at least once.
  const shift = uint16(bytes, 30);
  const sectorBytes = shift === 12 ? 4096 : 512;
  const sectorStart = (sector: number): number => HEADER_BYTES + sector * sectorBytes;
  const nextSector = (sector: number): number => {
    const perFatSector = sectorBytes / 4;
    const fatIndex = Math.floor(sector / perFatSector);
    if (fatIndex >= HEADER_FAT_SECTORS) return -1;
    const fatSector = uint32(bytes, 76 + fatIndex * 4);
    if (fatSector >= LAST_REGULAR_SECTOR) return -1;
    const at = sectorStart(fatSector) + (sector % perFatSector) * 4;
    return at + 4 <= bytes.length ? uint32(bytes, at) : -1;
  };

  const seen = new Set<number>();
  let sector = uint32(bytes, 48);
  while (
    sector >= 0 &&
    sector < LAST_REGULAR_SECTOR &&
    !seen.has(sector) &&
    seen.size < MAX_DIRECTORY_SECTORS
  ) {
    seen.add(sector);
    const start = sectorStart(sector);
    if (start >= bytes.length) break;
    for (
      let at = start;
      at < start + sectorBytes && at + DIRECTORY_ENTRY_BYTES <= bytes.length;
      at += DIRECTORY_ENTRY_BYTES
    ) {
      const name = entryName(bytes, at);
      if (name !== "") names.add(name);
    }
    sector = nextSector(sector);
  }
  return names;
};
