import type { Polarity } from "../../../core/model/measure";
import type { PlanField, TableKind } from "../../../core/model/plan-field";
import type { SheetRole } from "../../../core/parse/plan-model";
import {
  ACTION_FIELDS,
  MEASURE_FIELDS,
  RAG_KEY_FIELDS,
} from "../../../core/parse/detect/header-vocabulary";

/**
 * The mapping's ids in the words a council officer uses. The dropdowns show these, never the ids
 * ("due" is "Due date / timescale"): the people correcting a mapping know their plan, not our code.
 */

const FIELD_WORDS: Record<PlanField, string> = {
  ref: "Reference",
  title: "Action",
  owner: "Owner",
  responsibleOfficer: "Responsible officer",
  due: "Due date / timescale",
  status: "RAG status",
  rating: "Rating for a reporting period",
  successMeasure: "Success measures",
  progress: "Progress",
  nextSteps: "Next steps",
  percentComplete: "% complete",
  impact: "Impact",
  outcome: "Outcome",
  group: "Group (priority, workstream or theme)",
  name: "Measure name",
  polarity: "Polarity (which way is better)",
  basis: "Reporting basis",
  baseline: "Baseline",
  comparator: "Comparator (national, neighbours)",
  period: "Reporting period",
  target: "Target",
  actual: "Actual",
  notes: "Notes",
  ytd: "Year to date",
  direction: "Direction of travel",
  unit: "Unit",
};

// BCP's RAG key reuses field ids for its own columns (docs/LAYOUTS.md#bcp): "title" is the level's description there.
const RAG_KEY_WORDS: Partial<Record<PlanField, string>> = {
  status: "RAG colour",
  title: "Description",
  rating: "Count of actions",
  progress: "Percentage of actions",
};

export const fieldWords = (kind: TableKind, field: PlanField): string =>
  (kind === "rag-key" ? RAG_KEY_WORDS[field] : undefined) ?? FIELD_WORDS[field];

/** The option for a column Plan Tracker does not read. */
export const NOT_READ = "(not read)";

/**
 * The fields a table of this kind can hold, in the order detection tries them: the kind's own list
 * (actions, measures, RAG key), measures' period columns (a Target or Actual column is a period
 * column marked Target or Actual, not a field of its own), and whatever the table already uses (a
 * milestones grid's periods), so the dropdown can always show the current choice.
 */
export const fieldChoices = (
  kind: TableKind,
  inUse: readonly (PlanField | null)[]
): PlanField[] => {
  const own =
    kind === "actions"
      ? ACTION_FIELDS.map((f) => f.field)
      : kind === "measures"
        ? [...MEASURE_FIELDS.map((f) => f.field), "period" as const]
        : kind === "rag-key"
          ? RAG_KEY_FIELDS.map((f) => f.field)
          : [];
  const choices: PlanField[] = [...new Set(own)];
  for (const field of inUse) if (field !== null && !choices.includes(field)) choices.push(field);
  return choices;
};

const KIND_WORDS: Record<TableKind, string> = {
  actions: "Actions",
  measures: "Measures",
  "rag-key": "RAG key",
  "rating-scale": "Rating scale",
  "rag-summary": "RAG summary",
  milestones: "Milestones",
  "version-log": "Version log",
};

export const kindWords = (kind: TableKind): string => KIND_WORDS[kind];

const ROLE_WORDS: Record<SheetRole, string> = {
  plan: "action plan",
  measures: "measures",
  scorecard: "scorecard",
  dashboard: "dashboard",
  legend: "legend or RAG key",
  "version-log": "version log",
  other: "other",
};

export const roleWords = (roles: readonly SheetRole[] | undefined): string =>
  roles === undefined || roles.length === 0
    ? "no role recognised"
    : roles.map((role) => ROLE_WORDS[role]).join(", ");

export const MEASURE_WORDS: Record<"target" | "actual" | "value", string> = {
  target: "Target",
  actual: "Actual",
  value: "Value",
};

/** "Not set" is no polarity at all: the measure cannot be rated until one is chosen (docs/RATINGS.md#measures). */
export const POLARITY_CHOICES: readonly { value: Polarity | ""; words: string }[] = [
  { value: "higher_is_better", words: "Higher is better" },
  { value: "lower_is_better", words: "Lower is better" },
  { value: "on_target_is_best", words: "On target is best" },
  { value: "not_applicable", words: "Not applicable" },
  { value: "", words: "Not set" },
];
