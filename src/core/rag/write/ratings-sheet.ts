import { addressOf } from "../../model/address";
import { RAG_LEVELS } from "../../model/rag-level";
import { isoToSerial } from "../../parse/excel-date";
import type { WorkbookSnapshot } from "../../snapshot/workbook-snapshot";
import { SheetBuilder, type StyledCell } from "../../write-plan/sheet-builder";
import type { WriteOp } from "../../write-plan/write-plan";
import { formatDate } from "../format-date";
import type { LevelSet } from "../level-presets";
import type { RagResult } from "../rate-plan";
import { levelCell } from "./level-cell";
import { ownedSheetsOf } from "../../owned/owned-sheets-of";

const HEADER: StyledCell["format"] = { bold: true, border: true, fontColour: "#FFFFFF" };
const HEADER_FILL = "#0B0C0C";
const head = (text: string): StyledCell => ({ value: text, fill: HEADER_FILL, format: HEADER });
// The register can run to 100,000 rows: plain cells carry no per-cell format (each one would add to
// every write request, docs/EXCEL.md#limits); only headings and rating cells are styled.
const text = (value: string | number | null, _wrap = false): StyledCell => ({ value });
const date = (iso: string | null): StyledCell =>
  iso === null ? text("") : { value: isoToSerial(iso), numberFormat: "dd/mm/yyyy" };

/**
 * The ratings register: every action and measure with its refreshed rating and the reason, the
 * roll-up per group and a legend of what each level means (docs/HISTORY.md#issue-3-7), rebuilt on each refresh.
 */
export const ratingsSheetOps = (
  snapshot: WorkbookSnapshot,
  result: RagResult,
  levels: LevelSet,
  colourOf: (level: (typeof RAG_LEVELS)[number]) => string | undefined
): WriteOp[] => {
  // The register's sheet by its mark: a council sheet that happens to be called "Plan Tracker RAG" is never rebuilt.
  const name = ownedSheetsOf(snapshot.sheets).of("ratings").name;
  const sheet = new SheetBuilder(name);
  sheet.row([{ value: "Plan Tracker – RAG ratings", format: { bold: true } }]);
  sheet.row(["Ratings as of", formatDate(result.asOf)]);
  sheet.row(["Workbook", snapshot.name, "read at", snapshot.stamp.takenAt]);
  sheet.blank();

  sheet.row([head("Level"), head("Meaning")]);
  for (const level of RAG_LEVELS)
    sheet.row([levelCell(levels, level, colourOf(level)), text(levels[level].meaning, true)]);
  sheet.blank();

  sheet.row([{ value: "Roll-up by group", format: { bold: true } }]);
  const scored = result.overall.score !== null;
  sheet.row([
    head("Group"),
    ...RAG_LEVELS.map((level) => head(levels[level].label)),
    ...(scored ? [head("Previous"), head("Current")] : []),
  ]);
  for (const rollup of [...result.groups, result.overall])
    sheet.row([
      text(rollup.name, true),
      ...RAG_LEVELS.map((level) => text(`${rollup.counts[level]} (${rollup.percent[level]}%)`)),
      ...(scored
        ? [text(rollup.score?.previous ?? null), text(rollup.score?.current ?? null)]
        : []),
    ]);
  sheet.blank();

  sheet.row([{ value: "Actions", format: { bold: true } }]);
  sheet.row(
    [
      "Ref",
      "Action",
      "Group",
      "Owner",
      "Due",
      "Recorded status",
      "Rating",
      "Reason",
      "Sheet",
      "Cell",
    ].map(head)
  );
  for (const { action, rating } of result.actions)
    sheet.row([
      text(action.ref ?? action.key),
      text(action.title, true),
      text(action.group, true),
      text(action.owners.join("; "), true),
      date(action.timescale.due),
      text(rating.manualLevel ? levels[rating.manualLevel].label : ""),
      levelCell(levels, rating.level, colourOf(rating.level)),
      text(rating.reason, true),
      text(action.sheet),
      text(addressOf(action.cells.title) ?? `A${action.row}`),
    ]);
  sheet.blank();

  sheet.row([{ value: "Measures", format: { bold: true } }]);
  sheet.row(
    [
      "Measure",
      "Group",
      "Period",
      "Target",
      "Actual",
      "Polarity",
      "Rating",
      "Direction",
      "Reason",
      "Sheet",
      "Cell",
    ].map(head)
  );
  for (const { measure, period, polarity, rating, direction, polaritySuggested } of result.measures)
    sheet.row([
      text(measure.name, true),
      text(measure.group, true),
      text(period?.label ?? ""),
      text(period?.target ? `${period.target.value}${period.target.percent ? "%" : ""}` : ""),
      text(period?.actual ? `${period.actual.value}${period.actual.percent ? "%" : ""}` : ""),
      // A suggested polarity is said to be one until someone confirms it in the mapping.
      text(
        polarity
          ? `${polarity.replace(/_/g, " ")}${polaritySuggested !== undefined ? " (suggested)" : ""}`
          : "not set"
      ),
      levelCell(levels, rating.level, colourOf(rating.level)),
      text(direction.direction),
      text(rating.reason, true),
      text(measure.sheet),
      text(addressOf(period?.actualCell) ?? addressOf(measure.cells.name) ?? ""),
    ]);

  [12, 48, 28, 24, 12, 16, 22, 48, 18, 8].forEach((width, index) => sheet.width(index + 1, width));
  return [
    { kind: "ensureSheet", sheet: name, mark: "ratings" },
    { kind: "clearSheet", sheet: name },
    ...sheet.toOps(),
  ];
};
