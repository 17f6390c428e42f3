import { parseRangeAddress } from "../model/address";
import { cellText } from "../model/cell-value";
import type { RagLevel } from "../model/rag-level";
import type { PlanModel } from "../parse/plan-model";
import type { LevelSet } from "../rag/level-presets";
import { cellAt, lastRow } from "../snapshot/sheet-access";
import type { SheetSnapshot } from "../snapshot/workbook-snapshot";
import type { UpdateCell } from "./update-cells";

/** One status an owner may pick: what is written and how it is shown. */
export interface StatusChoice {
  /** What the pane shows ("At risk", "2 – Some progress", "Amber (the key's colour)"). */
  label: string;
  /** What is written into the cell; null for a colour-only status, which writes only the fill. */
  value: string | number | null;
  /** The fill written for a colour-only status (the plan's own key colour). */
  fill?: string;
  level: RagLevel | null;
}

/** Where the choices come from, said to the owner ("the column's dropdown"). */
export type StatusChoiceSource = "dropdown" | "colour key" | "scale key" | "column" | "levels";

export interface StatusChoices {
  source: StatusChoiceSource;
  choices: StatusChoice[];
}

const inRange = (range: string, row: number, column: number): boolean =>
  range.split(/[\s,]+/).some((part) => {
    const area = parseRangeAddress(part);
    return (
      area !== null &&
      area.top <= row &&
      row <= area.bottom &&
      area.left <= column &&
      column <= area.right
    );
  });

/** A key to a numeric scale on the sheet: a run of 1, 2, 3… down one column with words beside each. */
const scaleKey = (sheet: SheetSnapshot): StatusChoice[] => {
  let best: StatusChoice[] = [];
  const last = lastRow(sheet);
  for (let column = sheet.firstColumn; column < sheet.firstColumn + 3; column += 1) {
    let run: StatusChoice[] = [];
    for (let row = sheet.firstRow; row <= last; row += 1) {
      const value = cellAt(sheet, row, column);
      const words = cellText(cellAt(sheet, row, column + 1)).trim();
      if (
        typeof value === "number" &&
        value === run.length + 1 &&
        words !== "" &&
        typeof cellAt(sheet, row, column + 1) === "string"
      ) {
        run.push({
          label: `${value} – ${words.length > 80 ? `${words.slice(0, 79)}…` : words}`,
          value,
          level: null,
        });
        if (run.length > best.length) best = run;
      } else if (run.length > 0)
        run =
          typeof value === "number" && value === 1 && words !== ""
            ? [{ label: `1 – ${words}`, value: 1, level: null }]
            : [];
    }
  }
  return best.length >= 3 ? best : [];
};

/**
 * The statuses the plan itself offers for an action's status cell, in its own order: the cell's
 * dropdown; for a colour-only column, the colour key's entries; for a column of scores, the key to
 * the scale; else the words the column already uses; else the plan's level names.
 */
export const statusChoices = (
  sheet: SheetSnapshot,
  model: PlanModel,
  cell: UpdateCell,
  levels: LevelSet
): StatusChoices => {
  const list = sheet.lists?.find((candidate) => inRange(candidate.range, cell.row, cell.column));
  if (list && list.values.length > 0)
    return {
      source: "dropdown",
      choices: list.values.map((value) => ({ label: value, value, level: null })),
    };
  const inColumn = model.actions
    .filter((action) => action.sheet === cell.sheet)
    .flatMap((action) => [action.status, ...action.ratings])
    .filter((rating) => rating !== null && rating.cell.column === cell.column);
  const keyed = model.colourKey.filter((entry) => entry.fill !== null);
  if (
    keyed.length > 0 &&
    (inColumn.some((rating) => rating?.source === "fill") ||
      (cell.value === null && inColumn.length === 0))
  )
    return {
      source: "colour key",
      choices: keyed.map((entry) => ({
        label: entry.description.split(/\s[–—-]\s/)[0].trim() || levels[entry.level].label,
        value: null,
        fill: entry.fill ?? undefined,
        level: entry.level,
      })),
    };
  if (inColumn.some((rating) => rating?.source === "number") || typeof cell.value === "number") {
    const key = scaleKey(sheet);
    if (key.length > 0) return { source: "scale key", choices: key };
  }
  const words = [...new Set(inColumn.flatMap((rating) => (rating?.label ? [rating.label] : [])))];
  if (words.length >= 2)
    return {
      source: "column",
      choices: words.map((word) => ({
        label: word,
        value: word,
        level: inColumn.find((rating) => rating?.label === word)?.level ?? null,
      })),
    };
  const order: RagLevel[] = ["green", "amber", "red", "blue", "done"];
  return {
    source: "levels",
    choices: order.map((level) => ({
      label: levels[level].label,
      value: levels[level].label,
      level,
    })),
  };
};
