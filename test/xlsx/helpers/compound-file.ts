/**
 * A minimal OLE2 compound file (MS-CFB, version 3, 512-byte sectors) whose directory names the given
 * streams: sector 0 is the FAT, the directory follows in as many sectors as the entries need (four to
 * a sector, chained through the FAT), then `data`, as a stream's contents would be. Enough for the
 * sniffer, which reads only the directory; no stream holds anything real.
 */
const SECTOR = 512;
const ENTRY = 128;
const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const FAT_SECTOR = 0xfffffffd;

export const compoundFile = (
  streams: readonly string[],
  data: Uint8Array = new Uint8Array(0)
): Uint8Array => {
  const entries = ["Root Entry", ...streams];
  const directorySectors = Math.ceil(entries.length / (SECTOR / ENTRY));
  const dataSectors = Math.ceil(data.length / SECTOR);

  const header = Buffer.alloc(SECTOR);
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(header, 0);
  header.writeUInt16LE(0x3e, 24); // minor version
  header.writeUInt16LE(3, 26); // major version 3: 512-byte sectors
  header.writeUInt16LE(0xfffe, 28); // little-endian
  header.writeUInt16LE(9, 30); // sector shift
  header.writeUInt16LE(6, 32); // mini sector shift
  header.writeUInt32LE(1, 44); // one FAT sector
  header.writeUInt32LE(1, 48); // the directory starts at sector 1
  header.writeUInt32LE(4096, 56); // mini stream cutoff
  header.writeUInt32LE(END_OF_CHAIN, 60); // no mini FAT
  header.writeUInt32LE(END_OF_CHAIN, 68); // no DIFAT sectors
  for (let i = 0; i < 109; i += 1) header.writeUInt32LE(i === 0 ? 0 : FREE, 76 + i * 4);

  const fat = Buffer.alloc(SECTOR, 0xff);
  fat.writeUInt32LE(FAT_SECTOR, 0);
  for (let i = 1; i <= directorySectors; i += 1)
    fat.writeUInt32LE(i === directorySectors ? END_OF_CHAIN : i + 1, i * 4);
  for (let i = 0; i < dataSectors; i += 1) {
    const sector = 1 + directorySectors + i;
    fat.writeUInt32LE(i === dataSectors - 1 ? END_OF_CHAIN : sector + 1, sector * 4);
  }

  const directory = Buffer.alloc(directorySectors * SECTOR);
  entries.forEach((name, i) => {
    const at = i * ENTRY;
    Buffer.from(`${name}\0`, "utf16le").copy(directory, at);
    directory.writeUInt16LE((name.length + 1) * 2, at + 64);
    directory[at + 66] = i === 0 ? 5 : 2; // root storage, then streams
    directory.writeUInt32LE(FREE, at + 68); // left sibling
    directory.writeUInt32LE(FREE, at + 72); // right sibling
    directory.writeUInt32LE(i === 0 && entries.length > 1 ? 1 : FREE, at + 76); // child
    directory.writeUInt32LE(END_OF_CHAIN, at + 116); // starting sector
  });

  const padded = Buffer.alloc(dataSectors * SECTOR);
  Buffer.from(data).copy(padded);
  return new Uint8Array(Buffer.concat([header, fat, directory, padded]));
};
