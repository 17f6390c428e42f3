import type { Action } from "../../model/action";
import type { Issue } from "../issue";
import { issueAt, type ValidationRule } from "../rule";
import { isNumberedRef, refsOf } from "../shared/refs";

// A sibling of plain numbered refs (52, 53) has no prefix: "52", never ".52" (docs/HISTORY.md#issue-11).
const siblingRef = (prefix: string, n: number): string =>
  prefix === "" ? String(n) : `${prefix}.${n}`;

/** The actions numbered under one prefix ("1." of 1.1, 1.2…), each with its last part as a number. */
interface Siblings {
  actions: Action[];
  last: number[];
}

// The last part of a numbered Ref as a number, as Number() reads it; added up digit by digit where
// that is exact (fifteen digits or fewer), without cutting a string for each Ref.
const lastPart = (ref: string, dot: number): number => {
  if (ref.length - dot - 1 > 15) return Number(ref.slice(dot + 1));
  let n = 0;
  for (let i = dot + 1; i < ref.length; i += 1) n = n * 10 + (ref.charCodeAt(i) - 48);
  return n;
};

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
    const byPrefix = new Map<string, Siblings>();
    // Siblings share their prefix, so their Refs differ only in the last part. Most come one after
    // another under the same prefix: that prefix is kept at hand rather than cut from each Ref.
    let prefix: string | null = null;
    let siblings: Siblings = { actions: [], last: [] };
    for (let i = 0; i < model.actions.length; i += 1) {
      const action = model.actions[i];
      const ref = action.ref;
      if (!ref || !isNumberedRef(ref) || !action.cells.ref || action.completedTable) continue;
      const dot = ref.lastIndexOf(".");
      const length = Math.max(0, dot);
      if (prefix === null || length !== prefix.length || !ref.startsWith(prefix)) {
        prefix = ref.slice(0, length);
        const known = byPrefix.get(prefix);
        if (known) siblings = known;
        else byPrefix.set(prefix, (siblings = { actions: [], last: [] }));
      }
      siblings.actions.push(action);
      siblings.last.push(lastPart(ref, dot));
    }
    for (const [prefix, { actions, last }] of byPrefix) {
      // Sorted by the last part (stable, so ties keep the plan's order); a plan numbered in order,
      // as most are, is sorted already.
      let sorted = actions;
      let numbers = last;
      if (!last.every((n, i) => i === 0 || last[i - 1] <= n)) {
        const order = actions.map((_, i) => i).sort((a, b) => last[a] - last[b]);
        sorted = order.map((i) => actions[i]);
        numbers = order.map((i) => last[i]);
      }
      for (let i = 1; i < sorted.length; i += 1) {
        const before = numbers[i - 1];
        const after = numbers[i];
        if (after - before <= 1) continue;
        // The known Refs are asked for only at a gap: most plans have none.
        const known = refsOf(model);
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
