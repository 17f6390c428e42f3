import type { SheetSnapshot } from "../../snapshot/workbook-snapshot";
import { headingRowsOf, headingWords } from "./heading-words";

/** How a table of statistics is laid out, in the words a person would use to describe it. */
export interface FiguresShape {
  /**
   * Whether the cells are largely numbers ("figures") or words and dates ("records"). A third is
   * enough: statistics carry area names, codes and headings beside every row of figures.
   */
  mostlyNumbers: boolean;
  byArea: boolean;
  byTime: boolean;
  /** Filled cells seen: none means the workbook is empty. */
  filledCells: number;
}

const AREA_WORDS = [
  "area",
  "la",
  "authority",
  "authorities",
  "region",
  "country",
  "geographic",
  "geography",
  "organisation",
  "org",
  "icb",
  "trust",
  "council",
  "district",
  "ward",
  "lad",
  "ltla",
  "utla",
];
const TIME_WORDS = ["year", "years", "period", "time", "date", "month", "quarter", "yr"];

// Enough rows to tell figures from records; a sheet of a million rows reads the same after these.
const ROWS_SAMPLED = 2000;

const countCells = (sheet: SheetSnapshot): { filled: number; numbers: number } => {
  let filled = 0;
  let numbers = 0;
  const last = Math.min(sheet.values.length, ROWS_SAMPLED);
  for (let index = 0; index < last; index += 1) {
    for (const cell of sheet.values[index] ?? []) {
      if (cell === null || (typeof cell === "string" && cell.trim() === "")) continue;
      filled += 1;
      if (typeof cell === "number") numbers += 1;
    }
  }
  return { filled, numbers };
};

const headingsName = (sheets: readonly SheetSnapshot[], vocabulary: readonly string[]): boolean =>
  sheets.some((sheet) =>
    headingRowsOf(sheet).some((row) =>
      row.headings.some((heading) =>
        headingWords(heading).some((word) => vocabulary.includes(word))
      )
    )
  );

/** What the sheets hold when they hold no plan: figures or records, by area and by year or not. */
export const figuresShapeOf = (sheets: readonly SheetSnapshot[]): FiguresShape => {
  let filled = 0;
  let numbers = 0;
  for (const sheet of sheets) {
    const counted = countCells(sheet);
    filled += counted.filled;
    numbers += counted.numbers;
  }
  return {
    mostlyNumbers: numbers * 3 >= filled,
    byArea: headingsName(sheets, AREA_WORDS),
    byTime: headingsName(sheets, TIME_WORDS),
    filledCells: filled,
  };
};
