import { isPageFurniture } from "../../text/page-furniture";
import type { ColumnMapping, DetectedTable, PlanGroup } from "../plan-model";
import {
  blockTitle,
  type GroupHeading,
  isCompletedTitle,
  isMilestoneTitle,
  priorityBox,
  sectionHeading,
  workstreamHeading,
} from "./block-titles";
import { classifyHeader, type HeaderCandidate } from "./classify-header";
import { DEFAULT_HEADER_VOCABULARY, type HeaderVocabulary } from "./header-vocabulary";
import { groupLabel, groupOf } from "./group-label";
import { sectionRow } from "./section-rows";
import type { SheetGrid } from "./sheet-grid";

/** Where a sheet's tables are, and the group each belongs to. */
export interface SheetLayout {
  tables: DetectedTable[];
  groups: PlanGroup[];
  /** Rows that hold a priority box, with the group it summarises. */
  boxes: { row: number; group: string }[];
  /** Rows where a group heading starts, in sheet order, to place legends in their workstream. */
  headings: { row: number; label: string }[];
}

// Three blank rows in a row end a table: beyond them is another part of the sheet.
const MAX_BLANK_RUN = 3;

const toGroup = (heading: GroupHeading, grid: SheetGrid, row: number): PlanGroup => ({
  label: groupLabel(heading),
  id: heading.id,
  title: heading.title,
  lead: heading.lead,
  leadCell: heading.leadColumn !== undefined ? grid.ref(row, heading.leadColumn) : null,
  kind: heading.kind,
  parent: heading.kind === "workstream" ? heading.id.split(".")[0] : null,
});

/**
 * How tables are found on a sheet: by their header wording (detection), or — when the workbook
 * carries a mapping — exactly at the header rows the mapping names (docs/HISTORY.md#issue-5).
 */
export interface TableFinding {
  vocabulary: HeaderVocabulary;
  /** Header rows → the table the mapping says starts there; undefined = detect. */
  mapped?: Map<number, { header: HeaderCandidate; group?: string; completed?: boolean }>;
  /** Row classification, remembered per scan (set by findTables). */
  classify?: (grid: SheetGrid, row: number) => HeaderCandidate | null;
}

export const DETECT_TABLES: TableFinding = { vocabulary: DEFAULT_HEADER_VOCABULARY };

/** Boundaries that need no header check: headings, block titles, priority boxes, mapped headers. */
const isTitleBoundary = (grid: SheetGrid, row: number, finding: TableFinding): boolean =>
  workstreamHeading(grid, row) !== null ||
  sectionHeading(grid, row) !== null ||
  blockTitle(grid, row) !== null ||
  priorityBox(grid, row) !== null ||
  finding.mapped?.has(row) === true;

const isBoundary = (grid: SheetGrid, row: number, finding: TableFinding): boolean =>
  workstreamHeading(grid, row) !== null ||
  sectionHeading(grid, row) !== null ||
  blockTitle(grid, row) !== null ||
  priorityBox(grid, row) !== null ||
  finding.mapped?.has(row) === true ||
  (finding.classify
    ? finding.classify(grid, row)
    : classifyHeader(grid, row, finding.vocabulary)) !== null;

/** Thurrock's indicator rows say which priority they belong to ("P2") in their Priority column. */
const priorityFromRows = (
  grid: SheetGrid,
  columns: ColumnMapping[],
  first: number,
  last: number
): GroupHeading | null => {
  const column = columns.find((c) => c.field === "group")?.column;
  if (column === undefined) return null;
  for (let row = first; row <= last; row += 1) {
    const match = /^p(?:riority)?\s*(\d+)$/i.exec(grid.text(row, column));
    if (match)
      return { id: match[1], title: `Priority ${match[1]}`, lead: null, kind: "priority", column };
  }
  return null;
};

/** "Priority 1" as a header cell names the group of the table under it (Thurrock). */
const priorityFromHeader = (grid: SheetGrid, row: number): GroupHeading | null => {
  for (const column of grid.filledColumns(row)) {
    const match = /^priority\s+(\d+)$/.exec(grid.headerKeyAt(row, column));
    if (match)
      return { id: match[1], title: `Priority ${match[1]}`, lead: null, kind: "priority", column };
  }
  return null;
};

/** The column a table names its items in (title or measure name), else its first mapped column. */
const itemNameColumn = (columns: ColumnMapping[]): number =>
  columns.find((c) => c.field === "title" || c.field === "name")?.column ??
  Math.min(...columns.map((c) => c.column));

export const findTables = (
  grid: SheetGrid,
  rawFinding: TableFinding = DETECT_TABLES
): SheetLayout => {
  // Each row is classified once, though both the scan and the boundary check ask.
  const classified = new Map<number, HeaderCandidate | null>();
  const finding: TableFinding = {
    ...rawFinding,
    classify: (g, r) => {
      if (!classified.has(r)) classified.set(r, classifyHeader(g, r, rawFinding.vocabulary));
      return classified.get(r) ?? null;
    },
  };
  const tables: DetectedTable[] = [];
  const groups = new Map<string, PlanGroup>();
  const boxes: { row: number; group: string }[] = [];
  const headings: { row: number; label: string }[] = [];
  let group: GroupHeading | null = null;
  let lastTitle: string | null = null;
  let row = grid.firstRow;
  while (row <= grid.lastRow) {
    const heading = workstreamHeading(grid, row) ?? sectionHeading(grid, row);
    if (heading) {
      group = heading;
      groups.set(groupLabel(heading), toGroup(heading, grid, row));
      headings.push({ row, label: groupLabel(heading) });
      lastTitle = null;
      row += 1;
      continue;
    }
    const title = blockTitle(grid, row);
    if (title) {
      lastTitle = title;
      row += 1;
      continue;
    }
    if (priorityBox(grid, row)) {
      boxes.push({ row, group: tables.length > 0 ? tables[tables.length - 1].group : "" });
      row += 1;
      continue;
    }
    const mapped = finding.mapped?.get(row);
    const header = finding.mapped
      ? (mapped?.header ?? null)
      : (finding.classify?.(grid, row) ?? null);
    if (!header) {
      row += 1;
      continue;
    }
    // A banner over the real header ("Action details | Timescales" over "Action | Lead | Deadline")
    // can read as a header too; the row under it, when it reads as a fuller header, is the one.
    if (!mapped) {
      const below = finding.classify?.(grid, row + 1) ?? null;
      if (
        below &&
        below.kind === header.kind &&
        below.headerRows[0] === row + 1 &&
        below.score > header.score &&
        header.headerRows.length === 1
      ) {
        row += 1;
        continue;
      }
    }
    const kind =
      !mapped && header.kind === "measures" && lastTitle !== null && isMilestoneTitle(lastTitle)
        ? "milestones"
        : header.kind;
    const priority = kind === "actions" ? priorityFromHeader(grid, row) : null;
    if (priority) {
      group = priority;
      groups.set(groupLabel(priority), toGroup(priority, grid, row));
    }
    const firstDataRow = header.headerRows[header.headerRows.length - 1] + 1;
    let lastDataRow = firstDataRow - 1;
    let blankRun = 0;
    let next = firstDataRow;
    const firstHeading = grid.headerKeyAt(
      header.headerRows[0],
      header.columns[0]?.column ?? grid.firstColumn
    );
    const sections: { row: number; label: string }[] = [];
    const nameColumn = itemNameColumn(header.columns);
    const startsTable = (r: number): boolean =>
      blockTitle(grid, r) !== null || isBoundary(grid, r, finding);
    for (; next <= grid.lastRow; next += 1) {
      // A section row inside the body (directly under the header too) groups the rows under it.
      if (kind === "actions" || kind === "measures") {
        const section = sectionRow(grid, next, nameColumn, startsTable, kind === "measures");
        if (section) {
          const opened = groupOf(section.label);
          sections.push({ row: next, label: opened.label });
          if (!groups.has(opened.label)) groups.set(opened.label, opened);
          headings.push({ row: next, label: opened.label });
          blankRun = 0;
          continue;
        }
      }
      // Within a body, a new table starts after a blank row or by repeating the header (Thurrock P4,
      // docs/LAYOUTS.md#header-matching); only those rows get the full header check, which is the costly one.
      const filledHere = grid.filledColumns(next);
      const mayStartTable =
        grid.filledColumns(next - 1).length === 0 ||
        (filledHere.length > 0 && grid.headerKeyIs(next, filledHere[0], firstHeading));
      if (mayStartTable ? isBoundary(grid, next, finding) : isTitleBoundary(grid, next, finding))
        break;
      const filled = filledHere;
      if (filled.length === 0) {
        blankRun += 1;
        if (blankRun >= MAX_BLANK_RUN) break;
        continue;
      }
      blankRun = 0;
      // A summary table is its rows of figures; the prose after it is not part of it.
      if (
        kind === "rag-summary" &&
        !header.columns.some((c) => typeof grid.value(next, c.column) === "number")
      )
        break;
      // Page furniture after the last row belongs to the page, not the table.
      if (filled.length === 1 && isPageFurniture(grid.text(next, filled[0]))) continue;
      lastDataRow = next;
    }
    const indicatorPriority =
      kind === "measures"
        ? priorityFromRows(grid, header.columns, firstDataRow, lastDataRow)
        : null;
    if (indicatorPriority) {
      group = indicatorPriority;
      groups.set(groupLabel(indicatorPriority), toGroup(indicatorPriority, grid, row));
    }
    tables.push({
      id: `${grid.name}!${header.headerRows[0]}`,
      sheet: grid.name,
      kind,
      headerRows: header.headerRows,
      firstDataRow,
      lastDataRow,
      columns: header.columns,
      // A mapped group is spelt as the workbook would name it ("P1" is "Priority 1"), like a group column's.
      group:
        mapped?.group !== undefined ? groupOf(mapped.group).label : group ? groupLabel(group) : "",
      completed: mapped?.completed ?? (lastTitle !== null && isCompletedTitle(lastTitle)),
      ...(sections.length > 0 ? { sections } : {}),
    });
    lastTitle = null;
    row = Math.max(next, firstDataRow);
  }
  return { tables, groups: [...groups.values()], boxes, headings };
};
