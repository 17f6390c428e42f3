/** The plan fields Plan Tracker understands, whatever each council calls its columns. */
export type ActionField =
  | "ref"
  | "title"
  | "owner"
  | "responsibleOfficer"
  | "due"
  | "status"
  | "rating" // a rating column for a reporting period (Thurrock "RAG 01/18")
  | "successMeasure"
  | "progress"
  | "nextSteps"
  | "percentComplete" // how far through the action is, 0–100 (a "% complete" column)
  | "period" // the reporting period a row belongs to (a "Period"/"Quarter" column)
  | "impact"
  | "outcome"
  | "group";

export type MeasureField =
  | "name"
  | "group"
  | "polarity"
  | "basis"
  | "baseline"
  | "comparator"
  | "period" // a value column for one reporting period, or a Target/Actual pair under a month
  | "target"
  | "actual"
  | "notes"
  | "ytd"
  | "direction"
  | "unit";

export type PlanField = ActionField | MeasureField;

/** What kind of table a header row starts. */
export type TableKind =
  | "actions" // one row per action (GCC key actions, BCP actions, Thurrock success measures)
  | "measures" // one row per measure, with period columns (GCC monthly grid, BCP KPIs, Thurrock indicators, scorecard)
  | "rag-key" // BCP's RAG key: the legend whose fills define the colours
  | "rating-scale" // Thurrock's 1–5 scale
  | "rag-summary" // typed roll-ups (Thurrock previous/current means, priority boxes)
  | "milestones" // GCC key milestones: month columns with shading
  | "version-log";
