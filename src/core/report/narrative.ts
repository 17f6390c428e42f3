import type { RatedAction, RatedMeasure } from "../rag/rate-plan";
import type { GroupNarrative, NarrativeBullet } from "./report-model";

// A board paper lists a few bullets per ambition; the lead edits them (docs/REPORT.md#hand-made, Director's report).
const MAX_BULLETS = 5;
const MAX_CHARS = 220;

/** The first sentence of a progress note, as a bullet: plain, short, and the lead's to edit. */
export const firstSentence = (text: string): string => {
  const flat = text.replace(/\s+/g, " ").trim();
  const end = flat.search(/[.!?](\s|$)/);
  const sentence = end > 20 ? flat.slice(0, end + 1) : flat;
  return sentence.length > MAX_CHARS ? `${sentence.slice(0, MAX_CHARS - 1)}…` : sentence;
};

const actionBullet = ({ action, rating }: RatedAction, fallback: string): NarrativeBullet => ({
  text: `${action.ref ? `${action.ref} ` : ""}${firstSentence(action.progress.trim() !== "" ? action.progress : `${action.title} – ${fallback || rating.reason}`)}`,
  owner: action.owners.join("; "),
  date: action.timescale.due,
});

const measureBullet = ({ measure, period, direction, rating }: RatedMeasure): NarrativeBullet => ({
  text: `${measure.name}: ${period?.actual ? `${period.actual.value}${period.actual.percent ? "%" : ""}` : "no value"} in ${period?.label ?? "the latest period"}, ${direction.direction === "n/a" ? rating.reason : direction.direction}`,
  owner: "",
  date: null,
});

/** Bullets from several sources in turn, stopping at MAX_BULLETS: only those are written, not one per action. */
const bulletList = () => {
  const bullets: NarrativeBullet[] = [];
  const add = <T>(items: readonly T[], bullet: (item: T) => NarrativeBullet) => {
    for (const item of items) {
      if (bullets.length >= MAX_BULLETS) return;
      bullets.push(bullet(item));
    }
  };
  return { bullets, add };
};

/** What one group's bullets are drawn from: at most MAX_BULLETS of each kind, in plan order. */
interface Candidates {
  done: RatedAction[];
  red: RatedAction[];
  amber: RatedAction[];
  improving: RatedMeasure[];
  worsening: RatedMeasure[];
}

const keep = <T>(list: T[], item: T): void => {
  if (list.length < MAX_BULLETS) list.push(item);
};

/** Gathers each group's narrative as a pass over the plan meets its actions and measures. */
export interface NarrativeDraft {
  action(rated: RatedAction): void;
  measure(rated: RatedMeasure): void;
  /** The narrative from what was met, in the order of the groups given. */
  draft(): GroupNarrative[];
}

/**
 * "Working well" and "Priority action areas" per group, drafted from the plan's own progress text:
 * completed and on-track actions and improving measures on target; red and amber actions and measures getting
 * worse (docs/REPORT.md#contents point 8). Every bullet keeps its owner and date.
 *
 * Fed by the report's own pass over the actions rather than a filtered copy of them per group and
 * per kind: no list writes more than MAX_BULLETS of a kind, so the first few of each kind met, in
 * plan order, are all it can take (docs/HISTORY.md#issue-6).
 */
export const narrativeDraft = (groups: string[]): NarrativeDraft => {
  const byGroup = new Map<string, Candidates>();
  for (const group of groups)
    if (!byGroup.has(group))
      byGroup.set(group, { done: [], red: [], amber: [], improving: [], worsening: [] });
  return {
    action(rated) {
      const mine = byGroup.get(rated.action.group);
      if (mine === undefined) return;
      const level = rated.rating.level;
      if (level === "red") keep(mine.red, rated);
      else if (level === "amber") keep(mine.amber, rated);
      else if (
        (level === "blue" || level === "done" || level === "green") &&
        mine.done.length < MAX_BULLETS &&
        rated.action.progress.trim() !== ""
      )
        mine.done.push(rated);
    },
    measure(rated) {
      const mine = byGroup.get(rated.measure.group);
      if (mine === undefined) return;
      const level = rated.rating.level;
      const direction = rated.direction.direction;
      // Only measures at or better than target: a red measure that is improving is still off target.
      if (direction === "improving" && level === "green") keep(mine.improving, rated);
      if ((level === "red" || level === "amber") && direction === "worsening")
        keep(mine.worsening, rated);
    },
    draft: () =>
      groups.map((group) => {
        const mine = byGroup.get(group)!;
        const workingWell = bulletList();
        workingWell.add(mine.done, (a) => actionBullet(a, ""));
        workingWell.add(mine.improving, measureBullet);
        const priorityAreas = bulletList();
        priorityAreas.add(mine.red, (a) => actionBullet(a, a.rating.reason));
        priorityAreas.add(mine.amber, (a) => actionBullet(a, a.rating.reason));
        priorityAreas.add(mine.worsening, measureBullet);
        return { group, workingWell: workingWell.bullets, priorityAreas: priorityAreas.bullets };
      }),
  };
};
