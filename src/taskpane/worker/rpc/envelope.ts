/**
 * What crosses the channel. Each side numbers its own calls; a reply or progress message carries the
 * number of the call it answers, and travels the other way, so the two sides' numbers never mix.
 * A failure carries no detail: the side that failed logs it there, and the caller says one plain
 * sentence (never a stack trace in the pane).
 */
export type Envelope =
  | { rpc: "call"; id: number; kind: string; payload: unknown }
  | { rpc: "progress"; id: number; progress: unknown }
  | { rpc: "reply"; id: number; ok: true; value: unknown }
  | { rpc: "reply"; id: number; ok: false };

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null;

/** Anything else on the channel (a dev server's messages, a stray postMessage) is not ours and is ignored. */
export const isEnvelope = (value: unknown): value is Envelope => {
  if (!isRecord(value) || typeof value.id !== "number") return false;
  switch (value.rpc) {
    case "call":
      return typeof value.kind === "string" && "payload" in value;
    case "progress":
      return "progress" in value;
    case "reply":
      return value.ok === false || (value.ok === true && "value" in value);
    default:
      return false;
  }
};
