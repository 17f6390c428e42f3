import { ownerBaseName, rememberedPerText } from "../../parse/owner-variant";
import { sameOwnerVariant } from "../../parse/parse-owners";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { who } from "../shared/timescale-flag-rule";

// Comparing every pair is quadratic; past this many distinct names the rule stays silent rather than slow.
const MAX_NAMES = 2_000;

/** docs/RULES.md rule 23: one person written two ways ("S Murphy" / "Sheila Murphy") splits their actions. */
export const ownerVariant: ValidationRule = {
  code: "owner-variant",
  severity: "warning",
  title: "One person written two ways",
  check: ({ model }) => {
    const baseOf = rememberedPerText(ownerBaseName);
    const uses = new Map<string, number>();
    for (let i = 0; i < model.actions.length; i += 1) {
      const owners = model.actions[i].owners;
      for (let o = 0; o < owners.length; o += 1) {
        const base = baseOf(owners[o]);
        uses.set(base, (uses.get(base) ?? 0) + 1);
      }
    }
    const names = [...uses.keys()];
    if (names.length > MAX_NAMES) return [];
    // The spelling used more often is taken as the right one; the rarer one is reported.
    const rarer = new Map<string, string>();
    for (let i = 0; i < names.length; i += 1)
      for (let j = i + 1; j < names.length; j += 1)
        if (sameOwnerVariant(names[i], names[j])) {
          const [common, rare] =
            (uses.get(names[i]) ?? 0) >= (uses.get(names[j]) ?? 0)
              ? [names[i], names[j]]
              : [names[j], names[i]];
          if (!rarer.has(rare)) rarer.set(rare, common);
        }
    const issues: Issue[] = [];
    if (rarer.size === 0) return issues;
    for (let i = 0; i < model.actions.length; i += 1) {
      const action = model.actions[i];
      const cell = action.cells.owner;
      if (!cell) continue;
      for (const owner of action.owners) {
        const common = rarer.get(baseOf(owner));
        if (common)
          issues.push(
            issueAt(
              "owner-variant",
              "warning",
              cell,
              "owner",
              `${who(action)} is owned by "${owner}", which looks like "${common}" written another way. Use one spelling so their actions count together.`
            )
          );
      }
    }
    return issues;
  },
};
