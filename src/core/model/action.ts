import type { CellValue } from "./cell-value";
import type { RagLevel } from "./rag-level";
import type { Timescale } from "./timescale";
import type { OwnerReading } from "../parse/parse-owners";

/**
 * Where a value came from, so every issue and rating can point at its cell. Its A1 address is worked
 * out when something shows it (`addressOf`), not kept: a large plan's model holds a CellRef for every
 * cell an action was read from, and an address string each was a fifth of the model.
 */
export interface CellRef {
  sheet: string;
  row: number;
  column: number;
  value: CellValue;
}

/** A rating a person recorded for one reporting period (a status column, a fill, or a 1–5 score). */
export interface RecordedRating {
  /** "Status", "RAG initial", "RAG 01/18"… */
  period: string;
  level: RagLevel;
  /** The number on a numeric scale (Thurrock 1–5), else null. */
  score: number | null;
  /** How it was read: by label, glyph, number or the cell's fill. */
  source: "label" | "glyph" | "number" | "fill" | "tick";
  cell: CellRef;
  /**
   * The word as the plan's vocabulary names it ("Amber/Red", "1. Not yet started"), when read from a
   * label: shown wherever the rating is, since a level alone loses what the owner said.
   */
  label?: string;
  /** Place on the vocabulary's ordered ladder (Delivery Confidence 1 Red … 5 Green; a dropdown as listed). */
  rank?: number;
  /** Not a rating: withheld (stays unrated whatever the dates) or withdrawn (out of the plan's counts). */
  standing?: "withheld" | "withdrawn";
}

/** One action (or, in Thurrock, one success-measure row: the rated unit). */
export interface Action {
  /** The workbook's Ref, or a key derived from group and row order (GCC "1.1.01"). */
  key: string;
  ref: string | null;
  sheet: string;
  row: number;
  title: string;
  /** The group it rolls up to: workstream, priority or ambition. */
  group: string;
  owners: string[];
  ownerText: string;
  /** How the owner cell reads (flags for rules 20–25), computed once at detection. */
  ownerReading?: OwnerReading;
  timescale: Timescale;
  /** The rating recorded for the current period, when there is one. */
  status: RecordedRating | null;
  /** Every recorded rating, by period column, oldest first (Thurrock history). */
  ratings: RecordedRating[];
  progress: string;
  /** From the completed-actions table (BCP). */
  completedTable: boolean;
  /** A tombstone such as "Removed and put into 1.7": excluded from counts. */
  placeholder: boolean;
  cells: Partial<Record<string, CellRef>>;
}
