import type { listMyActions, loadUpdateForm, updateMyAction } from "./my-actions-engine";

type Without<T> = T extends (gateway: never, request: infer R) => infer A ? (request: R) => A : never;

/** My actions' engine operations as the view calls them: the gateway already bound (in the worker, or in the pane). */
export interface MyActionsEngine {
  listMyActions: Without<typeof listMyActions>;
  loadUpdateForm: Without<typeof loadUpdateForm>;
  updateMyAction: Without<typeof updateMyAction>;
}
