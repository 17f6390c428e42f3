import { addressOf } from "../core/model/address";
import type { RagResult, Rollup } from "../core/rag/rate-plan";
import { RAG_LEVELS } from "../core/model/rag-level";
import { formatDate } from "../core/rag/format-date";
import type { LevelSet } from "../core/rag/level-presets";
import { reconcile } from "../core/rag/reconcile";

const rollupJson = (rollup: Rollup) => ({
  counts: rollup.counts,
  percent: rollup.percent,
  score: rollup.score,
});

/** The JSON contract of `rag --json` (docs/HISTORY.md#issue-3): dates as YYYY-MM-DD or null, worksheet rows, A1 cells. */
export const ragJson = (result: RagResult): string =>
  JSON.stringify(
    {
      asOf: result.asOf,
      actions: result.actions.map(({ action, rating }) => ({
        sheet: action.sheet,
        row: action.row,
        ref: action.ref ?? action.key,
        title: action.title,
        group: action.group,
        due: action.timescale.due,
        status: rating.manualLevel,
        // The owner's own word ("Amber/Red", "Not started"): a level alone loses it.
        statusLabel: rating.manualLabel ?? null,
        level: rating.level,
        reason: rating.reason,
        flags: rating.flags,
      })),
      measures: result.measures.map((rated) => {
        const { measure, period, polarity, rating, direction, polaritySuggested } = rated;
        return {
          sheet: measure.sheet,
          row: measure.row,
          name: measure.name,
          group: measure.group,
          period: period?.label ?? null,
          cell: addressOf(period?.actualCell) ?? null,
          target: period?.target?.value ?? null,
          actual: period?.actual?.value ?? null,
          unit: period?.actual?.percent || period?.target?.percent ? "%" : null,
          polarity,
          // "suggested" until the team confirms it: a script must not take Plan Tracker's guess for the council's rule.
          polaritySource:
            polaritySuggested !== undefined
              ? "suggested"
              : polarity === null
                ? null
                : measure.polaritySource === "workbook"
                  ? "workbook"
                  : "mapping",
          polarityReason: polaritySuggested ?? null,
          level: rating.level,
          state: rating.state,
          reason: rating.reason,
          direction: direction.direction,
          // Every rated period, oldest first: the trend a chart draws (target and actual in the measure's unit).
          periods: rated.periods,
        };
      }),
      groups: result.groups.map((group) => ({
        name: group.name,
        ...rollupJson(group),
        measureCounts: group.measureCounts,
      })),
      overall: { ...rollupJson(result.overall), measureCounts: result.overall.measureCounts },
      scorePeriods: result.scorePeriods,
      // Owners' ratings against Plan Tracker's (docs/HISTORY.md#issue-11-2): counts and each disagreement in one line.
      reconciliation: reconcile(result),
    },
    null,
    2
  );

const pad = (text: string, width: number): string =>
  text.length >= width ? text : text + " ".repeat(width - text.length);

const GROUP_WIDTH = 32;
const COUNT_WIDTH = 11;

/** A group's name cut to the column, with an ellipsis so a cut name is seen to be cut. */
const groupName = (name: string): string =>
  name.length < GROUP_WIDTH ? name : `${name.slice(0, GROUP_WIDTH - 2)}…`;

/** The roll-up and the exceptions, for a person at a terminal. */
export const ragText = (result: RagResult, levels: LevelSet, file: string): string => {
  // Glyphs head the columns and a key line names them, so the table fits a terminal; a level no
  // action is at is left out, as the board report does.
  const shown = RAG_LEVELS.filter((level) => result.overall.counts[level] > 0);
  const columns = shown.length > 0 ? shown : RAG_LEVELS.slice(0, 1);
  const header = columns.map((level) => pad(levels[level].glyph, COUNT_WIDTH)).join(" ");
  const key = columns.map((level) => `${levels[level].glyph} ${levels[level].label}`).join(" · ");
  const lines = [
    `${file}: ratings as of ${formatDate(result.asOf)}`,
    "",
    `${pad("Group", GROUP_WIDTH)} ${header}${result.overall.score ? " Previous → Current" : ""}`.trimEnd(),
  ];
  for (const rollup of [...result.groups, result.overall]) {
    const counts = columns
      .map((level) => pad(`${rollup.counts[level]} (${rollup.percent[level]}%)`, COUNT_WIDTH))
      .join(" ");
    const score = rollup.score
      ? ` ${rollup.score.previous ?? "–"} → ${rollup.score.current ?? "–"}`
      : "";
    lines.push(`${pad(groupName(rollup.name), GROUP_WIDTH)} ${counts}${score}`.trimEnd());
  }
  lines.push(`Key: ${key}`);
  const { exceptions } = result;
  if (exceptions.redActions.length > 0) {
    lines.push("", `Red actions (${exceptions.redActions.length}):`);
    for (const { action, rating } of exceptions.redActions)
      lines.push(
        `  ${action.sheet}!${addressOf(action.cells.title) ?? `A${action.row}`}  ${action.ref ?? action.key}  ${action.owners.join("; ") || "no owner"}: ${rating.reason}`
      );
  }
  if (exceptions.redMeasures.length + exceptions.worseningMeasures.length > 0) {
    lines.push("", "Measures off target:");
    for (const { measure, rating, direction } of [
      ...exceptions.redMeasures,
      ...exceptions.worseningMeasures.filter((m) => m.rating.level !== "red"),
    ])
      lines.push(
        `  ${measure.sheet}!${addressOf(measure.cells.name) ?? ""}  ${measure.name}: ${rating.reason}; ${direction.direction}`
      );
  }
  const reconciliation = reconcile(result);
  if (reconciliation.compared > 0) {
    lines.push(
      "",
      `Owners and dates disagree (${reconciliation.disagreements.length}); ${reconciliation.summary}:`
    );
    for (const d of reconciliation.disagreements)
      lines.push(`  ${d.sheet}!${d.cell}  ${d.ref}  ${d.line}`);
  }
  const suggested = result.measures.filter(
    (m) => m.polaritySuggested !== undefined && m.rating.state === "rated"
  ).length;
  if (suggested > 0)
    lines.push(
      "",
      `${suggested} ${suggested === 1 ? "measure is" : "measures are"} rated by a suggested polarity (see each reason); plan-tracker detect --json --accept-suggestions confirms them into the mapping.`
    );
  return lines.join("\n");
};
