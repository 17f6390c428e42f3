import type { CellValue } from "../model/cell-value";
import type { KeptCellState, KeptLink } from "./kept-cell";

/**
 * What a kept cell's plain value cannot say, carried in the undo record's Detail column (format 4):
 * that it was an error value (#REF!, not the text "#REF!"), the link it held, and — on .xlsx — its
 * formatted runs of text and whole style. Read back strictly: a detail that does not parse, whose
 * runs do not spell the kept value, or whose link leaves for anywhere but a web page, an e-mail
 * address or a place in the workbook is refused, so a forged record cannot plant one.
 */
export type ValueDetail = Pick<KeptCellState, "style" | "error" | "link" | "runs">;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** A link a person may have put in a plan: a web page, an e-mail address, or a place in the workbook. */
export const isPlainLink = (address: string): boolean =>
  /^(https?:\/\/|mailto:)/i.test(address) ||
  /^#?'?[^:/\\]*'?!?\$?[A-Z]{0,3}\$?\d{0,7}$/i.test(address);

/** The Detail text for a kept cell, or null when its value and style need none. */
export const encodeValueDetail = (cell: ValueDetail): string | null => {
  const detail: Record<string, unknown> = {};
  if (cell.style !== undefined) detail.style = cell.style;
  if (cell.error === true) detail.error = true;
  if (cell.link !== undefined) detail.link = cell.link;
  if (cell.runs !== undefined) detail.runs = cell.runs;
  return Object.keys(detail).length === 0 ? null : JSON.stringify(detail);
};

/** The runs' text, joined, as the cell shows it. */
const runsText = (runs: string): string | null => {
  try {
    const parsed: unknown = JSON.parse(runs);
    if (!Array.isArray(parsed)) return null;
    return parsed
      .map((run: unknown) => (isRecord(run) && typeof run.text === "string" ? run.text : "\u0000"))
      .join("");
  } catch {
    return null;
  }
};

/** The detail of a kept cell read back, or a short phrase saying what is wrong with it. */
export const decodeValueDetail = (
  text: string,
  value: CellValue
): ValueDetail | { problem: string } => {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return { problem: "a cell detail that is not JSON" };
  }
  if (!isRecord(parsed)) return { problem: "a cell detail that is not JSON" };
  const detail: ValueDetail = {};
  if (parsed.style !== undefined) {
    if (typeof parsed.style !== "string") return { problem: "a cell style that is not text" };
    detail.style = parsed.style;
  }
  if (parsed.error !== undefined) {
    if (parsed.error !== true || typeof value !== "string" || !/^#[A-Z0-9/!?]+[!?]?$/.test(value))
      return { problem: "an error value that is not one" };
    detail.error = true;
  }
  if (parsed.link !== undefined) {
    const link = parsed.link;
    if (
      !isRecord(link) ||
      typeof link.address !== "string" ||
      !isPlainLink(link.address) ||
      (link.tip !== undefined && typeof link.tip !== "string")
    ) {
      return { problem: "a link Plan Tracker would not put back" };
    }
    const kept: KeptLink = { address: link.address };
    if (typeof link.tip === "string") kept.tip = link.tip;
    detail.link = kept;
  }
  if (parsed.runs !== undefined) {
    if (
      typeof parsed.runs !== "string" ||
      runsText(parsed.runs) !== (value === null ? "" : String(value))
    )
      return { problem: "formatted text that does not match the kept value" };
    detail.runs = parsed.runs;
  }
  return detail;
};
