import { connect } from "../../../src/taskpane/worker/rpc/connect";
import type { Caller, Procedure } from "../../../src/taskpane/worker/rpc/procedure";
import { RemoteFailure } from "../../../src/taskpane/worker/rpc/procedure";
import { channel, type Channel } from "./channel";

/** What the test's "worker" serves. */
interface Served {
  double: Procedure<number, number>;
  count: Procedure<{ to: number }, string, number>;
  hold: Procedure<{ name: string }, string>;
  fail: Procedure<undefined, number>;
  leakFunction: Procedure<undefined, { call: () => number }>;
  askBack: Procedure<{ text: string }, string>;
}

/** What the test's "page" serves back. */
interface Page {
  shout: Procedure<string, string>;
}

type Nothing = Record<never, Procedure<unknown, unknown, unknown>>;

let open: Channel[] = [];
const pair = () => {
  const made = channel();
  open.push(made);
  return made;
};
afterEach(() => {
  open.forEach((made) => made.close());
  open = [];
  jest.restoreAllMocks();
});

const served = (ports: Channel, held: Map<string, (value: string) => void> = new Map()) => {
  const back: Caller<Page> = connect<Served, Page>(ports.worker, {
    double: async (n) => n * 2,
    count: async ({ to }, report) => {
      for (let i = 1; i <= to; i += 1) report(i);
      return `counted to ${to}`;
    },
    hold: ({ name }) => new Promise((resolve) => held.set(name, resolve)),
    fail: async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'values')");
    },
    leakFunction: async () => ({ call: () => 1 }),
    askBack: async ({ text }) => `worker heard ${await back.call("shout", text)}`,
  });
  return back;
};

describe("the engine's RPC over a real MessageChannel", () => {
  it("answers a call with the handler's value", async () => {
    const ports = pair();
    served(ports);
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text.toUpperCase() });
    await expect(worker.call("double", 21)).resolves.toBe(42);
  });

  it("delivers progress in order, before the answer", async () => {
    const ports = pair();
    served(ports);
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    const seen: Array<number | string> = [];
    const answer = await worker.call("count", { to: 4 }, (n) => seen.push(n));
    seen.push(answer);
    expect(seen).toEqual([1, 2, 3, 4, "counted to 4"]);
  });

  it("matches overlapping calls to their answers by number, whatever order they finish in", async () => {
    const ports = pair();
    const held = new Map<string, (value: string) => void>();
    served(ports, held);
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    const first = worker.call("hold", { name: "first" });
    const second = worker.call("hold", { name: "second" });
    const third = worker.call("double", 5);
    await expect(third).resolves.toBe(10);
    while (held.size < 2) await new Promise((resolve) => setTimeout(resolve, 1));
    held.get("second")?.("second's answer");
    held.get("first")?.("first's answer");
    await expect(Promise.all([first, second])).resolves.toEqual([
      "first's answer",
      "second's answer",
    ]);
  });

  it("lets the serving side call back while it works (the worker reading through the page's gateway)", async () => {
    const ports = pair();
    served(ports);
    const shouted: string[] = [];
    const worker = connect<Page, Served>(ports.page, {
      shout: async (text) => {
        shouted.push(text);
        return `${text.toUpperCase()}!`;
      },
    });
    await expect(worker.call("askBack", { text: "read" })).resolves.toBe("worker heard READ!");
    expect(shouted).toEqual(["read"]);
  });

  it("turns a throw on the other side into RemoteFailure, with no message or stack crossing", async () => {
    const logged = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const ports = pair();
    served(ports);
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    const failure = await worker.call("fail", undefined).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(RemoteFailure);
    expect(String(failure)).not.toMatch(/TypeError|reading 'values'/);
    // The reason stays on the side that failed, in its own console.
    expect(logged).toHaveBeenCalledWith("Plan Tracker: 'fail' failed", expect.any(TypeError));
  });

  it("fails a call whose answer cannot be copied across (a function), as the browser would", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const ports = pair();
    served(ports);
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    await expect(worker.call("leakFunction", undefined)).rejects.toBeInstanceOf(RemoteFailure);
    // The channel still works afterwards.
    await expect(worker.call("double", 1)).resolves.toBe(2);
  });

  it("fails a call the other side does not serve", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const ports = pair();
    connect<Nothing, Nothing>(ports.worker, {});
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    await expect(worker.call("double", 1)).rejects.toBeInstanceOf(RemoteFailure);
  });

  it("close() fails every call still waiting with the reason given, and stops listening", async () => {
    const ports = pair();
    served(ports);
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    const waiting = worker.call("hold", { name: "never answered" });
    const gone = new Error("the worker has gone");
    worker.close(gone);
    await expect(waiting).rejects.toBe(gone);
  });

  it("ignores messages that are not its own", async () => {
    const ports = pair();
    served(ports);
    ports.page.postMessage({ type: "webpackHotUpdate" });
    ports.page.postMessage("hello");
    ports.page.postMessage({ rpc: "reply", id: 99, ok: true, value: 1 });
    const worker = connect<Page, Served>(ports.page, { shout: async (text) => text });
    await expect(worker.call("double", 4)).resolves.toBe(8);
  });
});
