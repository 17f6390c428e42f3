import { isEnvelope, type Envelope } from "./envelope";
import type { MessageEndpoint } from "./message-endpoint";
import { RemoteFailure, type Caller, type Handlers, type Protocol } from "./procedure";

export interface Connection<Remote extends Protocol<Remote>> extends Caller<Remote> {
  /** Stop listening and fail every call still waiting with `reason` (the other side has gone). */
  close(reason: Error): void;
}

interface Waiting {
  kind: string;
  resolve(value: unknown): void;
  reject(error: Error): void;
  onProgress?: (progress: unknown) => void;
}

/**
 * Both ends of the engine's channel: serves the calls of `Local` with `handlers`, and calls the other
 * side's `Remote` ones. Calls may overlap; each reply and progress message is matched to its call by
 * number. A handler that throws (or whose answer cannot be copied across) is a failure the caller
 * sees as RemoteFailure; the reason is logged on the side that failed, never sent.
 */
export const connect = <Local extends Protocol<Local>, Remote extends Protocol<Remote>>(
  port: MessageEndpoint,
  handlers: Handlers<Local>
): Connection<Remote> => {
  const waiting = new Map<number, Waiting>();
  let lastId = 0;
  const post = (message: Envelope, transfer?: Transferable[]) =>
    transfer === undefined ? port.postMessage(message) : port.postMessage(message, { transfer });

  const serve = async (id: number, kind: string, payload: unknown) => {
    const handler = Object.prototype.hasOwnProperty.call(handlers, kind)
      ? handlers[kind as keyof Local]
      : undefined;
    if (handler === undefined) {
      console.error(`Plan Tracker: no handler for '${kind}'`);
      post({ rpc: "reply", id, ok: false });
      return;
    }
    try {
      // The payload's type is the protocol's: both ends are built from the same source.
      const value = await handler(payload as never, (progress: unknown) =>
        post({ rpc: "progress", id, progress })
      );
      post({ rpc: "reply", id, ok: true, value });
    } catch (error: unknown) {
      console.error(`Plan Tracker: '${kind}' failed`, error);
      post({ rpc: "reply", id, ok: false });
    }
  };

  const listener = (event: { data: unknown }) => {
    const message = event.data;
    if (!isEnvelope(message)) return;
    if (message.rpc === "call") {
      void serve(message.id, message.kind, message.payload);
      return;
    }
    const call = waiting.get(message.id);
    if (call === undefined) return;
    if (message.rpc === "progress") {
      call.onProgress?.(message.progress);
      return;
    }
    waiting.delete(message.id);
    if (message.ok) call.resolve(message.value);
    else call.reject(new RemoteFailure(call.kind));
  };
  port.addEventListener("message", listener);
  port.start?.();

  return {
    call: <K extends keyof Remote & string>(
      kind: K,
      payload: Remote[K]["payload"],
      onProgress?: (progress: Remote[K]["progress"]) => void,
      transfer?: Transferable[]
    ) =>
      new Promise<Remote[K]["result"]>((resolve, reject) => {
        const id = ++lastId;
        waiting.set(id, {
          kind,
          // The reply answers this call's kind, so its value is this call's result type.
          resolve: (value) => resolve(value as Remote[K]["result"]),
          reject,
          ...(onProgress === undefined
            ? {}
            : { onProgress: (progress: unknown) => onProgress(progress as Remote[K]["progress"]) }),
        });
        try {
          post({ rpc: "call", id, kind, payload }, transfer);
        } catch (error: unknown) {
          // The payload could not be copied across (a bug): fail this call, not the channel.
          waiting.delete(id);
          reject(error instanceof Error ? error : new RemoteFailure(kind));
        }
      }),
    close: (reason) => {
      port.removeEventListener("message", listener);
      const stranded = [...waiting.values()];
      waiting.clear();
      stranded.forEach((call) => call.reject(reason));
    },
  };
};
