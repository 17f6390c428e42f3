import type { PlanField, TableKind } from "../../model/plan-field";

/**
 * Header wording and its variants per field (the CSVW "titles" idea, DOMAIN §2.5). The first title is
 * the canonical wording; a match on any other is reported as incorrect-label (info), never an error.
 * Titles are compared after normaliseHeader (trimmed, whitespace collapsed, lower-case, no trailing ":").
 */
export interface FieldTitles {
  field: PlanField;
  titles: string[];
  /** Headings that match by shape rather than wording. */
  patterns?: RegExp[];
  /** The field identifies a table of this kind (a header needs at least one key field). */
  key?: boolean;
}

export const ACTION_FIELDS: FieldTitles[] = [
  { field: "ref", titles: ["ref", "ref.", "reference", "action ref", "ref no", "no.", "action no", "action no.", "id"] },
  { field: "title", titles: ["action", "key actions", "actions", "key action", "action description", "description of action"], key: true },
  { field: "owner", titles: ["lead", "owners", "owner", "action owner", "lead officer", "leads", "lead(s)", "owner(s)", "accountable officer"] },
  { field: "responsibleOfficer", titles: ["responsible officer", "responsible officers"] },
  { field: "due", titles: ["timescale", "deadline", "time", "timescales", "due", "due date", "target date", "by when", "completion date"] },
  { field: "status", titles: ["rag", "status", "rag status", "rating", "current rag", "rag rating"] },
  { field: "rating", titles: [], patterns: [/^rag\s+(initial|\d{1,2}\/\d{2,4})$/] },
  { field: "successMeasure", titles: ["success measures", "success measure(s)", "success measure", "measures of success", "success criteria"] },
  { field: "progress", titles: ["progress to date", "progress update", "progress", "update", "progress made this period", "commentary", "progress and impact"] },
  { field: "impact", titles: ["impact to date", "impact"] },
  { field: "outcome", titles: ["outcome", "outcomes"] },
  { field: "group", titles: ["priority", "workstream", "theme", "ambition"], patterns: [/^priority\s+\d+$/] },
];

export const METRIC_FIELDS: FieldTitles[] = [
  { field: "name", titles: ["measure", "indicator", "metric", "kpi", "performance indicator", "measure name", "metrics", "indicator name"], key: true },
  { field: "group", titles: ["priority", "workstream", "theme", "ambition", "section"] },
  { field: "polarity", titles: ["polarity", "good performance high/low", "good performance", "direction of good performance", "higher or lower is better"], key: true },
  { field: "basis", titles: ["reporting basis", "basis", "frequency"] },
  { field: "baseline", titles: ["baseline"], patterns: [/^(19|20)\d{2}\/\d{2}$/] },
  { field: "comparator", titles: ["national", "statistical neighbours", "sn average", "comparator group", "comparator", "england", "sn", "statistical neighbour average", "regional"] },
  { field: "notes", titles: ["notes", "comments", "comment", "commentary"] },
  { field: "ytd", titles: ["ytd", "year to date"] },
  { field: "direction", titles: ["dot", "direction of travel", "trend"] },
  { field: "unit", titles: ["unit", "units"] },
];

/** BCP's key: "RAG · Description · Total out of 38 actions · %". */
export const RAG_KEY_FIELDS: FieldTitles[] = [
  { field: "status", titles: ["rag", "rag status", "status", "colour"], key: true },
  { field: "title", titles: ["description", "meaning", "key"], key: true },
  { field: "rating", titles: [], patterns: [/^total( out of \d+( actions)?)?$/, /^(number|count)$/] },
  { field: "progress", titles: ["%", "percent", "percentage"] },
];

export const VERSION_LOG_TITLES = ["version number", "purpose / change", "author", "date"];

export const FIELDS_BY_KIND: Partial<Record<TableKind, FieldTitles[]>> = {
  actions: ACTION_FIELDS,
  metrics: METRIC_FIELDS,
  "rag-key": RAG_KEY_FIELDS,
};

export interface HeaderMatch {
  field: PlanField;
  /** The wording matched, when it is a variant of the canonical title. */
  variant?: string;
  key: boolean;
}

/** Which field a header cell names, for one kind of table. */
export const matchField = (normalised: string, fields: FieldTitles[]): HeaderMatch | null => {
  if (normalised === "") return null;
  for (const entry of fields) {
    const index = entry.titles.indexOf(normalised);
    if (index >= 0) return { field: entry.field, key: entry.key === true, variant: index === 0 ? undefined : normalised };
    if (entry.patterns?.some((pattern) => pattern.test(normalised))) return { field: entry.field, key: entry.key === true };
  }
  return null;
};

/** The header wording detection matches: the defaults, plus a council's own titles from its mapping. */
export interface HeaderVocabulary {
  actions: FieldTitles[];
  metrics: FieldTitles[];
  ragKey: FieldTitles[];
}

export const DEFAULT_HEADER_VOCABULARY: HeaderVocabulary = { actions: ACTION_FIELDS, metrics: METRIC_FIELDS, ragKey: RAG_KEY_FIELDS };

/** Add extra titles per field (compared like the defaults: trimmed, collapsed, any case). */
export const withExtraTitles = (extra: Partial<Record<PlanField, string[]>>): HeaderVocabulary => {
  const add = (fields: FieldTitles[]): FieldTitles[] =>
    fields.map((entry) => {
      const more = (extra[entry.field] ?? []).map((t) => t.replace(/[\s\u00a0]+/g, " ").trim().replace(/:$/, "").toLowerCase());
      return more.length === 0 ? entry : { ...entry, titles: [...entry.titles, ...more.filter((t) => !entry.titles.includes(t))] };
    });
  return { actions: add(ACTION_FIELDS), metrics: add(METRIC_FIELDS), ragKey: RAG_KEY_FIELDS };
};
