import type { Action } from "../model/action";
import { ownerBaseName, sameOwnerVariant } from "../parse/owner-variant";
import { parseOwners } from "../parse/parse-owners";
import type { PlanModel } from "../parse/plan-model";

/**
 * One person (or post) as the plan names them, however many ways it writes them: "S Murphy" and
 * "Sheila Murphy" are one person (docs/RULES.md rule 23), shown by the fullest form.
 */
export interface PlanPerson {
  name: string;
  /** Every way the plan writes them, as compared (bracketed notes taken off). */
  variants: string[];
  /** Actions they own or are the responsible officer for. */
  actions: number;
  /** Groups they lead ("Lead: Ann James"): a lead sees every action in them. */
  leads: string[];
}

/** The name as compared: bracketed notes and a stray full stop or comma at the end taken off ("Rob England."). */
const baseName = (name: string): string =>
  ownerBaseName(name)
    .replace(/[.,;:]+$/, "")
    .trim();

const tidy = (name: string): string => baseName(name).toLowerCase();

/** The names on an action: its owners and its responsible officer, if the plan has that column. */
export const namesOnAction = (action: Action): string[] => {
  const officer = action.cells.responsibleOfficer;
  const officers = officer ? parseOwners(officer.value).owners : [];
  return [...action.owners, ...officers];
};

/** Owners still to be confirmed ("TBC", "?") are nobody to pick. */
const isPickable = (name: string): boolean => {
  const reading = parseOwners(name);
  return reading.placeholders.length === 0 && baseName(name) !== "";
};

/**
 * The people Plan Tracker found: every owner, responsible officer and group lead, variants merged,
 * in alphabetical order. Each distinct name is compared once, not once per action.
 */
export const peopleOf = (model: PlanModel): PlanPerson[] => {
  const people: PlanPerson[] = [];
  const byVariant = new Map<string, PlanPerson>();
  const personFor = (raw: string): PlanPerson | null => {
    const base = baseName(raw);
    const key = base.toLowerCase();
    const known = byVariant.get(key);
    if (known) return known;
    if (!isPickable(raw)) return null;
    let person = people.find((candidate) =>
      candidate.variants.some((variant) => sameOwnerVariant(variant, base))
    );
    if (person) person.variants.push(base);
    else {
      person = { name: base, variants: [base], actions: 0, leads: [] };
      people.push(person);
    }
    if (base.length > person.name.length) person.name = base;
    byVariant.set(key, person);
    return person;
  };
  for (const action of model.actions) {
    if (action.placeholder) continue;
    const counted = new Set<PlanPerson>();
    for (const name of namesOnAction(action)) {
      const person = personFor(name);
      if (person) counted.add(person);
    }
    for (const person of counted) person.actions += 1;
  }
  for (const group of model.groups)
    if (group.lead)
      for (const name of parseOwners(group.lead).owners) {
        const person = personFor(name);
        if (person && !person.leads.includes(group.label)) person.leads.push(group.label);
      }
  return people.sort((a, b) => a.name.localeCompare(b.name, "en-GB"));
};

/** The person a remembered name stands for, if the plan still names them (in any of their forms). */
export const findPerson = (people: readonly PlanPerson[], name: string): PlanPerson | null => {
  const key = tidy(name);
  return (
    people.find((person) => person.variants.some((variant) => variant.toLowerCase() === key)) ??
    people.find((person) => person.variants.some((variant) => sameOwnerVariant(variant, name))) ??
    null
  );
};

/** Whether the action names this person as owner or responsible officer. */
export const namesPerson = (action: Action, person: PlanPerson): boolean => {
  const variants = new Set(person.variants.map((variant) => variant.toLowerCase()));
  return namesOnAction(action).some((name) => variants.has(tidy(name)));
};
