import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { REF_PATTERN } from "../shared/refs";

// A sibling of plain numbered refs (52, 53) has no prefix: "52", never ".52" (docs/HISTORY.md#issue-11).
const siblingRef = (prefix: string, n: number): string =>
  prefix === "" ? String(n) : `${prefix}.${n}`;

/**
 * docs/RULES.md rule 10: a gap in the numbering (1.9 then 1.11) not explained by the completed table or
 * a tombstone, so an action may have been deleted without trace.
 */
export const refGap: ValidationRule = {
  code: "ref-gap",
  severity: "warning",
  title: "Gap in the action numbering",
  check: ({ model }) => {
    const issues: Issue[] = [];
    const known = new Set(model.actions.map((a) => a.ref).filter((r): r is string => r !== null));
    const live = model.actions.filter(
      (a) => a.ref && REF_PATTERN.test(a.ref) && a.cells.ref && !a.completedTable
    );
    const byPrefix = new Map<string, typeof live>();
    for (const action of live) {
      const ref = action.ref!;
      const prefix = ref.slice(0, Math.max(0, ref.lastIndexOf(".")));
      const siblings = byPrefix.get(prefix);
      if (siblings) siblings.push(action);
      else byPrefix.set(prefix, [action]);
    }
    for (const [prefix, actions] of byPrefix) {
      // Siblings share their prefix, so their Refs differ only in the last part: each is numbered by
      // that once and sorted by it (stable, so ties keep the plan's order as before).
      const numbered = actions.map((action) => ({
        action,
        last: Number(action.ref!.slice(action.ref!.lastIndexOf(".") + 1)),
      }));
      numbered.sort((a, b) => a.last - b.last);
      const sorted = numbered.map((n) => n.action);
      for (let i = 1; i < sorted.length; i += 1) {
        const before = numbered[i - 1].last;
        const after = numbered[i].last;
        const missing: string[] = [];
        for (let n = before + 1; n < after; n += 1)
          if (!known.has(siblingRef(prefix, n))) missing.push(siblingRef(prefix, n));
        if (missing.length === 0) continue;
        issues.push(
          issueAt(
            "ref-gap",
            "warning",
            sorted[i].cells.ref!,
            "ref",
            `${missing.length === 1 ? `Ref ${missing[0]} is` : `Refs ${missing.join(", ")} are`} missing between ${sorted[i - 1].ref} and ${sorted[i].ref}, and not in the completed table. Record where ${missing.length === 1 ? "it" : "they"} went (a completed row or a "moved to" note).`
          )
        );
      }
    }
    return issues;
  },
};
