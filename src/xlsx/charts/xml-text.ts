/** Element text for XML parts: & < > escaped, and characters XML 1.0 forbids (controls other than tab, LF, CR) dropped. */
export const xmlText = (text: string): string =>
  text
    // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;");

/** An attribute value (always written in double quotes). */
export const xmlAttribute = (text: string): string => xmlText(text).replace(/"/g, "&quot;");

/** The reverse, for names read from workbook.xml (sheet names with & or quotes). */
export const xmlUnescape = (text: string): string =>
  text
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9A-Fa-f]+);/g, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&amp;/g, "&");
