import { normaliseText } from "../../text/normalise-text";
import { mayNeedTidying } from "../../parse/detect/cell-readers";
import { issueAt, type ValidationRule } from "../rule";
import { tableTextCells } from "../shared/table-cells";

/**
 * DOMAIN §9 rule 19: non-breaking spaces, split ordinals ("1 st") and spaced years ("2 0 2 2") that
 * Plan Tracker tidies when it reads the cell. Plain trailing spaces are not worth a line each.
 */
export const textNormalise: ValidationRule = {
  code: "text-normalise",
  severity: "info",
  title: "Text tidied on reading (non-breaking spaces, split ordinals, spaced years)",
  check: ({ snapshot, model }) =>
    tableTextCells(snapshot, model).flatMap(({ cell, field }) => {
      const raw = String(cell.value);
      if (!mayNeedTidying(raw)) return [];
      const collapsed = raw.replace(/[ \t\r\n]+/g, " ").trim();
      const tidy = normaliseText(raw).text;
      if (tidy === collapsed && !raw.includes("\u00a0")) return [];
      return [issueAt("text-normalise", "info", cell, field, `Cell ${cell.address} is read as "${tidy.length > 60 ? `${tidy.slice(0, 59)}…` : tidy}" after tidying spacing. Retype it that way to keep the workbook clean.`)];
    }),
};
