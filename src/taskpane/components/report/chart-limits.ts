/**
 * How many measures a board report charts. Kept apart from report-engine.ts so the view can use
 * them without pulling the report code into its own chunk.
 */

/**
 * How many off-target measures the report charts when nobody chooses (DEFAULT_CHARTS in
 * src/core/report/build-report-model.ts, not exported): the pane pre-selects exactly those, and
 * test/taskpane/report-engine.test.ts fails if the two drift apart.
 */
export const REPORT_DEFAULT_CHARTS = 3;

/**
 * The most measures a lead may chart. Each chart is placed below the last, about 16 rows tall
 * (report-write-plan.ts), so ten already make several printed pages; beyond that a board stops reading.
 */
export const MAX_CHART_MEASURES = 10;

/**
 * A chart of target against actual needs at least two points; the report leaves out a measure with
 * fewer (build-report-model.ts), so the pane does not offer one.
 */
export const MIN_CHART_POINTS = 2;
