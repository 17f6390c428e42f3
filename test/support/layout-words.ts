/**
 * The words the layout generator writes: headings in several registers, and invented plan content.
 * All of it is made up for these tests (no real council's text): what matters is that it reads the
 * way trackers read, so detection is measured on the kinds of wording it will meet.
 */

/** The fields a person sees in an actions table or a measures table (the generator's truth). */
export type ActionTruthField =
  | "ref"
  | "title"
  | "owner"
  | "due"
  | "status"
  | "progress"
  | "percentComplete"
  | "nextSteps"
  | "group";
export type MeasureTruthField =
  "name" | "target" | "actual" | "baseline" | "polarity" | "period" | "comparator" | "group";
export type TruthField = ActionTruthField | MeasureTruthField;

/** How a heading is written: the canonical word, plain English, a database export, or shouted. */
export type Register = "canonical" | "plain" | "snake" | "upper";

export interface Wording {
  canonical: string;
  plain: readonly string[];
  snake: readonly string[];
  /** Bracketed or trailing notes people add to a heading ("(dd/mm/yy)"). */
  notes: readonly string[];
}

export const ACTION_WORDING: Record<ActionTruthField, Wording> = {
  ref: {
    canonical: "Ref",
    plain: ["Ref.", "No.", "Action ref", "Ref no", "Action number", "ID"],
    snake: ["ref", "action_id", "ref_no"],
    notes: [],
  },
  title: {
    canonical: "Action",
    plain: [
      "What we will do",
      "Action description",
      "Key actions",
      "Actions to be taken",
      "Description of action",
      "Task",
      "Improvement action",
      "Key Action",
    ],
    snake: ["action_description", "action", "project_name", "task_description"],
    notes: [" (what will be done)", " (SMART)"],
  },
  owner: {
    canonical: "Lead",
    plain: [
      "Owner",
      "Who is responsible",
      "Responsible officer",
      "Lead officer",
      "Action owner",
      "Accountable lead",
      "By whom",
      "Responsible lead",
    ],
    snake: ["lead_officer", "owner", "responsible_officer", "action_owner"],
    notes: [" (name and role)", " (job title)"],
  },
  due: {
    canonical: "Deadline",
    plain: [
      "By when",
      "Target date",
      "Completion Date",
      "Due date",
      "Timescale",
      "Target completion date",
      "Revised date",
      "Due by",
    ],
    snake: ["due_date", "target_date", "completion_date"],
    notes: [" -\n mmm/yy", " (dd/mm/yy)", " (month/year)"],
  },
  status: {
    canonical: "RAG",
    plain: [
      "Status",
      "Delivery (RAG)",
      "RAG status",
      "Progress RAG",
      "Current status",
      "Delivery confidence",
      "BRAG",
      "RAG rating",
    ],
    snake: ["rag_status", "status", "delivery_confidence", "colour_rating"],
    notes: [" (select)", " (R/A/G)", " - select from list"],
  },
  progress: {
    canonical: "Progress",
    plain: [
      "Progress update",
      "Latest commentary",
      "Update",
      "Progress notes",
      "Commentary",
      "Comments on progress",
      "Evidence of progress",
      "Latest update",
    ],
    snake: ["progress_update", "latest_position", "commentary"],
    notes: [" (this month)", " (to date)"],
  },
  percentComplete: {
    canonical: "% complete",
    plain: ["Percent complete", "% Complete", "Completion %", "% done"],
    snake: ["percent_complete", "pct_complete"],
    notes: [],
  },
  nextSteps: {
    canonical: "Next steps",
    plain: ["Next actions", "Actions for next period", "Planned next steps", "What happens next"],
    snake: ["next_steps"],
    notes: [" (next month)"],
  },
  group: {
    canonical: "Theme",
    plain: [
      "Workstream",
      "Priority",
      "Objective",
      "Department",
      "Category",
      "Service area",
      "Priority area",
      "Strategic priority",
    ],
    snake: ["theme", "workstream", "priority", "department"],
    notes: [],
  },
};

export const MEASURE_WORDING: Record<MeasureTruthField, Wording> = {
  name: {
    canonical: "Measure",
    plain: [
      "Indicator",
      "KPI",
      "Performance indicator",
      "Measure name",
      "Metric",
      "Key performance indicator",
      "Performance measure",
    ],
    snake: ["indicator_name", "kpi", "measure", "metric_name"],
    notes: [],
  },
  target: {
    canonical: "Target",
    plain: ["Goal", "Plan", "Target 2024/25", "Annual target", "Target value"],
    snake: ["target", "target_value", "goal"],
    notes: [" (year end)"],
  },
  actual: {
    canonical: "Actual",
    plain: [
      "Outturn",
      "Latest position",
      "Current performance",
      "Performance",
      "Latest actual",
      "Actual to date",
    ],
    snake: ["actual", "latest_position", "outturn"],
    notes: [" (latest)"],
  },
  baseline: {
    canonical: "Baseline",
    plain: ["Baseline (2023)", "Starting point", "Baseline position"],
    snake: ["baseline", "baseline_value"],
    notes: [],
  },
  polarity: {
    canonical: "Polarity",
    plain: ["Good is", "Higher or lower is better", "Directionality", "Good performance is"],
    snake: ["polarity", "good_is"],
    notes: [],
  },
  period: {
    canonical: "Period",
    plain: ["Reporting period", "Month", "Quarter", "Period ending"],
    snake: ["period", "reporting_period"],
    notes: [],
  },
  comparator: {
    canonical: "National average",
    plain: [
      "Statistical neighbours",
      "England",
      "Regional average",
      "Comparator",
      "England average",
    ],
    snake: ["national_average", "stat_neighbour"],
    notes: [],
  },
  group: {
    canonical: "Theme",
    plain: ["Area", "Service", "Category", "Outcome area"],
    snake: ["theme", "area"],
    notes: [],
  },
};

/** Columns nobody reads; a person skips them, and detection should not turn them into a field. */
export const EXTRA_HEADINGS: readonly string[] = [
  "Notes",
  "Resources",
  "Cost",
  "Dependencies",
  "Risks",
  "Budget (£)",
  "Funding source",
];

/** Banners of a two-row header, with the fields that sit under them. */
export const HEADER_BANNERS: readonly string[] = [
  "Delivery",
  "Accountability",
  "Monitoring",
  "Action details",
  "Progress to date",
  "Timescales",
];

export const GROUP_NAMES: readonly string[] = [
  "Workforce",
  "Early Help",
  "Practice Quality",
  "Leadership and Governance",
  "Children in Care",
  "Care Leavers",
  "Front Door",
  "Partnerships",
  "Quality Assurance",
  "Voice of the Child",
  "Placement Sufficiency",
  "Performance and Data",
];

export const DEPARTMENTS: readonly string[] = [
  "Children's Social Care",
  "Education",
  "Commissioning",
  "Finance",
  "Human Resources",
  "Public Health",
  "Housing",
];

const VERBS: readonly string[] = [
  "Review",
  "Embed",
  "Develop",
  "Implement",
  "Recruit to",
  "Refresh",
  "Launch",
  "Audit",
  "Strengthen",
  "Introduce",
  "Deliver",
  "Train staff on",
];
const OBJECTS: readonly string[] = [
  "the front door threshold guidance",
  "supervision practice across teams",
  "a permanent workforce strategy",
  "management oversight of case files",
  "the quality assurance framework",
  "the care leavers' accommodation offer",
  "the edge of care service",
  "return home interviews",
  "the placement sufficiency strategy",
  "the early help assessment",
  "multi-agency safeguarding arrangements",
  "caseload monitoring for social workers",
  "the participation strategy for young people",
  "the family group conferencing offer",
];
const QUALIFIERS: readonly string[] = [
  "",
  "",
  " with partners",
  " in all localities",
  " so that children are seen promptly",
  " and report to the board",
  " across the service",
];

export const actionTitle = (pick: <T>(items: readonly T[]) => T): string =>
  `${pick(VERBS)} ${pick(OBJECTS)}${pick(QUALIFIERS)}`;

/** The deliverable a title names: its verb and object, without the qualifier ("… with partners"). */
export const deliverableOf = (title: string): string => {
  const qualifier = QUALIFIERS.find((q) => q !== "" && title.endsWith(q));
  return qualifier ? title.slice(0, -qualifier.length) : title;
};

export const PERSON_NAMES: readonly string[] = [
  "Sarah Okafor",
  "Tom Hughes",
  "Priya Desai",
  "Mark Ellison",
  "Joanne Reid",
  "Kwame Mensah",
  "Helen Foster",
  "David Lowe",
];
export const JOB_TITLES: readonly string[] = [
  "Head of Service",
  "Service Manager, Front Door",
  "Principal Social Worker",
  "Director of Children's Services",
  "Workforce Lead",
  "Head of Quality Assurance",
  "Assistant Director, Safeguarding",
];
export const INITIALS: readonly string[] = ["SO", "TH", "PD", "ME", "JR", "KM/HF", "DL"];

export const PROGRESS_NOTES: readonly string[] = [
  "Recruitment campaign launched; three posts filled.",
  "Awaiting sign-off at the leadership team.",
  "Training delivered to 40 staff in March.",
  "Draft shared with partners for comment.",
  "Audit completed; findings to be reported next month.",
  "Delayed by vacancies in the team.",
  "Pilot running in two localities.",
];
export const NEXT_STEPS: readonly string[] = [
  "Report to the board in June",
  "Agree the new procedure",
  "Evaluate the pilot",
  "Recruit the remaining posts",
  "Complete the second audit",
];
export const EXTRA_VALUES: readonly string[] = [
  "Within existing budget",
  "See risk log",
  "Linked to 2.3",
  "Agency funding agreed",
  "None",
  "£20k one-off",
];

/** Status words as councils write them, each list in the order worst to best where there is one. */
export const STATUS_VOCABULARIES: Record<string, readonly string[]> = {
  rag: ["Red", "Amber", "Green"],
  ragLetters: ["R", "A", "G"],
  brag: ["Red", "Amber", "Green", "Blue"],
  progress: ["Not started", "In progress", "Completed", "Delayed", "On hold"],
  track: ["Off track", "At risk", "On track", "Complete"],
  confidence: ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"],
};

/** Fill colours a status cell carries (Excel's standard red, amber, green, blue). */
export const STATUS_FILLS: readonly string[] = ["#FF0000", "#FFC000", "#00B050", "#0070C0"];

export const PLAN_TITLES: readonly string[] = [
  "Children's Services Improvement Plan 2024/25",
  "Improvement Plan – Progress Tracker",
  "Getting to Good: Delivery Plan",
  "Service Improvement Tracker",
  "Partnership Action Plan",
];
export const NOTE_LINES: readonly string[] = [
  "Last updated: 14 February 2025",
  "Version 3.2 – draft for the improvement board",
  "Please update the status column by the 5th of each month",
  "Key: Red = off track, Amber = at risk, Green = on track",
  "Owner: Assistant Director, Safeguarding",
];

export const MEASURE_NAMES: readonly string[] = [
  "% of assessments completed within 45 days",
  "Number of children in care",
  "Agency social worker rate (%)",
  "Social worker turnover (%)",
  "% of children seen within timescale",
  "Re-referrals within 12 months (%)",
  "Average caseload per social worker",
  "% of care leavers in suitable accommodation",
  "Number of children subject to a child protection plan",
  "% of EHCPs issued within 20 weeks",
  "% of visits completed on time",
  "Number of foster carers recruited",
];
export const POLARITY_WORDS: readonly string[] = [
  "Higher is better",
  "Lower is better",
  "High",
  "Low",
  "over",
  "under",
  "Bigger is better",
  "Smaller is better",
  "Aim to maximise",
  "Aim to minimise",
];
export const MONTHS: readonly string[] = [
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
  "Jan",
  "Feb",
  "Mar",
];

export const COVER_LINES: readonly string[] = [
  "About this workbook",
  "This tracker records the actions agreed with the improvement board and how they are progressing.",
  "Please do not change the column headings.",
  "Contact the performance team with any questions.",
  "Ratings are agreed at the monthly performance meeting.",
];
export const SHEET_NAMES = {
  actions: ["Action Plan", "Actions", "Improvement Plan", "Tracker", "Plan", "Delivery Plan"],
  measures: ["Measures", "KPIs", "Performance", "Scorecard", "Indicators"],
  cover: ["Cover", "Notes", "Read me", "Guidance", "Contents"],
} as const;
