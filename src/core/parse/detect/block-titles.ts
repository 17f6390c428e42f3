import { type SheetGrid, wordingInitial } from "./sheet-grid";

/**
 * Rows that are not table data but structure the sheet: workstream titles, numbered sections, block
 * titles and page furniture (docs/LAYOUTS.md). They end the table above them.
 */
export interface GroupHeading {
  id: string;
  title: string;
  lead: string | null;
  /** "workstream" (GCC n.m), "section" (BCP n.), "priority" (Thurrock), "heading" (scorecard section). */
  kind: "workstream" | "section" | "priority" | "heading";
  column: number;
  /** The "Lead: …" cell, when the heading has one (an empty one means no lead). */
  leadColumn?: number;
}

const WORKSTREAM = /^(\d+\.\d+)\s+(\S.*)$/;
const SECTION = /^(\d+)\.\s+(\S.*)$/;
const LEAD = /^lead\s*:\s*(.*)$/i;

const BLOCK_TITLES = [
  /^key actions,? owners and timescales?$/,
  /^key milestones$/,
  /^metrics including/,
  /^key performance indicators$/,
  /^rationale?$/,
  /^comment about( overall status)?$/,
  /^overall status$/,
  /^reporting period$/,
  /^objectives$/,
  /^deliverables$/,
  /^progress made this period$/,
  /^actions next period$/,
  /^dashboard$/,
];

// The letters block titles start with (each pattern is "^" then a lower-case letter; a test holds them to it).
const TITLE_INITIALS = new Set(BLOCK_TITLES.map((pattern) => pattern.source.charCodeAt(1)));

/**
 * Whether the text could be a block title, told by its wording's first character where that is
 * known (wordingInitial), so a data row ("1.2", "Improve…") is passed over without working out its
 * wording. Text starting with anything else (a space, a quote) goes to the patterns.
 */
const mayBeBlockTitle = (text: string): boolean => {
  const initial = wordingInitial(text);
  return initial === null || TITLE_INITIALS.has(initial);
};

/** Every block title pattern, for the test that holds each to starting with "^" and a letter. */
export const BLOCK_TITLE_PATTERNS: readonly RegExp[] = BLOCK_TITLES;

/** A GCC workstream title row: "1.1 Recruitment and Retention … Lead: Ann James". */
export const workstreamHeading = (grid: SheetGrid, row: number): GroupHeading | null => {
  const filled = grid.filledColumns(row);
  if (filled.length === 0 || filled.length > 3) return null;
  const text = grid.text(row, filled[0]).replace(/\s+/g, " ");
  const match = WORKSTREAM.exec(text);
  if (!match || /^\d+\.\d+$/.test(text)) return null;
  const leadColumn = filled.slice(1).find((c) => LEAD.test(grid.text(row, c)));
  if (leadColumn === undefined && filled.length > 1) return null;
  const lead =
    leadColumn !== undefined ? (LEAD.exec(grid.text(row, leadColumn))?.[1] ?? "").trim() : null;
  return {
    id: match[1],
    title: match[2].trim(),
    lead: lead === "" ? null : lead,
    kind: "workstream",
    column: filled[0],
    leadColumn,
  };
};

/** A BCP section row: one cell, "1. The experiences and progress of children…". */
export const sectionHeading = (grid: SheetGrid, row: number): GroupHeading | null => {
  const filled = grid.filledColumns(row);
  if (filled.length !== 1) return null;
  const match = SECTION.exec(grid.text(row, filled[0]).replace(/\s+/g, " "));
  if (!match) return null;
  return { id: match[1], title: match[2].trim(), lead: null, kind: "section", column: filled[0] };
};

/** A title row such as "Key Milestones" or "COMPLETED ACTIONS REMOVED FROM MAIN PLAN". */
export const blockTitle = (grid: SheetGrid, row: number): string | null => {
  const filled = grid.filledColumns(row);
  if (filled.length === 0) return null;
  const text = grid.text(row, filled[0]);
  if (mayBeBlockTitle(text)) {
    // The wording once, not once per pattern: most data rows start with a letter some title starts with.
    const key = grid.headerKeyAt(row, filled[0]);
    if (BLOCK_TITLES.some((pattern) => pattern.test(key))) return text;
  }
  if (filled.length !== 1) return null;
  const letters = text.replace(/[^A-Za-z]/g, "");
  if (
    letters.length >= 12 &&
    letters === letters.toUpperCase() &&
    text.trim().split(/\s+/).length >= 3
  )
    return text;
  return null;
};

/** Thurrock's priority box: "Previous period | 3" then "Current period | 3". */
export const priorityBox = (
  grid: SheetGrid,
  row: number
): { label: "previous" | "current"; column: number } | null => {
  const filled = grid.filledColumns(row);
  if (filled.length !== 2) return null;
  const key = grid.headerKeyAt(row, filled[0]);
  if (key !== "previous period" && key !== "current period") return null;
  if (typeof grid.value(row, filled[1]) !== "number") return null;
  return { label: key === "previous period" ? "previous" : "current", column: filled[1] };
};

/** Completed-actions tables (BCP) keep their Ref but leave the live plan. */
export const isCompletedTitle = (text: string): boolean =>
  /completed actions|actions completed|completed and removed/i.test(text);

export const isMilestoneTitle = (text: string): boolean => /milestone/i.test(text);
