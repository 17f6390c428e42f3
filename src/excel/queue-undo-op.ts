/* global Excel */
import { rangeAddress } from "../core/model/address";
import type { WriteOp } from "../core/write-plan/write-plan";
import type { ExcelApiSupport } from "./capabilities";
import type { AddedRulesFound } from "./find-added-rules";
import { rangeOpArea, rowOpArea } from "../core/write-plan/op-area";
import { queueRestoreCells } from "./queue-restore-cells";
import { queueKeptValidation } from "./validation-rule";

export type UndoOp = Extract<
  WriteOp,
  { kind: "restoreCells" | "removeConditionalFormat" | "restoreValidation" }
>;

export const isUndoOp = (op: WriteOp): op is UndoOp =>
  op.kind === "restoreCells" ||
  op.kind === "removeConditionalFormat" ||
  op.kind === "restoreValidation";

/** Queue one of Undo last run's operations (no sync here: the caller syncs once per chunk). */
export const queueUndoOp = (
  sheet: Excel.Worksheet,
  op: UndoOp,
  support: ExcelApiSupport,
  rules: AddedRulesFound
): void => {
  switch (op.kind) {
    case "restoreCells": {
      const area = rowOpArea(op);
      if (area) queueRestoreCells(sheet, area, op.cells, support);
      return;
    }
    case "removeConditionalFormat":
      // Found before anything was written (find-added-rules.ts); a rule someone already removed is not there to remove.
      for (const format of rules.get(op) ?? []) format.delete();
      return;
    case "restoreValidation": {
      const area = rangeOpArea(op);
      if (!area) return;
      const validation = sheet.getRange(rangeAddress(area)).dataValidation;
      validation.clear();
      if (op.rule !== null) queueKeptValidation(validation, op.rule);
      return;
    }
  }
};
