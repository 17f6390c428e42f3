import { addressOf } from "../../model/address";
import { issueAt, quote, type ValidationRule } from "../rule";

/** docs/RULES.md rule 61: unfilled template text ("Improvement Board – xx 2022") that would reach the board. */
export const placeholderText: ValidationRule = {
  code: "placeholder-text",
  severity: "error",
  title: "Unfilled template text",
  check: ({ model }) =>
    model.placeholderTexts.map((cell) =>
      issueAt(
        "placeholder-text",
        "error",
        cell,
        null,
        `Cell ${addressOf(cell)} still holds template text ${quote(String(cell.value))}. Fill in the real value before the pack goes to the board.`
      )
    ),
};
