import type { RatedAction, RatedMetric } from "../rag/rate-plan";
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

const metricBullet = ({ metric, period, direction, rating }: RatedMetric): NarrativeBullet => ({
  text: `${metric.name}: ${period?.actual ? `${period.actual.value}${period.actual.percent ? "%" : ""}` : "no value"} in ${period?.label ?? "the latest period"}, ${direction.direction === "n/a" ? rating.reason : direction.direction}`,
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

/**
 * "Working well" and "Priority action areas" per group, drafted from the plan's own progress text:
 * completed and on-track actions and improving measures on target; red and amber actions and measures getting
 * worse (docs/REPORT.md#contents point 8). Every bullet keeps its owner and date.
 */
export const draftNarrative = (
  groups: string[],
  actions: readonly RatedAction[],
  metrics: readonly RatedMetric[]
): GroupNarrative[] =>
  groups.map((group) => {
    const mine = actions.filter((a) => a.action.group === group);
    const measures = metrics.filter((m) => m.metric.group === group);
    const workingWell = bulletList();
    workingWell.add(
      mine.filter(
        (a) => ["blue", "done", "green"].includes(a.rating.level) && a.action.progress.trim() !== ""
      ),
      (a) => actionBullet(a, "")
    );
    // Only measures at or better than target: a red measure that is improving is still off target.
    workingWell.add(
      measures.filter((m) => m.direction.direction === "improving" && m.rating.level === "green"),
      metricBullet
    );
    const priorityAreas = bulletList();
    priorityAreas.add(
      mine.filter((a) => a.rating.level === "red"),
      (a) => actionBullet(a, a.rating.reason)
    );
    priorityAreas.add(
      mine.filter((a) => a.rating.level === "amber"),
      (a) => actionBullet(a, a.rating.reason)
    );
    priorityAreas.add(
      measures.filter(
        (m) =>
          (m.rating.level === "red" || m.rating.level === "amber") &&
          m.direction.direction === "worsening"
      ),
      metricBullet
    );
    return { group, workingWell: workingWell.bullets, priorityAreas: priorityAreas.bullets };
  });
