import type { PlanModel } from "../core/parse/plan-model";
import { countOf, layoutWords } from "./plain-words";
import {
  isRateable,
  type WorkbookKind,
  type WorkbookKindReading,
} from "../core/parse/workbook-kind";

/** The kind, as the first words of `detect`'s first line. */
const KIND_WORDS: Record<WorkbookKind, string> = {
  actions: "a plan of actions",
  measures: "measures against targets",
  both: "a plan of actions and measures",
  risks: "a risk register (recognised, not rated yet), not a plan",
  statistics: "statistics, not a plan",
  unrecognised: "not read as a plan",
  empty: "empty",
};

/**
 * `detect`'s first line: what the workbook is, then what was read. A workbook that is not a plan is
 * not "laid out like" any plan, and its count of measures is of those against targets: a grid of
 * figures read as measures is no plan.
 */
export const kindLine = (model: PlanModel, file: string, kind: WorkbookKindReading): string => {
  const words = KIND_WORDS[kind.kind];
  if (!isRateable(kind.kind))
    return `${file}: ${words}; ${countOf(kind.actions, "action")}, ${countOf(kind.measuresWithTargets, "measure")} against targets.`;
  return `${file}: ${words}, ${layoutWords(model.layout)}; ${countOf(kind.actions, "action")}, ${countOf(model.measures.length, "measure")}, ${countOf(model.groups.length, "group")}.`;
};

/**
 * `detect --json` leads with the kind (and the sentence, when there is nothing to rate), so a
 * script can tell a plan from statistics without reading the mapping. Not part of the mapping:
 * a --schema file carrying them reads the same without them.
 */
export const jsonWithKind = (mappingJson: string, kind: WorkbookKindReading): string => {
  const mapping: unknown = JSON.parse(mappingJson);
  return JSON.stringify(
    {
      kind: kind.kind,
      ...(kind.nothingToRate !== undefined ? { nothingToRate: kind.nothingToRate } : {}),
      ...(typeof mapping === "object" && mapping !== null ? mapping : {}),
    },
    null,
    2
  );
};

/** What `detect --json` adds before the mapping, which a --schema file may carry and the mapping does not. */
export const DETECT_REPORT_KEYS: readonly string[] = ["kind", "nothingToRate"];
