import type { PlanModel } from "../parse/plan-model";

/**
 * Part of the plan for a deep dive or a themed pack (docs/REPORT.md#versions): the actions whose ref,
 * title or group holds the words (say "inspection", or a priority's name), the measures whose name or
 * group does, and the groups left with any. Rated afresh, so every count is the part's own.
 */
export const planSubset = (model: PlanModel, words: string): PlanModel => {
  const wanted = words.trim().toLowerCase();
  const holds = (...texts: (string | null)[]) =>
    texts.some((t) => t !== null && t.toLowerCase().includes(wanted));
  const actions = model.actions.filter((a) => holds(a.ref, a.title, a.group));
  const measures = model.measures.filter((m) => holds(m.name, m.group));
  const kept = new Set([...actions.map((a) => a.group), ...measures.map((m) => m.group)]);
  return { ...model, actions, measures, groups: model.groups.filter((g) => kept.has(g.label)) };
};

export const subsetLabel = (words: string): string =>
  `the actions and measures whose ref, title, name or group holds "${words.trim()}"`;
