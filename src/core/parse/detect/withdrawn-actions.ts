import type { Action } from "../../model/action";

/**
 * An action whose status says it was cancelled, withdrawn, superseded or merged is no longer work
 * to rate: it is kept as a placeholder, as a tombstone row is, so it is pointed at but left out of
 * counts and ratings (neither complete nor overdue for ever).
 */
export const markWithdrawn = (action: Action): Action => {
  if (action.status?.standing === "withdrawn") action.placeholder = true;
  return action;
};
