/**
 * What a number format means (a date? a percentage?), worked out once per distinct format: a
 * workbook uses a handful of formats over many thousands of cells. Bounded, so a workbook of
 * countless distinct formats cannot grow it without end.
 */
const MAX_FORMATS = 10_000;

export const rememberedFormat = <T>(
  known: Map<string, T>,
  format: string,
  meaning: (format: string) => T
): T => {
  const found = known.get(format);
  if (found !== undefined || known.has(format)) return found as T;
  if (known.size >= MAX_FORMATS) known.clear();
  const value = meaning(format);
  known.set(format, value);
  return value;
};
