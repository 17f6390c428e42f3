import type { PaneEngines } from "../../engines/operations";

/** My actions' seam to the workbook: the operations it runs (engines/operations.ts), or a stand-in in tests. */
export type MyActionsEngine = Pick<
  PaneEngines,
  "listMyActions" | "loadUpdateForm" | "updateMyAction"
>;

export type LoadMyActionsEngine = () => Promise<MyActionsEngine>;
