/**
 * What the RPC needs of one end of a channel: a Worker seen from the page, the worker's own global
 * scope, or one port of a MessageChannel (Node's too, which is how jest tests it: jsdom has no Worker).
 */
export interface MessageEndpoint {
  /** `transfer` moves what cannot be copied (a MessagePort) to the other side. */
  postMessage(message: unknown, options?: { transfer?: Transferable[] }): void;
  addEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: "message", listener: (event: { data: unknown }) => void): void;
  /** A MessagePort delivers nothing until started; a Worker and a worker's scope have no start(). */
  start?(): void;
}
