import type { Action } from "../../model/action";

/**
 * The entries of the actions raising each flag, worked out in one pass: the owner and timescale rules
 * (a dozen of them) each ask for one flag, and scanning every action per rule was a plan-size cost
 * paid a dozen times. `read` gives an action's flags and its entry, or null to leave it out.
 */
export const indexByFlag = <Flag, Entry>(
  actions: readonly Action[],
  read: (action: Action) => { flags: readonly Flag[]; entry: Entry } | null
): Map<Flag, Entry[]> => {
  const byFlag = new Map<Flag, Entry[]>();
  for (const action of actions) {
    const found = read(action);
    if (!found) continue;
    const { flags, entry } = found;
    for (let i = 0; i < flags.length; i += 1) {
      if (flags.indexOf(flags[i]) !== i) continue; // a flag written twice is still one issue
      const list = byFlag.get(flags[i]);
      if (list) list.push(entry);
      else byFlag.set(flags[i], [entry]);
    }
  }
  return byFlag;
};
