import fc from "fast-check";
import type { CellValue } from "../../../src/core/model/cell-value";

/**
 * Cell values for property tests: anything a gateway can hand over (text in any script, numbers
 * including NaN and infinities, booleans, null) plus text built from the grammar's own pieces, so the
 * interesting paths are reached far more often than by random characters alone.
 */
const FRAGMENTS = [
  "by",
  "By",
  "end of",
  "from",
  "From",
  "onwards",
  "to",
  "-",
  "–",
  "/",
  " ",
  "  ",
  "\u00a0",
  "\n",
  ",",
  ";",
  "&",
  " and ",
  "June",
  "Sept",
  "sept.",
  "Apr",
  "may",
  "Dec",
  "2022",
  "22",
  "'23",
  "2 0 2 2",
  "1 st",
  "31",
  "30",
  "0",
  "12",
  "13",
  "29/02/",
  "Summer",
  "Autumn",
  "Winter",
  "term",
  "Q1",
  "Quarter 4",
  "2022/23",
  "21-22",
  "FY",
  "Ongoing",
  "TBC",
  "?",
  "n/a",
  "%",
  ".",
  "<p>",
  "</p>",
  '<ul style="x"',
  "&amp;",
  "&#39;",
  "•",
  "■",
  "◆",
  "▲",
  "●",
  "✓",
  "X",
  "(",
  ")",
  "Page 7",
  "Head of",
  "Team",
  "Ann James",
  "S Murphy",
  "SWFPG",
  "Project Manager",
  "High risk",
  "On target",
  "At risk",
  "Compromised",
  "4-7",
  "13 %",
  "0.126",
  "81.6",
  "e+21",
  "\u200b",
  "🟢",
  "\ud800",
];

export const fragmentText: fc.Arbitrary<string> = fc
  .array(fc.constantFrom(...FRAGMENTS), { maxLength: 8 })
  .map((parts) => parts.join(""));

export const anyText: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fragmentText
);

export const anyNumber: fc.Arbitrary<number> = fc.oneof(
  fc.double(),
  fc.integer({ min: -100_000, max: 3_000_000 }),
  fc.constantFrom(0, 60, 61, 43191, 44834, 2958465, 2958466, -0, 0.5, 1e21, -1e-7)
);

export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  anyText,
  anyNumber,
  fc.boolean(),
  fc.constant(null)
);

export const anyFormat: fc.Arbitrary<string | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.constantFrom(
    "General",
    "0%",
    "0.0%",
    "0.00",
    "mmm-yy",
    "mmmm yyyy",
    "dd/mm/yyyy",
    "d-mmm",
    "yyyy",
    "h:mm",
    "[Red]0.00",
    '"Due "dd/mm',
    "@",
    ""
  ),
  fc.string()
);

export const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
