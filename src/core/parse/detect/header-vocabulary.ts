import type { PlanField, TableKind } from "../../model/plan-field";
import { headingWords, type HeadingWords } from "./heading-words";

/**
 * What people call each field's column, per kind of table. Headings are compared by meaning, not by
 * exact text: both sides go through headingWords (case, punctuation, underscores, line breaks,
 * plurals and format hints removed), and a heading matches a wording when it contains the wording's
 * words in order. The closer the heading is to the wording, the higher the score, so "Completion
 * Date" beats "Date of next review" for the due date, and every field is taken by its best column.
 */
export interface FieldTitles {
  field: PlanField;
  /** Wordings, as people write them; the first is the canonical one shown in the Mapping view. */
  titles: string[];
  /** Headings that match by shape rather than wording (compared with the lower-cased, tidied heading). */
  patterns?: RegExp[];
  /** The field identifies a table of this kind (a header needs at least one key field). */
  key?: boolean;
  /** Vaguer wordings ("Notes", "Date", "Description"): they name the field only where nothing says it better. */
  weak?: string[];
}

export const ACTION_FIELDS: FieldTitles[] = [
  {
    field: "ref",
    titles: [
      "ref",
      "reference",
      "ref no",
      "action ref",
      "action no",
      "action number",
      "action id",
      "project ref",
      "project id",
      "rec no",
      "recommendation no",
    ],
    weak: ["no", "number", "id", "item", "#", "item no"],
  },
  {
    field: "title",
    key: true,
    titles: [
      "action",
      "key action",
      "action description",
      "description of action",
      "what we will do",
      "what will we do",
      "what we are going to do",
      "task",
      "activity",
      "deliverable",
      "project name",
      "programme name",
      "scheme name",
      "initiative",
      "intervention",
      "improvement action",
      "planned action",
      "action required",
      "action to be taken",
      "action needed",
      "actions agreed",
      "agreed action",
      "recommendation",
      "area for improvement",
      "action title",
    ],
    weak: ["description", "title", "detail", "milestone", "step", "project", "scheme", "work item"],
  },
  {
    field: "owner",
    titles: [
      "lead",
      "owner",
      "action owner",
      "lead officer",
      "lead(s)",
      "owner(s)",
      "accountable officer",
      "responsible person",
      "person responsible",
      "who is responsible",
      "who will do it",
      "by whom",
      "led by",
      "accountable",
      "accountable lead",
      "senior responsible owner",
      "sro",
      "assigned to",
      "lead person",
      "lead manager",
      "lead name",
      "responsible lead",
      "lead officer(s)",
      "named lead",
      "delivery lead",
      "project manager",
      "action lead",
    ],
    weak: ["officer", "manager", "responsible", "who", "responsibility"],
  },
  { field: "responsibleOfficer", titles: ["responsible officer", "responsible officers"] },
  {
    field: "due",
    titles: [
      "timescale",
      "deadline",
      "due",
      "due date",
      "target date",
      "by when",
      "completion date",
      "target completion date",
      "end date",
      "date due",
      "target completion",
      "expected completion",
      "expected completion date",
      "revised date",
      "revised deadline",
      "revised target date",
      "delivery date",
      "timeframe",
      "time frame",
      "due by",
      "complete by",
      "completed by",
      "finish date",
      "planned completion",
      "planned end date",
      "forecast completion",
      "target end date",
      "date for completion",
    ],
    weak: ["date", "time", "when", "timeline"],
  },
  {
    field: "status",
    titles: [
      "rag",
      "status",
      "rag status",
      "current rag",
      "rag rating",
      "brag",
      "brag status",
      "brag rating",
      "delivery rag",
      "delivery status",
      "delivery confidence",
      "delivery confidence assessment",
      "dca",
      "colour rating",
      "color rating",
      "overall rag",
      "current status",
      "overall status",
      "rag colour",
      "action status",
      "project status",
      "progress rag",
      "progress status",
      "red amber green",
      "status rag",
      "rag rating current",
    ],
    weak: ["rating", "assessment"],
  },
  { field: "rating", titles: [], patterns: [/^rag\s+(initial|\d{1,2}\/\d{2,4})$/] },
  {
    field: "percentComplete",
    titles: [
      "% complete",
      "percent complete",
      "% completed",
      "percentage complete",
      "completion %",
      "progress %",
      "% progress",
      "% done",
      "complete %",
      "% achieved",
    ],
  },
  {
    field: "successMeasure",
    titles: [
      "success measure",
      "success measure(s)",
      "measure of success",
      "success criteria",
      "how will we know",
      "how we will know",
      "how will we measure success",
      "evidence of success",
      "measure of impact",
    ],
  },
  {
    field: "progress",
    titles: [
      "progress to date",
      "progress update",
      "progress",
      "progress made this period",
      "commentary",
      "progress and impact",
      "progress note",
      "latest update",
      "latest progress",
      "update on progress",
      "rating comment",
      "status commentary",
      "status update",
      "evidence of progress",
      "current position",
      "progress commentary",
      "monthly update",
      "quarterly update",
      "latest commentary",
      "latest position",
      "comments on progress",
      "update",
    ],
    weak: ["notes", "note", "remark", "comment", "evidence", "position", "narrative"],
  },
  {
    field: "nextSteps",
    titles: [
      "next step",
      "what happens next",
      "next",
      "what next",
      "next action",
      "actions next period",
      "next period",
      "planned next",
      "further action",
      "further action required",
      "next month",
    ],
  },
  { field: "impact", titles: ["impact to date", "impact"] },
  {
    field: "outcome",
    titles: [
      "outcome",
      "intended outcome",
      "expected outcome",
      "desired outcome",
      "aim",
      "objective outcome",
    ],
  },
  {
    field: "group",
    titles: [
      "priority",
      "workstream",
      "work stream",
      "theme",
      "ambition",
      "objective",
      "strategic objective",
      "priority area",
      "department",
      "dept",
      "service area",
      "directorate",
      "outcome area",
      "pillar",
      "strand",
      "programme area",
      "portfolio",
      "key line of enquiry",
      "kloe",
      "focus area",
      "improvement area",
      "strategic priority",
    ],
    patterns: [/^priority\s+\d+$/],
    weak: [
      "area",
      "team",
      "service",
      "section",
      "board",
      "programme",
      "organisation",
      "domain",
      "category",
    ],
  },
  {
    field: "period",
    titles: [
      "period",
      "reporting period",
      "quarter",
      "month",
      "reporting month",
      "reporting quarter",
    ],
  },
];

export const MEASURE_FIELDS: FieldTitles[] = [
  {
    field: "name",
    key: true,
    titles: [
      "measure",
      "indicator",
      "metric",
      "kpi",
      "performance indicator",
      "measure name",
      "indicator name",
      "metric name",
      "kpi name",
      "measure description",
      "indicator description",
      "planning measure",
      "key performance indicator",
      "pi",
      "performance measure",
    ],
    weak: ["description"],
  },
  {
    field: "ref",
    titles: [
      "ref",
      "reference",
      "planning ref",
      "measure ref",
      "indicator ref",
      "kpi ref",
      "kpi no",
      "pi ref",
      "measure id",
      "indicator id",
      "code",
      "id",
    ],
  },
  {
    field: "group",
    titles: [
      "priority",
      "workstream",
      "theme",
      "ambition",
      "section",
      "department",
      "directorate",
      "service",
      "service area",
      "area",
      "category",
      "organisation",
      "org",
      "org code",
      "provider",
      "trust",
      "organisation code",
      "domain",
      "objective",
    ],
  },
  {
    field: "polarity",
    key: true,
    titles: [
      "polarity",
      "good performance high/low",
      "good performance",
      "direction of good performance",
      "higher or lower is better",
      "directionality",
      "good is",
      "aim",
      "better if",
      "desired direction",
      "is high good",
      "direction of improvement",
      "good performance is",
    ],
  },
  { field: "basis", titles: ["reporting basis", "basis", "frequency", "reporting frequency"] },
  {
    field: "baseline",
    titles: ["baseline", "baseline value", "starting point", "baseline position"],
    patterns: [/^(19|20)\d{2}\/\d{2}$/],
  },
  {
    field: "target",
    titles: [
      "target",
      "goal",
      "plan",
      "planned",
      "target value",
      "trajectory",
      "standard",
      "threshold",
      "tgt",
      "expected",
      "target level",
      "ambition level",
      "annual target",
      "plan value",
    ],
  },
  {
    field: "actual",
    titles: [
      "actual",
      "current actual",
      "outturn",
      "latest position",
      "latest",
      "result",
      "performance",
      "value",
      "current value",
      "current performance",
      "achieved",
      "latest value",
      "latest data",
      "latest figure",
      "current position",
      "actual value",
    ],
    weak: ["score", "position", "value", "performance", "latest", "result"],
  },
  {
    field: "period",
    titles: [
      "period",
      "reporting period",
      "month",
      "quarter",
      "time period",
      "year",
      "financial year",
      "fin year",
      "reporting month",
      "reporting quarter",
      "as at",
      "date",
    ],
  },
  {
    field: "status",
    titles: ["rag", "rag status", "rating", "status", "rag rating", "current rag"],
  },
  {
    field: "comparator",
    titles: [
      "national",
      "statistical neighbour",
      "stat neighbour",
      "sn average",
      "comparator group",
      "comparator",
      "england",
      "sn",
      "statistical neighbour average",
      "regional",
      "england average",
      "national average",
      "benchmark",
    ],
  },
  {
    field: "notes",
    titles: ["note", "comment", "commentary", "narrative", "explanation", "exception report"],
  },
  { field: "ytd", titles: ["ytd", "year to date"] },
  { field: "direction", titles: ["dot", "direction of travel", "trend"] },
  { field: "unit", titles: ["unit", "measure type", "unit of measure", "format"] },
];

/** BCP's key: "RAG · Description · Total out of 38 actions · %". */
export const RAG_KEY_FIELDS: FieldTitles[] = [
  { field: "status", titles: ["rag", "rag status", "status", "colour"], key: true },
  { field: "title", titles: ["description", "meaning", "key"], key: true },
  {
    field: "rating",
    titles: [],
    patterns: [/^total( out of \d+( actions)?)?$/, /^(number|count)$/],
  },
  { field: "progress", titles: ["%", "percent", "percentage"] },
];

/**
 * Columns people keep beside a plan that Plan Tracker does not read. Naming them stops a weaker
 * wording claiming them: "Start date" is not a due date, "Budget" is not a target.
 */
export const NOT_READ_TITLES = [
  "start date",
  "start",
  "date raised",
  "date added",
  "date opened",
  "date identified",
  "last updated",
  "date updated",
  "date of update",
  "updated",
  "variance",
  "percent variance",
  "% variance",
  "budget",
  "cost",
  "forecast",
  "spend",
  "funding",
  "resource",
  "resources",
  "finance",
  "£",
  "risk",
  "risk rag",
  "spend rag",
  "issue",
  "dependency",
  "dependencies",
  "link",
  "full key",
  "ref key",
  "source",
  "data source",
  "icb code",
  // Plan Tracker's own column beside the owners' RAG (core/rag/write/calculated-column.ts): never read back as theirs.
  "calculated rag (plan tracker)",
];

export const VERSION_LOG_TITLES = ["version number", "purpose / change", "author", "date"];

export const FIELDS_BY_KIND: Partial<Record<TableKind, FieldTitles[]>> = {
  actions: ACTION_FIELDS,
  measures: MEASURE_FIELDS,
  "rag-key": RAG_KEY_FIELDS,
};

export interface HeaderMatch {
  /** The field, or null for a column known to hold something Plan Tracker does not read. */
  field: PlanField | null;
  key: boolean;
  /** How well the heading says it: above 1 for the whole heading, down to 0.5 for a heading that merely contains the wording. */
  score: number;
}

/** A wording, split once into its meaningful words. */
interface Wording {
  field: PlanField | null;
  key: boolean;
  words: string[];
  /** 1, or less for a vague wording. */
  weight: number;
}

// A vague wording's score is scaled down so that "Progress" beats "Notes" for the progress column.
const WEAK_WEIGHT = 0.75;

/** The score of a heading matched by its shape (a pattern): it is what it says whatever the cells below hold. */
export const SHAPE_SCORE = 1.5;

// Below this a heading only mentions the wording in passing ("Project Adjustment Request Status").
const MIN_SCORE = 0.5;

/** Where `part` stands inside `whole` as consecutive words, or -1. */
const indexOfWords = (whole: string[], part: string[]): number => {
  outer: for (let start = 0; start + part.length <= whole.length; start += 1) {
    for (let i = 0; i < part.length; i += 1) if (whole[start + i] !== part[i]) continue outer;
    return start;
  }
  return -1;
};

/**
 * How well a heading says a wording: the share of the heading's words the wording covers, more when
 * the heading starts with it (its head noun), less when the wording only qualifies the head ("Date of
 * next review" holds a date, not a review). A heading that is exactly the wording scores 1.25.
 */
export const wordingScore = (heading: HeadingWords, words: string[]): number => {
  if (words.length === 0 || heading.words.length === 0) return 0;
  const at = indexOfWords(heading.words, words);
  if (at < 0) return 0;
  if (words.length === heading.words.length) return 1.25;
  const coverage = words.length / heading.words.length;
  if (at >= heading.qualifierFrom) return coverage * 0.5;
  return coverage + (at === 0 ? 0.25 : 0);
};

const wordingsOf = new WeakMap<FieldTitles[], Wording[]>();
const wordings = (fields: FieldTitles[], notRead: boolean): Wording[] => {
  let list = wordingsOf.get(fields);
  if (!list) {
    list = fields.flatMap((entry) => [
      ...entry.titles.map((title) => ({
        field: entry.field,
        key: entry.key === true,
        words: headingWords(title).words,
        weight: 1,
      })),
      ...(entry.weak ?? []).map((title) => ({
        field: entry.field,
        key: entry.key === true,
        words: headingWords(title).words,
        weight: WEAK_WEIGHT,
      })),
    ]);
    if (notRead)
      list.push(
        ...NOT_READ_TITLES.map((title) => ({
          field: null,
          key: false,
          words: headingWords(title).words,
          weight: 1,
        }))
      );
    wordingsOf.set(fields, list);
  }
  return list;
};

/**
 * Every field a heading could name, best first (one entry per field). `normalised` is the heading
 * lower-cased and tidied (for the shape patterns); `raw` is the heading as written.
 */
export const matchFields = (
  raw: string,
  normalised: string,
  fields: FieldTitles[]
): HeaderMatch[] => {
  if (normalised === "") return [];
  const best = new Map<PlanField | null, HeaderMatch>();
  for (const entry of fields)
    if (entry.patterns?.some((pattern) => pattern.test(normalised)))
      best.set(entry.field, { field: entry.field, key: entry.key === true, score: SHAPE_SCORE });
  const heading = headingWords(raw);
  for (const wording of wordings(fields, fields !== RAG_KEY_FIELDS)) {
    const score = wordingScore(heading, wording.words) * wording.weight;
    if (score < MIN_SCORE) continue;
    const known = best.get(wording.field);
    if (!known || known.score < score)
      best.set(wording.field, { field: wording.field, key: wording.key, score });
  }
  return [...best.values()].sort((a, b) => b.score - a.score);
};

/** The header wording detection matches: the defaults, plus a council's own titles from its mapping. */
export interface HeaderVocabulary {
  actions: FieldTitles[];
  measures: FieldTitles[];
  ragKey: FieldTitles[];
}

export const DEFAULT_HEADER_VOCABULARY: HeaderVocabulary = {
  actions: ACTION_FIELDS,
  measures: MEASURE_FIELDS,
  ragKey: RAG_KEY_FIELDS,
};

/** Add extra titles per field (compared like the defaults: by their words). */
export const withExtraTitles = (extra: Partial<Record<PlanField, string[]>>): HeaderVocabulary => {
  const add = (fields: FieldTitles[]): FieldTitles[] =>
    fields.map((entry) => {
      const more = (extra[entry.field] ?? []).map((t) =>
        t
          .replace(/[\s\u00a0]+/g, " ")
          .trim()
          .replace(/:$/, "")
          .toLowerCase()
      );
      return more.length === 0
        ? entry
        : { ...entry, titles: [...entry.titles, ...more.filter((t) => !entry.titles.includes(t))] };
    });
  return { actions: add(ACTION_FIELDS), measures: add(MEASURE_FIELDS), ragKey: RAG_KEY_FIELDS };
};
