/**
 * Character tests by code, for scans that read text character by character rather than run a
 * pattern over every cell of a large plan.
 */

/** "0"–"9". */
export const isDigit = (code: number): boolean => code >= 48 && code <= 57;

/**
 * Whether the text is more than white space, as `text.trim() !== ""` says; text starting with a
 * printable ASCII character other than a space settles it without a trimmed copy.
 */
export const hasText = (text: string): boolean => {
  const first = text.charCodeAt(0);
  return (first > 32 && first < 127) || text.trim() !== "";
};
