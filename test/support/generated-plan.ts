import { cellAddress } from "../../src/core/model/address";
import type { CellValue } from "../../src/core/model/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";

export interface PlanSize {
  actions: number;
  measures: number;
  months: number;
}

const OWNERS = [
  "Ann James",
  "Rob Tyrrell",
  "Sara Scholey",
  "Juliette Blake",
  "Rachel Gravett",
  "Mark Bone",
  "Clare Dudman",
  "Kanchan Jadeja",
  "Emma Trigwell",
  "Sue Hall",
];
const STATUS_WORDS = ["On track", "At risk", "Off track", "Complete", null];
const KEY = [
  ["High risk – action not started yet but expected it to have commenced", "#FF0000"],
  ["Significant risk – plan in place, action started but further work required", "#FFC000"],
  ["On track – running to plan and within timescale", "#00B050"],
  ["Actioned – implemented and embedded", "#0070C0"],
  ["Completed and can be removed from plan", "#7030A0"],
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/**
 * A council plan of any size, shaped like the seed layouts (docs/LAYOUTS.md): a BCP-style action sheet
 * (RAG key, numbered sections, Ref/Action/Lead/Deadline/RAG/Success/Progress, deadlines written
 * several ways, RAG as words or only as fill) and a GCC-style measures grid (a month row over
 * Target/Actual pairs, percentages as 0.0% numbers). Deterministic: the same size gives the same plan.
 */
export const generatePlan = ({ actions, measures, months }: PlanSize): WorkbookSnapshot => {
  const values: CellValue[][] = [
    ["Improvement Plan (generated)"],
    [],
    ["RAG", "Description", `Total out of ${actions} actions`, "%"],
  ];
  const fills: Record<string, string> = {};
  const numberFormats: Record<string, string> = {};
  KEY.forEach(([description, fill]) => {
    values.push([null, description, null, null]);
    fills[cellAddress(values.length, 1)] = fill;
  });
  const sections = 3;
  for (let section = 1; section <= sections; section += 1) {
    values.push([]);
    values.push([`${section}. Priority ${section} of the generated plan`]);
    values.push([
      "Ref",
      "Action",
      "Lead",
      "Deadline",
      "RAG",
      "Success measures",
      "Progress to date",
    ]);
    const count = Math.floor(actions / sections) + (section <= actions % sections ? 1 : 0);
    for (let n = 1; n <= count; n += 1) {
      const i = section * 100_003 + n;
      const row = values.length + 1;
      let deadline: CellValue;
      switch (i % 5) {
        case 0:
          deadline = `${1 + (i % 28)}/${1 + (i % 12)}/${22 + (i % 3)}`;
          break;
        case 1:
          deadline = 44_600 + (i % 900);
          numberFormats[cellAddress(row, 4)] = "dd/mm/yyyy";
          break;
        case 2:
          deadline = `By ${MONTHS[i % 12]} ${2022 + (i % 3)}`;
          break;
        case 3:
          deadline = i % 50 === 3 ? null : `${["Spring", "Summer", "Autumn"][i % 3]} 2023`;
          break;
        default:
          deadline = `${MONTHS[i % 12]} 2023 onwards`;
      }
      const status = STATUS_WORDS[i % STATUS_WORDS.length];
      if (status === null) fills[cellAddress(row, 5)] = KEY[i % KEY.length][1];
      values.push([
        `${section}.${n}`,
        `Action ${section}.${n}: improve the quality and timeliness of practice in team ${i % 40}`,
        i % 7 === 0 ? `${OWNERS[i % 10]} / ${OWNERS[(i + 3) % 10]}` : OWNERS[i % 10],
        deadline,
        status,
        `Audits show improvement in team ${i % 40}`,
        i % 4 === 0
          ? ""
          : `Progress recorded in month ${1 + (i % 12)}: work continues with partners.`,
      ]);
    }
  }
  const plan: SheetSnapshot = {
    name: "Improvement Plan",
    firstRow: 1,
    firstColumn: 1,
    values: rectangular(values),
    numberFormats,
    fills,
    merges: [],
    protected: false,
    visibility: "visible",
  };

  const grid: CellValue[][] = [["Metrics including saving / efficiency (if relevant)"]];
  const monthRow: CellValue[] = [null];
  const measureRow: CellValue[] = [null];
  for (let m = 0; m < months; m += 1) {
    monthRow.push(`${MONTHS[(3 + m) % 12]} ${22 + Math.floor((3 + m) / 12)}`, null);
    measureRow.push("Target", "Actual");
  }
  grid.push(monthRow, measureRow);
  const gridFormats: Record<string, string> = {};
  for (let k = 1; k <= measures; k += 1) {
    const row: CellValue[] = [`Measure ${k}: percentage of children seen in time`];
    for (let m = 0; m < months; m += 1) {
      row.push(0.8 + (k % 10) / 100, 0.7 + ((k * 7 + m * 3) % 30) / 100);
      gridFormats[cellAddress(grid.length + 1, 2 + m * 2)] = "0%";
      gridFormats[cellAddress(grid.length + 1, 3 + m * 2)] = "0.0%";
    }
    grid.push(row);
  }
  const measureSheet: SheetSnapshot = {
    name: "Metrics",
    firstRow: 1,
    firstColumn: 1,
    values: rectangular(grid),
    numberFormats: gridFormats,
    fills: {},
    merges: [],
    protected: false,
    visibility: "visible",
  };
  return {
    name: `generated-${actions}.xlsx`,
    sheets: [plan, measureSheet],
    settings: {},
    stamp: { takenAt: "generated", fingerprint: "generated" },
  };
};

const rectangular = (rows: CellValue[][]): CellValue[][] => {
  const width = Math.max(...rows.map((r) => r.length));
  return rows.map((r) =>
    Array.from({ length: width }, (_, c) => (r[c] === undefined ? null : r[c]))
  );
};
