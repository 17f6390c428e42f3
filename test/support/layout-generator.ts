/**
 * The layout generator: from a seed, a random but reasonable council tracker — an actions sheet, a
 * measures sheet, a cover sheet, in the many ways councils lay them out — rendered to the
 * WorkbookSnapshot the gateways hand the core, together with its truth: which rows are actions,
 * which group each belongs to as a person would name it, and what each column holds.
 *
 * It is the yardstick for detection (docs/HISTORY.md#issue-10), so it never calls detection code, and it invents all
 * of its content. Every choice is drawn from the seeded Rng, so a seed is a complete bug report.
 */
import type { CellValue } from "../../src/core/model/cell-value";
import { cellAddress, columnLetter } from "../../src/core/model/address";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { Rng } from "./layout-rng";
import { snapshotOf, type SheetSpec } from "./snapshot-builder";
import {
  ACTION_WORDING,
  COVER_LINES,
  DEPARTMENTS,
  EXTRA_HEADINGS,
  EXTRA_VALUES,
  GROUP_NAMES,
  HEADER_BANNERS,
  INITIALS,
  JOB_TITLES,
  MEASURE_NAMES,
  MEASURE_WORDING,
  MONTHS,
  NEXT_STEPS,
  NOTE_LINES,
  PERSON_NAMES,
  PLAN_TITLES,
  POLARITY_WORDS,
  PROGRESS_NOTES,
  SHEET_NAMES,
  STATUS_FILLS,
  STATUS_VOCABULARIES,
  actionTitle,
  deliverableOf,
  type ActionTruthField,
  type MeasureTruthField,
  type Register,
  type TruthField,
  type Wording,
} from "./layout-words";

// ---------------------------------------------------------------------------------------------
// Truth: what a person sees in the generated workbook.

export interface TruthColumn {
  column: number;
  letter: string;
  header: string;
  /** null for a column nobody reads ("Notes", "Cost"). */
  field: TruthField | null;
  /** For a Target/Actual pair under a period heading. */
  measure?: "target" | "actual";
}

export interface TruthTable {
  sheet: string;
  kind: "actions" | "measures";
  shape: "actions" | "measure-rows" | "measure-long" | "measure-wide" | "measure-wide-pairs";
  headerRows: number[];
  firstDataRow: number;
  lastDataRow: number;
  columns: TruthColumn[];
}

/** One action (or one measure row): where it is, and the group a person would say it belongs to. */
export interface TruthItem {
  sheet: string;
  row: number;
  title: string;
  /** "" when the plan has no groups. */
  group: string;
  /**
   * True when nothing in the row is wrong: the generator left no cell it means to fill empty and wrote
   * no placeholder ("TBC", "n/a") or second owner in it. A rule that fires on such a row is a false alarm.
   */
  clean: boolean;
  /** What the generator deliberately left wrong in the row ("no owner", "placeholder actual"); [] when clean. */
  faults: string[];
}

export interface LayoutTruth {
  tables: TruthTable[];
  actions: TruthItem[];
  measures: TruthItem[];
}

/** A status dropdown, for the .xlsx writer. */
export interface ListValidation {
  cells: string[];
  list: string[];
}

/** An Excel Table (ListObject) over a table with a one-row header, for the .xlsx writer. */
export interface ListObjectSpec {
  name: string;
  headerRow: number;
  lastRow: number;
  firstColumn: number;
  lastColumn: number;
}

export interface GeneratedSheet extends SheetSpec {
  name: string;
  validations: ListValidation[];
  listObjects: ListObjectSpec[];
}

export interface GeneratedLayout {
  seed: number;
  /** One line saying what was chosen, for failure messages. */
  description: string;
  /** Every option the seed exercised ("groups:section-merged"), for the coverage test. */
  features: string[];
  sheets: GeneratedSheet[];
  snapshot: WorkbookSnapshot;
  truth: LayoutTruth;
}

// ---------------------------------------------------------------------------------------------
// A sheet being written: cells, formats, fills and merges by 1-based row and column.

class SheetCanvas {
  private readonly rows: CellValue[][] = [];
  readonly numberFormats: Record<string, string> = {};
  readonly fills: Record<string, string> = {};
  readonly merges: string[] = [];
  readonly validations: ListValidation[] = [];
  readonly listObjects: ListObjectSpec[] = [];

  constructor(readonly name: string) {}

  get(row: number, column: number): CellValue {
    return this.rows[row - 1]?.[column - 1] ?? null;
  }

  set(row: number, column: number, value: CellValue): void {
    while (this.rows.length < row) this.rows.push([]);
    this.rows[row - 1][column - 1] = value;
  }

  format(row: number, column: number, format: string): void {
    this.numberFormats[cellAddress(row, column)] = format;
  }

  fill(row: number, column: number, colour: string): void {
    this.fills[cellAddress(row, column)] = colour;
  }

  merge(top: number, left: number, bottom: number, right: number): void {
    if (top === bottom && left === right) return;
    this.merges.push(`${cellAddress(top, left)}:${cellAddress(bottom, right)}`);
  }

  toSheet(): GeneratedSheet {
    const rows = this.rows.map((row) =>
      Array.from({ length: row.length }, (_, c) => row[c] ?? null)
    );
    return {
      name: this.name,
      rows,
      numberFormats: this.numberFormats,
      fills: this.fills,
      merges: this.merges,
      validations: this.validations,
      listObjects: this.listObjects,
    };
  }
}

/** What the generator is told to note as it goes: features for the coverage test, truth for scoring. */
interface Recorder {
  rng: Rng;
  features: Set<string>;
  truth: LayoutTruth;
  description: string[];
}

const note = (recorder: Recorder, feature: string): void => {
  recorder.features.add(feature);
};

// ---------------------------------------------------------------------------------------------
// Headings: one wording per field, in the table's register, sometimes with a note or a line break.

const headingText = (
  rng: Rng,
  wording: Wording,
  register: Register,
  features: Set<string>
): string => {
  if (register === "snake") return rng.pick(wording.snake);
  if (register === "canonical" && rng.chance(0.7)) return wording.canonical;
  let text = rng.chance(0.25) ? wording.canonical : rng.pick(wording.plain);
  // People annotate headings with the format they want ("Target date (dd/mm/yy)").
  if (wording.notes.length > 0 && rng.chance(0.2)) {
    text += rng.pick(wording.notes);
    features.add("heading:note");
  } else if (text.includes(" ") && rng.chance(0.15)) {
    // A narrow column wraps its heading with Alt+Enter.
    const spaces = [...text].map((ch, i) => (ch === " " ? i : -1)).filter((i) => i > 0);
    const at = rng.pick(spaces);
    text = `${text.slice(0, at)}\n${text.slice(at + 1)}`;
    features.add("heading:line-break");
  }
  return register === "upper" ? text.toUpperCase() : text;
};

/** Headings for a table's fields, distinct within the table (a ListObject insists, and so do people). */
const headingsFor = <F extends string>(
  rng: Rng,
  wordings: Record<F, Wording>,
  fields: readonly F[],
  register: Register,
  features: Set<string>
): Map<F, string> => {
  const used = new Set<string>();
  const headings = new Map<F, string>();
  for (const field of fields) {
    let text = headingText(rng, wordings[field], register, features);
    for (let attempt = 0; attempt < 6 && used.has(text.toLowerCase()); attempt += 1)
      text = headingText(rng, wordings[field], register, features);
    if (used.has(text.toLowerCase())) text = `${wordings[field].canonical} (${field})`;
    used.add(text.toLowerCase());
    headings.set(field, text);
  }
  return headings;
};

const pickRegister = (rng: Rng): Register =>
  rng.weighted<Register>([
    ["canonical", 3],
    ["plain", 4],
    ["snake", 1.5],
    ["upper", 1.5],
  ]);

// ---------------------------------------------------------------------------------------------
// Values: dates, owners, statuses, percentages.

/** Excel's serial number for a date (days since 30 Dec 1899, the 1900 system). */
const excelSerial = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86400000 + 25569;

type DateMode = "serial" | "text" | "mixed";
const DATE_FORMATS = ["dd/mm/yyyy", "d-mmm-yy", "mmm-yy", "mmmm yyyy", "dd/mm/yy"] as const;
const SHORT_MONTHS = [
  "Jan",
  "Feb",
  "Mar",
  "April",
  "May",
  "June",
  "July",
  "Aug",
  "Sept",
  "Oct",
  "Nov",
  "Dec",
];
const MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const textDate = (rng: Rng, year: number, month: number, day: number): string => {
  const form = rng.int(0, 5);
  if (form === 0)
    return `${String(day).padStart(2, "0")}/${String(month).padStart(2, "0")}/${year}`;
  if (form === 1) return `${MONTH_NAMES[month - 1]} ${year}`;
  if (form === 2) return `Q${rng.int(1, 4)} ${year}/${String((year + 1) % 100).padStart(2, "0")}`;
  if (form === 3) return "Ongoing";
  if (form === 4)
    return `End of ${MONTH_NAMES[month - 1].slice(0, 3)} ${String(year % 100).padStart(2, "0")}`;
  return `${SHORT_MONTHS[month - 1]} ${year}`;
};

/** A due date cell: a real date with a format, or text as people type it. */
const writeDue = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  column: number,
  mode: DateMode,
  format: string
): void => {
  const year = rng.int(2024, 2026);
  const month = rng.int(1, 12);
  const day = rng.chance(0.5) ? new Date(Date.UTC(year, month, 0)).getUTCDate() : rng.int(1, 28);
  const asText = mode === "text" || (mode === "mixed" && rng.chance(0.4));
  if (asText) {
    canvas.set(row, column, textDate(rng, year, month, day));
  } else {
    canvas.set(row, column, excelSerial(year, month, day));
    canvas.format(row, column, format);
  }
};

type OwnerStyle = "names" | "titles" | "initials" | "mixed";
const ownerText = (rng: Rng, style: OwnerStyle): string => {
  const kind =
    style === "mixed" ? rng.pick(["names", "titles", "initials", "pair"] as const) : style;
  if (kind === "names") return rng.pick(PERSON_NAMES);
  if (kind === "titles") return rng.pick(JOB_TITLES);
  if (kind === "initials") return rng.pick(INITIALS);
  return `${rng.pick(JOB_TITLES)} / ${rng.pick(PERSON_NAMES)}`;
};

type StatusMode = "words" | "words-filled" | "numbers" | "fills";

/** The fill a status word would carry where the council colours its status cells too. */
const fillForStatus = (word: string): string | null => {
  const w = word.toLowerCase();
  if (w === "amber/green") return "#92D050";
  if (w === "amber/red") return "#FF6600";
  if (/^(red|r|off track|delayed)$/.test(w)) return STATUS_FILLS[0];
  if (/^(amber|a|at risk|in progress|on hold)$/.test(w)) return STATUS_FILLS[1];
  if (/^(green|g|on track|completed?)$/.test(w)) return STATUS_FILLS[2];
  if (w === "blue") return STATUS_FILLS[3];
  return null;
};

const writeStatus = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  column: number,
  mode: StatusMode,
  vocabulary: readonly string[]
): void => {
  if (mode === "fills") {
    canvas.fill(row, column, rng.pick(STATUS_FILLS.slice(0, 3)));
    return;
  }
  if (mode === "numbers") {
    canvas.set(row, column, rng.int(1, 5));
    return;
  }
  const word = rng.pick(vocabulary);
  canvas.set(row, column, word);
  const fill = fillForStatus(word);
  if (mode === "words-filled" && fill) canvas.fill(row, column, fill);
};

type PercentMode = "fraction" | "integer" | "text";
const writePercent = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  column: number,
  mode: PercentMode
): void => {
  const percent = rng.int(0, 10) * 10;
  if (mode === "fraction") {
    canvas.set(row, column, percent / 100);
    canvas.format(row, column, "0%");
  } else canvas.set(row, column, mode === "integer" ? percent : `${percent}%`);
};

// ---------------------------------------------------------------------------------------------
// Groups: what the plan's sections are called, and what a person would call them.

type GroupLabelStyle =
  | "name"
  | "numbered"
  | "priority-named"
  | "priority-only"
  | "theme-dash"
  | "upper-numbered"
  | "department";

interface GroupName {
  /** As written in the workbook. */
  label: string;
  /** As a person names it; detection's label must contain it. */
  truth: string;
}

const groupNames = (rng: Rng, style: GroupLabelStyle, count: number): GroupName[] => {
  const names = rng.sample(style === "department" ? DEPARTMENTS : GROUP_NAMES, count);
  return names.map((name, index) => {
    const n = index + 1;
    switch (style) {
      case "numbered":
        return { label: `${n}. ${name}`, truth: name };
      case "priority-named":
        return { label: `Priority ${n}: ${name}`, truth: name };
      case "priority-only":
        return { label: `Priority ${n}`, truth: `Priority ${n}` };
      case "theme-dash":
        return { label: `Theme ${n} – ${name}`, truth: name };
      case "upper-numbered":
        return { label: `${n}. ${name.toUpperCase()}`, truth: name };
      default:
        return { label: name, truth: name };
    }
  });
};

// ---------------------------------------------------------------------------------------------
// Rows above a table: a plan title (often a merged banner), "Last updated", a blank spacer.

const writeTitleRows = (
  recorder: Recorder,
  canvas: SheetCanvas,
  top: number,
  left: number,
  right: number
): number => {
  const { rng } = recorder;
  const count = rng.weighted([
    [0, 3],
    [1, 3],
    [2, 2],
    [3, 2],
  ] as const);
  note(recorder, `title-rows:${count}`);
  let row = top;
  for (let i = 0; i < count; i += 1) {
    if (i > 0 && i === count - 1 && rng.chance(0.5)) {
      row += 1; // a blank spacer before the header
      continue;
    }
    const text = i === 0 ? rng.pick(PLAN_TITLES) : rng.pick(NOTE_LINES);
    canvas.set(row, left, text);
    if (i === 0 && rng.chance(0.5)) {
      canvas.merge(row, left, row, right);
      canvas.fill(row, left, "#1F4E78");
      note(recorder, "title:merged-banner");
    }
    row += 1;
  }
  return row;
};

// ---------------------------------------------------------------------------------------------
// Header rows: one row, or a banner row over the real one ("Delivery" over "Status | % complete").

interface HeaderColumn {
  column: number;
  header: string;
}

/** Writes the header; returns its rows. */
const writeHeader = (
  recorder: Recorder,
  canvas: SheetCanvas,
  top: number,
  columns: HeaderColumn[],
  twoRows: boolean
): number[] => {
  const { rng } = recorder;
  const headerFill = rng.chance(0.5)
    ? rng.pick(["#D9E1F2", "#BDD7EE", "#D9D9D9", "#002060"])
    : null;
  if (!twoRows) {
    for (const { column, header } of columns) {
      canvas.set(top, column, header);
      if (headerFill) canvas.fill(top, column, headerFill);
    }
    return [top];
  }
  // Banners over runs of 2–3 adjacent columns; the rest are merged down both rows, or sit in the lower row.
  const verticalMerge = rng.chance(0.5);
  note(recorder, verticalMerge ? "header:two-row-merged-down" : "header:two-row-lower");
  const banners = rng.sample(HEADER_BANNERS, 3);
  let index = 0;
  let bannerCount = 0;
  while (index < columns.length) {
    const span = Math.min(rng.int(2, 3), columns.length - index);
    if (
      span >= 2 &&
      bannerCount < banners.length &&
      (rng.chance(0.4) || (bannerCount === 0 && index + span >= columns.length - 1))
    ) {
      const first = columns[index].column;
      const last = columns[index + span - 1].column;
      canvas.set(top, first, banners[bannerCount]);
      canvas.merge(top, first, top, last);
      for (let i = index; i < index + span; i += 1)
        canvas.set(top + 1, columns[i].column, columns[i].header);
      bannerCount += 1;
      index += span;
      continue;
    }
    const { column, header } = columns[index];
    if (verticalMerge) {
      canvas.set(top, column, header);
      canvas.merge(top, column, top + 1, column);
    } else canvas.set(top + 1, column, header);
    index += 1;
  }
  if (headerFill)
    for (const { column } of columns)
      for (const row of [top, top + 1]) canvas.fill(row, column, headerFill);
  return [top, top + 1];
};

// ---------------------------------------------------------------------------------------------
// The actions table.

type GroupStyle = "none" | "section-merged" | "section-single" | "column" | "column-merged";
type RefStyle = "dotted" | "prefixed" | "number";
type Trailer = "total" | "select" | "end" | "add-rows";

interface ActionTableChoices {
  register: Register;
  fields: ActionTruthField[];
  extras: string[];
  groupStyle: GroupStyle;
  groupLabelStyle: GroupLabelStyle;
  twoRowHeader: boolean;
  statusMode: StatusMode;
  vocabulary: readonly string[];
  dateMode: DateMode;
  dateFormat: string;
  ownerStyle: OwnerStyle;
  percentMode: PercentMode;
  refStyle: RefStyle;
  trailers: Trailer[];
  listObject: boolean;
}

const chooseActionTable = (recorder: Recorder): ActionTableChoices => {
  const { rng } = recorder;
  const groupStyle = rng.weighted<GroupStyle>([
    ["none", 2],
    ["section-merged", 3],
    ["section-single", 2],
    ["column", 2.5],
    ["column-merged", 1],
  ]);
  const isColumn = groupStyle === "column" || groupStyle === "column-merged";
  const groupLabelStyle = rng.pick<GroupLabelStyle>(
    isColumn
      ? ["name", "numbered", "priority-only", "department"]
      : ["name", "numbered", "priority-named", "priority-only", "theme-dash", "upper-numbered"]
  );
  const fields: ActionTruthField[] = ["title"];
  if (rng.chance(0.6)) fields.push("ref");
  if (isColumn) fields.push("group");
  if (rng.chance(0.95)) fields.push("owner");
  if (rng.chance(0.9)) fields.push("due");
  if (rng.chance(0.9)) fields.push("status");
  if (rng.chance(0.6)) fields.push("progress");
  if (rng.chance(0.3)) fields.push("percentComplete");
  if (rng.chance(0.25)) fields.push("nextSteps");
  const extras = rng.chance(0.4) ? rng.sample(EXTRA_HEADINGS, rng.int(1, 2)) : [];
  const statusMode = rng.weighted<StatusMode>([
    ["words", 4],
    ["words-filled", 2],
    ["numbers", 1],
    ["fills", 1.5],
  ]);
  const vocabularyName = rng.pick(Object.keys(STATUS_VOCABULARIES));
  const twoRowHeader = rng.chance(0.25);
  const trailers: Trailer[] = rng.chance(0.45)
    ? rng.sample<Trailer>(["total", "select", "end", "add-rows"], rng.int(1, 2))
    : [];
  const choices: ActionTableChoices = {
    register: pickRegister(rng),
    fields,
    extras,
    groupStyle,
    groupLabelStyle,
    twoRowHeader,
    statusMode,
    vocabulary: STATUS_VOCABULARIES[vocabularyName],
    dateMode: rng.weighted<DateMode>([
      ["serial", 3],
      ["text", 1.5],
      ["mixed", 1.5],
    ]),
    dateFormat: rng.pick(DATE_FORMATS),
    ownerStyle: rng.pick<OwnerStyle>(["names", "titles", "initials", "mixed"]),
    percentMode: rng.pick<PercentMode>(["fraction", "integer", "text"]),
    refStyle: rng.pick<RefStyle>(["dotted", "prefixed", "number"]),
    trailers,
    // An Excel Table needs a one-row header and no merged cells inside it.
    listObject:
      !twoRowHeader && (groupStyle === "none" || groupStyle === "column") && rng.chance(0.4),
  };
  note(recorder, `register:${choices.register}`);
  note(recorder, `groups:${groupStyle}`);
  note(recorder, `group-label:${groupLabelStyle}`);
  note(recorder, `header:${twoRowHeader ? "two-row" : "one-row"}`);
  note(recorder, `status:${statusMode}`);
  if (statusMode === "words" || statusMode === "words-filled")
    note(recorder, `vocabulary:${vocabularyName}`);
  note(recorder, `dates:${choices.dateMode}`);
  note(recorder, `owners:${choices.ownerStyle}`);
  note(recorder, fields.includes("ref") ? `ref:${choices.refStyle}` : "ref:none");
  for (const field of fields) note(recorder, `field:${field}`);
  if (fields.includes("percentComplete")) note(recorder, `percent:${choices.percentMode}`);
  if (extras.length > 0) note(recorder, "extras");
  for (const trailer of trailers) note(recorder, `trailer:${trailer}`);
  if (choices.listObject) note(recorder, "list-object");
  recorder.description.push(
    `actions[${choices.register}${twoRowHeader ? ",2-row" : ""} groups=${groupStyle}/${groupLabelStyle} status=${statusMode}${statusMode.startsWith("words") ? `/${vocabularyName}` : ""} dates=${choices.dateMode} fields=${fields.join(",")}${extras.length ? ` +${extras.length} extra` : ""}${trailers.length ? ` trailers=${trailers.join(",")}` : ""}]`
  );
  return choices;
};

/** Column order: usually the natural one (ref, group, title, owner, due, status…), sometimes shuffled. */
const orderColumns = (recorder: Recorder, keys: string[]): string[] => {
  if (recorder.rng.chance(0.5)) return keys;
  note(recorder, "columns:shuffled");
  return recorder.rng.shuffle(keys);
};

interface PlannedAction {
  group: GroupName | null;
  number: number;
  indexInGroup: number;
}

const planActions = (
  rng: Rng,
  choices: ActionTableChoices
): { groups: GroupName[]; actions: PlannedAction[] } => {
  const groups =
    choices.groupStyle === "none" ? [] : groupNames(rng, choices.groupLabelStyle, rng.int(2, 5));
  const actions: PlannedAction[] = [];
  let number = 0;
  for (const group of groups.length > 0 ? groups : [null]) {
    const count = groups.length > 0 ? rng.int(1, 7) : rng.int(4, 20);
    for (let i = 0; i < count; i += 1)
      actions.push({ group, number: (number += 1), indexInGroup: i + 1 });
  }
  return { groups, actions };
};

const refText = (style: RefStyle, action: PlannedAction, groupIndex: number): CellValue => {
  if (style === "number") return action.number;
  if (style === "prefixed") return `A${String(action.number).padStart(2, "0")}`;
  return `${groupIndex + 1}.${action.indexInGroup}`;
};

const writeActionCell = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  column: number,
  field: ActionTruthField,
  action: PlannedAction,
  groupIndex: number,
  choices: ActionTableChoices,
  title: string
): void => {
  switch (field) {
    case "title":
      canvas.set(row, column, title);
      return;
    case "ref":
      canvas.set(row, column, refText(choices.refStyle, action, groupIndex));
      return;
    case "group":
      canvas.set(row, column, action.group?.label ?? null);
      return;
    case "owner":
      if (rng.chance(0.92)) canvas.set(row, column, ownerText(rng, choices.ownerStyle));
      return;
    case "due":
      if (rng.chance(0.92))
        writeDue(rng, canvas, row, column, choices.dateMode, choices.dateFormat);
      return;
    case "status":
      if (rng.chance(0.9))
        writeStatus(rng, canvas, row, column, choices.statusMode, choices.vocabulary);
      return;
    case "progress":
      if (rng.chance(0.8)) canvas.set(row, column, rng.pick(PROGRESS_NOTES));
      return;
    case "percentComplete":
      writePercent(rng, canvas, row, column, choices.percentMode);
      return;
    case "nextSteps":
      if (rng.chance(0.7)) canvas.set(row, column, rng.pick(NEXT_STEPS));
      return;
  }
};

/**
 * An action row always says more than its title (an owner, a date, a status): a row holding one short
 * text and nothing else is what a person reads as a section heading, so the truth must not call it an action.
 */
const ensureMoreThanTitle = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  columnOf: Map<string, number>,
  choices: ActionTableChoices
): void => {
  const filled = [...columnOf.entries()].filter(
    ([key, column]) =>
      key !== "title" &&
      (canvas.get(row, column) !== null || canvas.fills[cellAddress(row, column)])
  );
  if (filled.length > 0) return;
  const owner = columnOf.get("owner");
  const due = columnOf.get("due");
  if (owner) canvas.set(row, owner, ownerText(rng, choices.ownerStyle));
  else if (due) writeDue(rng, canvas, row, due, choices.dateMode, choices.dateFormat);
};

/** Two people in one owner cell ("KM/HF"): a real fault, not a person named by role and name. */
const TWO_OWNERS = /^[A-Z]{2}\/[A-Z]{2}$/;

/**
 * What is wrong in an action row as written, read back from the canvas (never from the Rng, so the
 * truth costs no draws and every seed still draws what it always drew): a field the table has but
 * the row leaves empty, or two owners where one is accountable.
 */
const actionFaults = (
  canvas: SheetCanvas,
  row: number,
  columnOf: Map<string, number>
): string[] => {
  const faults: string[] = [];
  const empty = (key: string): boolean => {
    const column = columnOf.get(key);
    return (
      column !== undefined &&
      canvas.get(row, column) === null &&
      !canvas.fills[cellAddress(row, column)]
    );
  };
  for (const key of ["owner", "due", "status"]) if (empty(key)) faults.push(`no ${key}`);
  const owner = columnOf.get("owner");
  if (owner !== undefined && TWO_OWNERS.test(String(canvas.get(row, owner) ?? "")))
    faults.push("two owners");
  return faults;
};

/** A section row: the group's name merged across the table, or in one cell. */
const writeSectionRow = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  left: number,
  right: number,
  titleColumn: number,
  group: GroupName,
  merged: boolean,
  fill: string | null
): void => {
  const column = merged || rng.chance(0.6) ? left : titleColumn;
  canvas.set(row, column, group.label);
  if (merged) canvas.merge(row, left, row, right);
  if (fill) for (let c = left; c <= (merged ? left : right); c += 1) canvas.fill(row, c, fill);
};

/** Rows after the last action that are not actions: totals and template filler. */
const writeTrailers = (
  recorder: Recorder,
  canvas: SheetCanvas,
  top: number,
  left: number,
  right: number,
  columnOf: Map<string, number>,
  choices: ActionTableChoices,
  actionCount: number
): number => {
  const { rng } = recorder;
  let row = top;
  for (const trailer of choices.trailers) {
    if (trailer === "total") {
      canvas.set(row, left, rng.pick(["Total", "TOTAL", "Total actions"]));
      const countColumn = columnOf.get("status") ?? columnOf.get("owner") ?? right;
      canvas.set(row, countColumn === left ? right : countColumn, actionCount);
      row += 1;
    } else if (trailer === "select") {
      const column = choices.statusMode !== "fills" ? columnOf.get("status") : undefined;
      const target = column ?? columnOf.get("owner") ?? columnOf.get("due") ?? right;
      for (let i = rng.int(2, 4); i > 0; i -= 1) {
        canvas.set(row, target, rng.pick(["< Select >", "<Select>", "Please select"]));
        row += 1;
      }
    } else if (trailer === "end") {
      row += 1;
      canvas.set(row, left, "END");
      row += 1;
    } else {
      canvas.set(
        row,
        left,
        rng.pick(["Add rows above this line", "Insert new rows above this line"])
      );
      if (rng.chance(0.5)) canvas.merge(row, left, row, right);
      row += 1;
    }
  }
  return row;
};

const renderActionTable = (recorder: Recorder, canvas: SheetCanvas, top: number): number => {
  const { rng } = recorder;
  const choices = chooseActionTable(recorder);
  const left = rng.chance(0.7) ? 1 : 2;
  if (left === 2) note(recorder, "start:column-b");
  const keys = orderColumns(recorder, [
    ...choices.fields.filter((f) => f === "ref" || f === "group"),
    ...choices.fields.filter((f) => f !== "ref" && f !== "group"),
    ...choices.extras.map((e) => `extra:${e}`),
  ]);
  const right = left + keys.length - 1;
  const headings = headingsFor(
    rng,
    ACTION_WORDING,
    choices.fields,
    choices.register,
    recorder.features
  );
  const headerOf = (key: string): string =>
    key.startsWith("extra:") ? key.slice(6) : (headings.get(key as ActionTruthField) ?? key);
  const columnOf = new Map(keys.map((key, i) => [key, left + i]));

  const headerTop = writeTitleRows(recorder, canvas, top, left, right);
  const headerRows = writeHeader(
    recorder,
    canvas,
    headerTop,
    keys.map((key) => ({ column: columnOf.get(key) ?? left, header: headerOf(key) })),
    choices.twoRowHeader
  );
  let row = headerRows[headerRows.length - 1] + 1;
  const firstDataRow = row;
  const { groups, actions } = planActions(rng, choices);
  const titleColumn = columnOf.get("title") ?? left;
  const sectionFill = rng.chance(0.5)
    ? rng.pick(["#DDEBF7", "#FCE4D6", "#E2EFDA", "#D9D9D9"])
    : null;
  const isSection =
    choices.groupStyle === "section-merged" || choices.groupStyle === "section-single";
  if (isSection && rng.chance(0.25)) {
    row += 1; // a blank row between the header and the first section
    note(recorder, "section:after-blank");
  }
  let current: GroupName | null = null;
  let groupStartRow = row;
  const written: { row: number; deliverable: string; group: GroupName | null; owner: CellValue }[] =
    [];
  const closeColumnMerge = (lastRow: number) => {
    const column = columnOf.get("group");
    if (choices.groupStyle === "column-merged" && column && lastRow > groupStartRow)
      canvas.merge(groupStartRow, column, lastRow, column);
  };
  for (const action of actions) {
    if (action.group !== current) {
      if (current !== null) {
        closeColumnMerge(row - 1);
        if (rng.chance(0.2)) {
          row += 1;
          note(recorder, "body:blank-between-groups");
        }
      }
      current = action.group;
      if (isSection && action.group) {
        writeSectionRow(
          rng,
          canvas,
          row,
          left,
          right,
          titleColumn,
          action.group,
          choices.groupStyle === "section-merged",
          sectionFill
        );
        row += 1;
      }
      groupStartRow = row;
    } else if (!isSection && choices.groupStyle !== "column-merged" && rng.chance(0.05)) {
      row += 1;
      note(recorder, "body:blank-row");
    }
    const groupIndex = action.group ? groups.indexOf(action.group) : 0;
    const title = actionTitle((items) => rng.pick(items));
    for (const key of keys) {
      const column = columnOf.get(key) ?? left;
      if (key.startsWith("extra:")) {
        if (rng.chance(0.5))
          canvas.set(
            row,
            column,
            key === "extra:Cost" ? rng.int(1, 50) * 1000 : rng.pick(EXTRA_VALUES)
          );
      } else if (
        key === "group" &&
        choices.groupStyle === "column-merged" &&
        row !== groupStartRow
      ) {
        // Only the top cell of a merged group cell holds its value.
      } else
        writeActionCell(
          rng,
          canvas,
          row,
          column,
          key as ActionTruthField,
          action,
          groupIndex,
          choices,
          title
        );
    }
    ensureMoreThanTitle(rng, canvas, row, columnOf, choices);
    const faults = actionFaults(canvas, row, columnOf);
    // The same verb and object twice, in one group or for one owner, is one deliverable written twice.
    const ownerColumn = columnOf.get("owner");
    const owner = ownerColumn === undefined ? null : canvas.get(row, ownerColumn);
    const twin = written.find(
      (w) =>
        w.deliverable === deliverableOf(title) &&
        (w.group === action.group || (owner !== null && w.owner === owner))
    );
    if (twin) faults.push(`same deliverable as row ${twin.row}`);
    written.push({ row, deliverable: deliverableOf(title), group: action.group, owner });
    recorder.truth.actions.push({
      sheet: canvas.name,
      row,
      title,
      group: action.group?.truth ?? "",
      clean: faults.length === 0,
      faults,
    });
    row += 1;
  }
  closeColumnMerge(row - 1);
  const lastDataRow = row - 1;

  const statusColumn = columnOf.get("status");
  if (
    statusColumn &&
    (choices.statusMode === "words" ||
      choices.statusMode === "words-filled" ||
      choices.statusMode === "numbers")
  ) {
    const list =
      choices.statusMode === "numbers" ? ["1", "2", "3", "4", "5"] : [...choices.vocabulary];
    const cells: string[] = [];
    for (let r = firstDataRow; r <= lastDataRow; r += 1) cells.push(cellAddress(r, statusColumn));
    canvas.validations.push({ cells, list });
  }
  if (choices.listObject)
    canvas.listObjects.push({
      name: `Actions${canvas.listObjects.length + 1}`,
      headerRow: headerRows[0],
      lastRow: lastDataRow,
      firstColumn: left,
      lastColumn: right,
    });

  recorder.truth.tables.push({
    sheet: canvas.name,
    kind: "actions",
    shape: "actions",
    headerRows,
    firstDataRow,
    lastDataRow,
    columns: keys.map((key) => {
      const column = columnOf.get(key) ?? left;
      return {
        column,
        letter: columnLetter(column),
        header: headerOf(key),
        field: key.startsWith("extra:") ? null : (key as ActionTruthField),
      };
    }),
  });
  return writeTrailers(recorder, canvas, row, left, right, columnOf, choices, actions.length);
};

// ---------------------------------------------------------------------------------------------
// The measures table, in the three shapes councils use.

type MeasureShape = "measure-rows" | "measure-long" | "measure-wide" | "measure-wide-pairs";
type PeriodStyle = "month-text" | "month-date" | "quarter";

const periodLabels = (
  rng: Rng,
  style: PeriodStyle,
  count: number
): { value: CellValue; format: string | null; text: string }[] => {
  const startYear = rng.pick([2023, 2024]);
  return Array.from({ length: count }, (_, i) => {
    if (style === "quarter") {
      const q = (i % 4) + 1;
      const year = startYear + Math.floor(i / 4);
      const text = `Q${q} ${year}/${String((year + 1) % 100).padStart(2, "0")}`;
      return { value: text, format: null, text };
    }
    const month = (i + 3) % 12; // April first: the council's financial year
    const year = startYear + (i + 3 >= 12 ? 1 : 0) + Math.floor(i / 12);
    const text = `${MONTHS[i % 12]}-${String(year % 100).padStart(2, "0")}`;
    if (style === "month-text") return { value: text, format: null, text };
    return { value: excelSerial(year, month + 1, 1), format: "mmm-yy", text };
  });
};

interface MeasureKind {
  name: string;
  percent: boolean;
}

const measureValue = (
  rng: Rng,
  kind: MeasureKind,
  percentAsFraction: boolean
): { value: CellValue; format: string | null } => {
  if (!kind.percent) return { value: rng.int(5, 400), format: null };
  const percent = rng.int(30, 98);
  return percentAsFraction
    ? { value: percent / 100, format: "0%" }
    : { value: percent, format: null };
};

const writeMeasureValue = (
  rng: Rng,
  canvas: SheetCanvas,
  row: number,
  column: number,
  kind: MeasureKind,
  fraction: boolean,
  missingChance: number
): void => {
  if (rng.chance(missingChance)) {
    if (rng.chance(0.4)) canvas.set(row, column, rng.pick(["n/a", "-", "TBC"]));
    return;
  }
  const { value, format } = measureValue(rng, kind, fraction);
  canvas.set(row, column, value);
  if (format) canvas.format(row, column, format);
};

/** The columns of a measure row that hold figures (a long table's Period column holds labels). */
const VALUE_FIELDS: ReadonlySet<TruthField> = new Set([
  "target",
  "actual",
  "baseline",
  "comparator",
]);

/** What is wrong in a measure row as written: a figure left empty or held as "TBC", "n/a" or "-". */
const measureFaults = (
  canvas: SheetCanvas,
  row: number,
  columns: readonly TruthColumn[],
  shape: MeasureShape
): string[] => {
  const faults: string[] = [];
  for (const c of columns) {
    const holdsFigure =
      c.field !== null &&
      (VALUE_FIELDS.has(c.field) || (c.field === "period" && shape !== "measure-long"));
    if (!holdsFigure) continue;
    const value = canvas.get(row, c.column);
    if (value === null) faults.push(`no ${c.measure ?? c.field} in ${c.letter}`);
    else if (typeof value === "string")
      faults.push(`placeholder ${JSON.stringify(value)} in ${c.letter}`);
  }
  return faults;
};

const renderMeasureTable = (recorder: Recorder, canvas: SheetCanvas, top: number): number => {
  const { rng } = recorder;
  const shape = rng.weighted<MeasureShape>([
    ["measure-rows", 3],
    ["measure-long", 2],
    ["measure-wide", 2],
    ["measure-wide-pairs", 1.5],
  ]);
  const register = pickRegister(rng);
  const periodStyle = rng.pick<PeriodStyle>(["month-text", "month-date", "quarter"]);
  const fraction = rng.chance(0.4);
  note(recorder, `measures:${shape}`);
  note(recorder, `measure-register:${register}`);
  if (shape !== "measure-rows") note(recorder, `periods:${periodStyle}`);

  // The fixed (non-period) columns of each shape.
  const fields: MeasureTruthField[] = ["name"];
  if (shape === "measure-long") fields.push("period");
  if (rng.chance(shape === "measure-rows" ? 0.4 : 0.3)) fields.push("baseline");
  if (shape !== "measure-wide-pairs" && rng.chance(shape === "measure-wide" ? 0.4 : 0.9))
    fields.push("target");
  if (shape === "measure-rows" || shape === "measure-long") fields.push("actual");
  if (rng.chance(0.45)) fields.push("polarity");
  if (shape === "measure-rows" && rng.chance(0.3)) fields.push("comparator");
  for (const field of fields) note(recorder, `measure-field:${field}`);
  const ordered =
    fields.length > 2 && rng.chance(0.3) ? [fields[0], ...rng.shuffle(fields.slice(1))] : fields;
  const headings = headingsFor(rng, MEASURE_WORDING, ordered, register, recorder.features);

  const left = rng.chance(0.8) ? 1 : 2;
  const periods =
    shape === "measure-rows"
      ? []
      : periodLabels(rng, periodStyle, rng.int(3, shape === "measure-long" ? 6 : 12));
  const wide = shape === "measure-wide" || shape === "measure-wide-pairs";
  const pairWords = rng.pick([
    ["Target", "Actual"],
    ["Plan", "Actual"],
    ["Tgt", "Act"],
  ] as const);
  const columns: TruthColumn[] = ordered.map((field, i) => ({
    column: left + i,
    letter: columnLetter(left + i),
    header: headings.get(field) ?? field,
    field,
  }));
  if (wide) {
    let column = left + ordered.length;
    for (const period of periods) {
      if (shape === "measure-wide")
        columns.push({
          column,
          letter: columnLetter(column),
          header: period.text,
          field: "period",
        });
      else
        (["target", "actual"] as const).forEach((measure, i) =>
          columns.push({
            column: column + i,
            letter: columnLetter(column + i),
            header: `${period.text} / ${pairWords[i]}`,
            field: "period",
            measure,
          })
        );
      column += shape === "measure-wide" ? 1 : 2;
    }
  }
  const right = columns[columns.length - 1].column;
  const headerTop = writeTitleRows(recorder, canvas, top, left, right);

  // Header: fixed columns, then period headings (over Target/Actual pairs when paired).
  let headerRows: number[];
  if (shape === "measure-wide-pairs") {
    headerRows = [headerTop, headerTop + 1];
    for (const c of columns.filter((c) => c.field !== "period")) {
      canvas.set(headerTop, c.column, c.header);
      canvas.merge(headerTop, c.column, headerTop + 1, c.column);
    }
    for (const [i, period] of periods.entries()) {
      const column = left + ordered.length + i * 2;
      canvas.set(headerTop, column, period.value);
      if (period.format) canvas.format(headerTop, column, period.format);
      canvas.merge(headerTop, column, headerTop, column + 1);
      canvas.set(headerTop + 1, column, pairWords[0]);
      canvas.set(headerTop + 1, column + 1, pairWords[1]);
    }
  } else {
    headerRows = [headerTop];
    for (const c of columns.filter((c) => c.field !== "period" || shape === "measure-long"))
      canvas.set(headerTop, c.column, c.header);
    if (wide)
      for (const [i, period] of periods.entries()) {
        canvas.set(headerTop, left + ordered.length + i, period.value);
        if (period.format) canvas.format(headerTop, left + ordered.length + i, period.format);
      }
  }

  // Body: measures, optionally under section rows.
  let row = headerRows[headerRows.length - 1] + 1;
  const firstDataRow = row;
  const sections = rng.chance(0.3)
    ? groupNames(rng, rng.pick<GroupLabelStyle>(["name", "numbered"]), rng.int(2, 3))
    : [];
  if (sections.length > 0) note(recorder, "measures:sections");
  const names = rng.sample(MEASURE_NAMES, rng.int(3, 8));
  const columnOf = new Map(
    columns
      .filter((c) => c.field !== "period" || shape === "measure-long")
      .map((c) => [c.field, c.column])
  );
  names.forEach((name, index) => {
    const section =
      sections.length > 0 ? sections[Math.floor((index * sections.length) / names.length)] : null;
    if (
      section &&
      (index === 0 ||
        sections[Math.floor(((index - 1) * sections.length) / names.length)] !== section)
    ) {
      canvas.set(row, left, section.label);
      if (rng.chance(0.5)) canvas.merge(row, left, row, right);
      row += 1;
    }
    const kind: MeasureKind = { name, percent: name.includes("%") };
    const polarity = rng.pick(POLARITY_WORDS);
    const rowsForMeasure = shape === "measure-long" ? periods.length : 1;
    for (let p = 0; p < rowsForMeasure; p += 1) {
      for (const field of ordered) {
        const column = columnOf.get(field) ?? left;
        if (field === "name") canvas.set(row, column, name);
        else if (field === "polarity") canvas.set(row, column, polarity);
        else if (field === "period") {
          canvas.set(row, column, periods[p].value);
          if (periods[p].format) canvas.format(row, column, periods[p].format ?? "");
        } else
          writeMeasureValue(
            rng,
            canvas,
            row,
            column,
            kind,
            fraction,
            field === "actual" ? 0.1 : 0.03
          );
      }
      for (const c of columns.filter((c) => c.field === "period" && wide))
        writeMeasureValue(rng, canvas, row, c.column, kind, fraction, 0.15);
      const faults = measureFaults(canvas, row, columns, shape);
      recorder.truth.measures.push({
        sheet: canvas.name,
        row,
        title: name,
        group: section?.truth ?? "",
        clean: faults.length === 0,
        faults,
      });
      row += 1;
    }
  });
  recorder.truth.tables.push({
    sheet: canvas.name,
    kind: "measures",
    shape,
    headerRows,
    firstDataRow,
    lastDataRow: row - 1,
    columns,
  });
  recorder.description.push(
    `measures[${shape} ${register}${shape !== "measure-rows" ? ` periods=${periodStyle}` : ""} fields=${ordered.join(",")}${sections.length ? " sections" : ""}]`
  );
  return row;
};

// ---------------------------------------------------------------------------------------------
// The cover sheet: text a person reads, sometimes a version log — neither actions nor measures.

const renderCover = (recorder: Recorder, canvas: SheetCanvas): void => {
  const { rng } = recorder;
  let row = 1;
  canvas.set(row, 1, rng.pick(PLAN_TITLES));
  row += 2;
  for (const line of rng.sample(COVER_LINES, rng.int(2, 5))) canvas.set((row += 1), 1, line);
  if (rng.chance(0.4)) {
    note(recorder, "cover:version-log");
    row += 2;
    ["Version", "Date", "Author", "Changes"].forEach((heading, i) =>
      canvas.set(row, i + 1, heading)
    );
    for (let v = 1; v <= rng.int(2, 4); v += 1) {
      row += 1;
      canvas.set(row, 1, `${v}.0`);
      canvas.set(row, 2, excelSerial(2024, v + 2, 1));
      canvas.format(row, 2, "dd/mm/yyyy");
      canvas.set(row, 3, rng.pick(PERSON_NAMES));
      canvas.set(
        row,
        4,
        rng.pick(["First draft", "Updated after board", "New actions added", "Ratings refreshed"])
      );
    }
  }
};

// ---------------------------------------------------------------------------------------------
// The workbook.

type Composition = "actions" | "actions+measures" | "actions-over-measures" | "measures";

export const generateLayout = (seed: number): GeneratedLayout => {
  const rng = new Rng(seed);
  const recorder: Recorder = {
    rng,
    features: new Set(),
    truth: { tables: [], actions: [], measures: [] },
    description: [],
  };
  const composition = rng.weighted<Composition>([
    ["actions", 6],
    ["actions+measures", 2],
    ["actions-over-measures", 1],
    ["measures", 1],
  ]);
  note(recorder, `workbook:${composition}`);
  const canvases: SheetCanvas[] = [];
  if (rng.chance(0.3)) {
    note(recorder, "cover");
    const cover = new SheetCanvas(rng.pick(SHEET_NAMES.cover));
    renderCover(recorder, cover);
    canvases.push(cover);
  }
  if (composition !== "measures") {
    const actions = new SheetCanvas(rng.pick(SHEET_NAMES.actions));
    const end = renderActionTable(recorder, actions, 1);
    // Some councils keep their measures under the actions, a few rows down.
    if (composition === "actions-over-measures") renderMeasureTable(recorder, actions, end + 3);
    canvases.push(actions);
  }
  if (composition === "actions+measures" || composition === "measures") {
    const measures = new SheetCanvas(rng.pick(SHEET_NAMES.measures));
    renderMeasureTable(recorder, measures, 1);
    canvases.push(measures);
  }
  const sheets = canvases.map((canvas) => canvas.toSheet());
  const snapshot = { ...snapshotOf(...sheets), name: `layout-${seed}.xlsx` };
  return {
    seed,
    description: `seed ${seed}: ${recorder.description.join(" ")}`,
    features: [...recorder.features].sort(),
    sheets,
    snapshot,
    truth: recorder.truth,
  };
};
