/**
 * Seeds of the layout generator (test/support/layout-generator.ts) on which detection once failed,
 * kept so each is checked on its own from now on (docs/HISTORY.md#issue-10: "Failing seeds are kept as regression
 * cases").
 *
 * To add one: run `LAYOUT_SEED=<n> npx jest test/core/parse/generated-layouts.test.ts` to see what
 * went wrong, fix detection in general (never for that one layout), then add the seed here with a few
 * words on what it caught. A seed means nothing if the generator changes what it draws, so a change to
 * the generator should re-run these and re-pick any seed that no longer shows its layout.
 */
export const LAYOUT_REGRESSIONS: readonly { seed: number; caught: string }[] = [
  { seed: 1, caught: "single-cell section rows inside the table gave no group" },
  { seed: 2, caught: "a section row directly under a two-row header ended the table: no actions" },
  { seed: 17, caught: "month headings typed as dates were not read as periods" },
  {
    seed: 35,
    caught: "a heading merged down from the row above (RAG over a two-row header) was lost",
  },
  {
    seed: 86,
    caught: "snake_case headings and a per-row group column merged down from the banner row",
  },
  {
    seed: 95,
    caught: "Delivery Confidence words in a status column under a merged two-row header",
  },
  { seed: 151, caught: "'Notes' took the progress column from 'Update'" },
  { seed: 170, caught: "Tgt/Act under dated months in a two-row measures header" },
  { seed: 205, caught: "'Notes' beat 'Progress'; END and 'Add rows above' read as actions" },
  { seed: 244, caught: "a banner row over the real header was taken as the header" },
  { seed: 9, caught: "a titled row after a blank row was read as the tail of the row above" },
  { seed: 29, caught: "'Progress notes (this month)' was not read as the progress column" },
  { seed: 48, caught: "'stat_neighbour' was not read as the comparator column" },
  { seed: 92, caught: "the first row under a section heading was read as a continuation" },
  { seed: 207, caught: "a row with its own group cell and % complete was read as a continuation" },
  { seed: 853, caught: "'Progress (this month)' was read as a period column" },
];
