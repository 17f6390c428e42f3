import type { CellValue } from "../../../src/core/model/cell-value";

/**
 * Header rows and cell helpers for the small council-shaped workbooks the rule tests build
 * (docs/LAYOUTS.md: the GCC, BCP and Thurrock layouts, verbatim headers). Rows themselves stay in each
 * test, so a reader sees the workbook the rule runs on.
 */

/** GCC key-action table (docs/LAYOUTS.md#gloucestershire, 000 L150). */
export const GCC_ACTIONS: CellValue[] = ["Key Actions", "Owners", "Timescale"];

/** A GCC workstream title row: "1.1 Recruitment and Retention" … "Lead: Ann James" in column E (000 L140). */
export const gccWorkstream = (id: string, title: string, lead: string): CellValue[] => [
  `${id} ${title}`,
  null,
  null,
  null,
  lead === "" ? "Lead:" : `Lead: ${lead}`,
];

/** BCP action table (docs/LAYOUTS.md#bcp, 003 L74). */
export const BCP_ACTIONS: CellValue[] = [
  "Ref",
  "Action",
  "Lead",
  "Deadline",
  "RAG",
  "Success measures",
  "Progress to date",
  "Impact to date",
];

/** BCP RAG key header (003 L56). */
export const BCP_KEY: CellValue[] = ["RAG", "Description", "Total out of 38 actions", "%"];

/** The BCP key descriptions (docs/SAMPLES.md#bcp), most to least severe. */
export const BCP_KEY_DESCRIPTIONS = {
  red: "High risk – action not started yet but expected it to have commenced / escalation required due to performance concerns /significant delay – action is a worry",
  amber:
    "Significant risk – plan in place, action started but further work required to ensure improvement",
  green:
    "On track – running to plan and within timescale, performance has improved against the plan",
  blue: "Actioned – implemented and embedded",
  done: "Completed and can be removed from plan",
} as const;

/** One fill per key level, as the fixture workbook colours them (the rules read these, never hard-code them). */
export const BCP_FILLS = {
  red: "#FF0000",
  amber: "#FFC000",
  green: "#00B050",
  blue: "#0070C0",
  done: "#7030A0",
} as const;

/** BCP KPI header: the name column is left blank in the source (003 L67). */
export const BCP_KPIS: CellValue[] = [
  null,
  "Jun 22",
  "Jul 22",
  "Aug 22",
  "Sep 22",
  "Oct 22",
  "Nov 22",
  "National",
  "Statistical Neighbours",
];

/** Thurrock action table for priority n (docs/LAYOUTS.md#thurrock, 004 L152; later priorities spell "RAG Initial"). */
export const thurrockActions = (
  n: number,
  initial = n === 1 ? "RAG initial" : "RAG Initial"
): CellValue[] => [
  `Priority ${n}`,
  "Outcome",
  "Action",
  "Success measure(s)",
  "Lead",
  "Responsible Officer",
  "Time",
  initial,
  "RAG 01/18",
  "RAG 03/18",
  "RAG 05/18",
  "Progress update",
];

/** Thurrock indicators table (004 L148), 14 columns verbatim. */
export const THURROCK_INDICATORS: CellValue[] = [
  "Priority",
  "Indicator",
  "Polarity",
  "2016/17",
  "SN Average",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
  "Notes",
  "YTD",
  "DOT",
];

/** GCC corporate scorecard's measures table header (001), 11 columns verbatim. */
export const SCORECARD_MEASURES: CellValue[] = [
  "Measure",
  "Good Performance High/Low",
  "Reporting Basis",
  "Jun21",
  "Sep21",
  "Dec21",
  "Mar22",
  "Actual Jun22",
  "Target Jun22",
  "Comments",
  "Comparator Group",
];

/** GCC measure grid: a month row over Target · Actual (000 L176–177). Month labels start in column B. */
export const gccMeasureHeader = (months: string[]): CellValue[][] => [
  [null, ...months.flatMap((month) => [month, null])],
  [null, ...months.flatMap(() => ["Target", "Actual"])],
];

/** Excel serial of a calendar day (1900 system; 25569 is 1970-01-01). */
export const serial = (year: number, month: number, day: number): number =>
  Date.UTC(year, month - 1, day) / 86_400_000 + 25_569;

/**
 * docs/DATES.md "Other forms": each raw timescale with its number format and the flags the grammar
 * raises. The date rules are tested on all of them at once, so each rule is seen to pick out exactly
 * its own rows.
 */
export const OTHER_FORMS: { raw: CellValue; format?: string; flags: string[] }[] = [
  { raw: "30/04/23", flags: [] },
  { raw: "30/9/22", flags: [] },
  { raw: "30/09/2022", flags: [] },
  { raw: "01/06/23", flags: ["date-ambiguous"] },
  { raw: "30/6/2022 23/11/2022 23/01/2023", flags: ["date-multiple"] },
  { raw: "Apr-18", flags: [] },
  { raw: "01 April 2018", flags: [] },
  { raw: "Jun", flags: ["date-no-year"] },
  { raw: "01/16/2018", flags: ["date-invalid"] },
  { raw: "01/02/18", flags: ["date-ambiguous"] },
  { raw: 43191, format: "mmm-yy", flags: [] },
  { raw: 43191, format: "dd/mm/yyyy", flags: [] },
  { raw: 0, format: "mmm-yy", flags: ["date-serial-zero"] },
  { raw: "Winter 2022", flags: ["timescale-approx"] },
  { raw: "2022/23", flags: ["timescale-approx"] },
];

/** Real BCP action titles and leads (docs/SAMPLES.md#bcp), reused for synthetic rows. */
export const BCP_TITLES: [string, string][] = [
  [
    "Strengthen the Early Help offer to ensure timely interventions that are well targeted and enable positive impact and improvement",
    "Juliette Blake",
  ],
  ["Improve assessment and support to unborn and new-born children.", "Juliette Blake"],
  ["Continue to improve oversight of PLO and care proceedings and evidence impact", "Sara Scholey"],
  [
    "Work with partners to improve the health offer to children in care and care experienced young people, to include health passports",
    "Sara Scholey",
  ],
  ["Establish multi-agency training on key and emerging issues.", "Rachel Gravett"],
  [
    "Management oversight is consistently visible and impacts on the quality of practice in Children's Services.",
    "Sara Scholey",
  ],
  ["Streamlined case management recording into Mosaic for Children's Social Care.", "Sara Scholey"],
  ["Practice model implemented for Children's Social Care and Early Help.", "Rachel Gravett"],
];

/**
 * A BCP-style action table (header in row 1) with one action per timescale, Refs 1.1, 1.2…, so the
 * form in row r is action 1.(r-1). Every RAG cell is left empty: only the Deadline varies.
 */
export const bcpWithDeadlines = (
  forms: { raw: CellValue; format?: string }[]
): { name: string; rows: CellValue[][]; numberFormats: Record<string, string> } => {
  const numberFormats: Record<string, string> = {};
  const rows: CellValue[][] = [BCP_ACTIONS];
  forms.forEach((form, i) => {
    const row = i + 2;
    if (form.format) numberFormats[`D${row}`] = form.format;
    const [title, lead] = BCP_TITLES[i % BCP_TITLES.length];
    rows.push([
      `1.${i + 1}`,
      title,
      lead,
      form.raw,
      null,
      "Revised guidance implemented and embedded",
      "Regular SD oversight on progress; reviewed monthly.",
      "Impact not yet realised.",
    ]);
  });
  return { name: "Improvement Plan", rows, numberFormats };
};
