import type { FakeSheetInit } from "./fake-excel";

const STATUSES = ["Not started", "On track", "At risk", "Off track", "Complete"];
const FILLS = ["#D4351C", "#FFBF47", "#00703C", "#1D70B8"];

/**
 * An action-plan sheet shaped like the council workbooks (docs/LAYOUTS.md): Ref, Action, Owner, Due (a
 * date serial with a date format), Status, and a RAG column held only as fill on every third row.
 */
export const generatedActions = (rows: number, name = "Actions"): FakeSheetInit => {
  const values: (string | number | null)[][] = [["Ref", "Action", "Owner", "Due", "Status", "RAG"]];
  const numberFormats: Record<string, string> = {};
  const fills: Record<string, string> = {};
  for (let i = 1; i <= rows; i += 1) {
    const row = i + 1;
    values.push([
      `${1 + Math.floor(i / 100)}.${i % 100}`,
      `Action ${i}`,
      `Owner ${i % 37}`,
      45_000 + (i % 400),
      STATUSES[i % 5],
      null,
    ]);
    numberFormats[`D${row}`] = "dd/mm/yyyy";
    if (i % 3 === 0) fills[`F${row}`] = FILLS[i % 4];
  }
  return { name, values, numberFormats, fills };
};
