/**
 * How an undo record sits in the 'Plan Tracker Undo' sheet: a few header rows naming the run, then
 * one plain row per kept cell, added or removed highlighting rule and replaced dropdown, so the record travels
 * with the workbook (co-authors and a reopened file can still undo) and a person can read it.
 */
export const TITLE = "Plan Tracker undo record";
/**
 * Bumped when the rows change meaning; a newer record is refused rather than misread. 2 added
 * "removed highlighting" rows; 3 added "wrote" rows, "continued" rows and a SHA-256 check; 4 made a
 * cell's Detail a JSON object (value-detail.ts: style, error value, link, formatted text) where 3 held
 * the style alone. Older versions still read, and are vetted like any other (vet-undo-record.ts).
 */
export const FORMAT_VERSION = 4;
export const READABLE_VERSIONS: readonly number[] = [1, 2, 3, 4];
export const RUN_LABEL = "Run";
export const TAKEN_AT = "Taken at";
export const CHECK = "Check";
export const NOTE_LABEL = "Note";
export const NOTE =
  "Plan Tracker reads this sheet to undo its last run in your own sheets. Changing it stops Undo last run; Plan Tracker replaces it on its next run.";

/** The row of column headings (worksheet row 7); entries start on the row after. */
export const HEADER_ROW = 7;
export const HEADER = [
  "Entry",
  "Sheet",
  "Where",
  "Was",
  "Formula",
  "Number format",
  "Fill",
  "Font colour",
  "Bold",
  "Written",
  "Detail",
] as const;

export const ENTRY_CELL = "cell";
export const ENTRY_RULE = "added highlighting";
/** Plan Tracker's highlighting from an earlier refresh, taken off so this run's replaces it. */
export const ENTRY_REMOVED_RULE = "removed highlighting";
export const ENTRY_DROPDOWN = "replaced dropdown";
/** A range the run wrote in the council's sheets: what undo may put back is inside these. */
export const ENTRY_WROTE = "wrote";
/**
 * The rest of the entry above: text longer than a cell takes (a highlighting rule over 24,000
 * Actual cells names 130,000 characters of range) goes on in the same column of the rows below.
 */
export const ENTRY_CONTINUED = "continued";
/** At most this many characters of a text per cell: under Excel's 32,767 with room to spare. */
export const PIECE_LENGTH = 30_000;

/** Words in the Fill and Font colour columns besides "#RRGGBB"; a blank means the host could not read it. */
export const NO_FILL = "none";
export const AUTOMATIC_COLOUR = "automatic";
