import { MessageChannel, type MessagePort } from "node:worker_threads";
import type { MessageEndpoint } from "../../../src/taskpane/worker/rpc/message-endpoint";

/**
 * Two ends of a real MessageChannel (Node's: jsdom has no Worker): every message is copied by the
 * structured clone algorithm exactly as between a page and its worker, so a function or a class in
 * what crosses fails here as it would there.
 */
export interface Channel {
  page: MessageEndpoint;
  worker: MessageEndpoint;
  close(): void;
}

type Listener = (event: { data: unknown }) => void;

/** Node's typings describe a MessagePort's events as plain Events; its 'message' emitter hands over the data itself. */
const endpoint = (port: MessagePort): MessageEndpoint => {
  const attached = new Map<Listener, (data: unknown) => void>();
  return {
    // A port handed over (a direct line between workers) moves to the other side, as in a browser.
    postMessage: (message, options) => port.postMessage(message, options?.transfer as never),
    addEventListener: (_type, listener) => {
      const onMessage = (data: unknown) => listener({ data });
      attached.set(listener, onMessage);
      port.on("message", onMessage);
    },
    removeEventListener: (_type, listener) => {
      const onMessage = attached.get(listener);
      if (onMessage !== undefined) port.off("message", onMessage);
      attached.delete(listener);
    },
  };
};

export const channel = (): Channel => {
  const { port1, port2 } = new MessageChannel();
  return {
    page: endpoint(port1),
    worker: endpoint(port2),
    close: () => {
      port1.close();
      port2.close();
    },
  };
};
