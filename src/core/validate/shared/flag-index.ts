import type { Action } from "../../model/action";

/**
 * The entries of the actions raising each flag, worked out in one pass: the owner and timescale rules
 * (a dozen of them) each ask for one flag, and scanning every action per rule was a plan-size cost
 * paid a dozen times. `flagsOf` gives an action's flags, or null to leave it out; `entryOf` makes its
 * entry, only for an action that raises a flag (most raise none, and get no object).
 */
export const indexByFlag = <Flag, Entry>(
  actions: readonly Action[],
  flagsOf: (action: Action) => readonly Flag[] | null,
  entryOf: (action: Action) => Entry
): Map<Flag, Entry[]> => {
  const byFlag = new Map<Flag, Entry[]>();
  for (let a = 0; a < actions.length; a += 1) {
    const action = actions[a];
    const flags = flagsOf(action);
    if (flags === null || flags.length === 0) continue;
    const entry = entryOf(action);
    for (let i = 0; i < flags.length; i += 1) {
      if (flags.indexOf(flags[i]) !== i) continue; // a flag written twice is still one issue
      const list = byFlag.get(flags[i]);
      if (list) list.push(entry);
      else byFlag.set(flags[i], [entry]);
    }
  }
  return byFlag;
};
