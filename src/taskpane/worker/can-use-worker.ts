/**
 * Whether the engines can run in a Worker here. Every Office host the pane supports has one; jest's jsdom
 * has none, and there the engines run in the pane's own thread, from the same modules.
 */
export const canUseWorker = (): boolean => typeof Worker !== "undefined";
