/**
 * A custom XML part's bytes as text. Office may write customXml items as UTF-16 (with a byte-order
 * mark) as well as UTF-8, so the mark decides; without one the part is UTF-8 (XML 1.0 §4.3.3).
 */
export const partText = (bytes: Uint8Array): string => {
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  return new TextDecoder("utf-8").decode(bytes).replace(/^\uFEFF/, "");
};

/** Whether the bytes contain this ASCII text (a zip's file names are stored as written, uncompressed). */
export const containsAscii = (bytes: Uint8Array, text: string): boolean => {
  const codes = Array.from(text, (char) => char.charCodeAt(0));
  const last = bytes.length - codes.length;
  outer: for (
    let at = bytes.indexOf(codes[0]);
    at !== -1 && at <= last;
    at = bytes.indexOf(codes[0], at + 1)
  ) {
    for (let k = 1; k < codes.length; k += 1) if (bytes[at + k] !== codes[k]) continue outer;
    return true;
  }
  return false;
};
