import { roleOfMarkName } from "../../../src/core/owned/sheet-mark";
import { formatArea } from "../fake/grid";
import { StoredSheet, type StoredWorkbook } from "../fake/store";

/**
 * Everything of the council's own sheets as Excel would report it through its API: each cell's
 * value, formula, number format, fill, font and other formats (automatic text read as #000000 and
 * not-bold as false, as getCellProperties gives them), merges, every conditional format and every
 * data validation with its settings (Excel's defaults filled in). Undo tests compare two of these.
 */
export interface StoreReading {
  [sheet: string]: {
    cells: Record<string, unknown>;
    merges: string[];
    conditionalFormats: unknown[];
    validations: unknown[];
  };
}

const cellName = (key: number): string =>
  formatArea({
    top: Math.floor(key / 16_384),
    left: key % 16_384,
    bottom: Math.floor(key / 16_384),
    right: key % 16_384,
    unbounded: false,
  });

export const readStore = (store: StoredWorkbook): StoreReading => {
  const reading: StoreReading = {};
  // Plan Tracker's own sheets are the ones its marks (workbook names) refer to.
  const owned = new Set(
    store.names.flatMap((name) =>
      roleOfMarkName(name.name) !== null && "sheet" in name.target ? [name.target.sheet] : []
    )
  );
  for (const sheet of store.sheets) {
    if (owned.has(sheet)) continue;
    const keys = new Set<number>([
      ...sheet.numberFormats.keys(),
      ...sheet.fills.keys(),
      ...sheet.cellFormats.keys(),
      ...sheet.formulas.keys(),
    ]);
    sheet.rows.forEach((cells, row) =>
      cells?.forEach(
        (value, column) => value !== undefined && keys.add(StoredSheet.key(row, column))
      )
    );
    const cells: Record<string, unknown> = {};
    for (const key of [...keys].sort((a, b) => a - b)) {
      const row = Math.floor(key / 16_384);
      const column = key % 16_384;
      const { fontColour, bold, ...rest } = sheet.cellFormat(row, column);
      const cell = {
        value: sheet.value(row, column),
        type: sheet.valueType(row, column),
        formula: sheet.formula(row, column),
        numberFormat: sheet.numberFormat(row, column),
        fill: sheet.fills.get(key) ?? null,
        font: { colour: fontColour ?? "#000000", bold: bold ?? false },
        ...rest,
      };
      // A cell holding nothing and looking like any other empty cell is the same as none.
      if (
        cell.value === "" &&
        cell.formula === null &&
        cell.numberFormat === "General" &&
        cell.fill === null &&
        cell.font.colour === "#000000" &&
        !cell.font.bold &&
        Object.keys(rest).length === 0
      )
        continue;
      cells[cellName(key)] = cell;
    }
    reading[sheet.name] = {
      cells,
      merges: sheet.merges.map(formatArea).sort(),
      // In priority order, without the numbers: Excel renumbers the others when a rule comes or goes.
      conditionalFormats: [...sheet.conditionalFormats]
        .sort((a, b) => a.priority - b.priority)
        .map(({ areas, type, formula, fill, fontColour }) => ({
          areas: areas.map(formatArea),
          type,
          formula,
          fill,
          fontColour,
        })),
      validations: sheet.dataValidations.map(
        ({ area, rule, ignoreBlanks, prompt, errorAlert }) => ({
          area: formatArea(area),
          rule,
          ignoreBlanks: ignoreBlanks ?? true,
          prompt: prompt ?? { showPrompt: false, title: "", message: "" },
          errorAlert: errorAlert ?? { showAlert: true, style: "Stop", title: "", message: "" },
        })
      ),
    };
  }
  return reading;
};
