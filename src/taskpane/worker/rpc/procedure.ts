/** One kind of call: what is sent, what comes back, and what the callee reports while it works. */
export interface Procedure<Payload, Result, Progress = never> {
  payload: Payload;
  result: Result;
  progress: Progress;
}

/** A set of calls one side serves, by name. */
export type Protocol<P> = { [K in keyof P]: Procedure<unknown, unknown, unknown> };

/** How one side serves each call of its protocol; `report` sends progress to the caller. */
export type Handlers<P extends Protocol<P>> = {
  [K in keyof P]: (
    payload: P[K]["payload"],
    report: (progress: P[K]["progress"]) => void
  ) => Promise<P[K]["result"]>;
};

/** The other side's calls, as promises. */
export interface Caller<P extends Protocol<P>> {
  /** `transfer` lists what in the payload moves rather than being copied (a MessagePort). */
  call<K extends keyof P & string>(
    kind: K,
    payload: P[K]["payload"],
    onProgress?: (progress: P[K]["progress"]) => void,
    transfer?: Transferable[]
  ): Promise<P[K]["result"]>;
}

/** A call the other side could not answer: it threw (and logged why there), or it does not know the call. */
export class RemoteFailure extends Error {
  constructor(readonly kind: string) {
    super(`The other side of the channel failed to answer '${kind}'.`);
  }
}
