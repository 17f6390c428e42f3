import type { Mapping } from "../../../src/core/mapping/mapping";

/** The README's example mapping: one sheet, one table, the six levels, one measure, the policy. */
export const exampleMapping = (): Mapping => ({
  version: 3,
  layout: "bcp",
  sheets: [
    {
      name: "Improvement Plan",
      roles: ["plan"],
      tables: [
        {
          kind: "actions",
          headerRows: [1],
          fields: [
            { name: "ref", column: "A", title: "Ref" },
            { name: "title", column: "B", title: "Action" },
            { name: "owner", column: "C", title: "Lead" },
            { name: "due", column: "D", title: "Deadline" },
            { name: "status", column: "E", title: "RAG" },
            { name: "progress", column: "F", title: "Progress to date" },
          ],
        },
      ],
    },
  ],
  fieldTitles: { owner: ["Lead officer"] },
  levels: [
    {
      id: "red",
      label: "High risk",
      meaning: "Action not started when expected, escalation required, or significant delay",
      glyph: "▲",
      fill: "#D4351C",
      fontColour: "#FFFFFF",
    },
    {
      id: "amber",
      label: "Significant risk",
      meaning: "Plan in place and action started, but further work required",
      glyph: "◆",
      fill: "#FFBF47",
      fontColour: "#0B0C0C",
      words: ["Amber"],
    },
    {
      id: "green",
      label: "On track",
      meaning: "Running to plan and within timescale",
      glyph: "■",
      fill: "#00703C",
      fontColour: "#FFFFFF",
      words: ["Green"],
    },
    {
      id: "blue",
      label: "Actioned",
      meaning: "Implemented and embedded",
      glyph: "●",
      fill: "#1D70B8",
      fontColour: "#FFFFFF",
    },
    {
      id: "done",
      label: "Completed and can be removed",
      meaning: "Completed and can be removed from the plan",
      glyph: "✓",
      fill: "#505A5F",
      fontColour: "#FFFFFF",
    },
    {
      id: "unrated",
      label: "Not rated",
      meaning: "No valid rating: blank, 0, too early or no data",
      glyph: "–",
      fill: "#F3F2F1",
      fontColour: "#0B0C0C",
    },
  ],
  measures: [
    {
      name: "Re-referrals within 12 months",
      polarity: "lower_is_better",
      tolerance: { mode: "absolute", value: 2 },
    },
  ],
  policy: {
    amberWindowDays: 30,
    allowGreenWithoutDate: false,
    tolerance: { mode: "relative", value: 5 },
    noChangeBand: { percentPoints: 0.5, relativePercent: 1 },
    dates: {
      dayOrder: "dmy",
      seasons: "meteorological",
      byMonth: "end",
      financialYearStartMonth: 4,
    },
  },
  report: { period: "Improvement Board – January 2023" },
});
