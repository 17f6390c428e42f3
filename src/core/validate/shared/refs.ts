/** Refs like "1.9" and "1.11": numbers joined by dots, which sort as numbers part by part (docs/LAYOUTS.md#bcp: 1.9 < 1.11). */
export const REF_PATTERN = /^\d+(\.\d+)*$/;
