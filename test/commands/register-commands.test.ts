/** @jest-environment node */
import type { CommandHandler, OfficeCommandsLike } from "../../src/commands/register-commands";
import { registerCommands } from "../../src/commands/register-commands";

const fakeOffice = () => {
  const associated = new Map<string, CommandHandler>();
  let ready = false;
  const office: OfficeCommandsLike = {
    onReady: async () => {
      ready = true;
    },
    actions: {
      associate: (name, handler) => {
        if (!ready) throw new Error("associate before onReady");
        associated.set(name, handler);
      },
    },
  };
  return { office, associated };
};

describe("registerCommands", () => {
  it("does nothing when office.js is absent", async () => {
    await expect(registerCommands(undefined, { x: () => undefined })).resolves.toEqual([]);
  });

  it("associates each handler by its manifest FunctionName after Office is ready", async () => {
    const { office, associated } = fakeOffice();
    const calls: string[] = [];
    const names = await registerCommands(office, {
      refresh: (event) => {
        calls.push("refresh");
        event.completed();
      },
    });
    expect(names).toEqual(["refresh"]);
    const completed = jest.fn();
    await associated.get("refresh")?.({ completed });
    expect(calls).toEqual(["refresh"]);
    expect(completed).toHaveBeenCalledTimes(1);
  });

  it("still completes the event when a handler throws, so Excel's button does not hang", async () => {
    const { office, associated } = fakeOffice();
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await registerCommands(office, {
      broken: () => {
        throw new Error("boom");
      },
    });
    const completed = jest.fn();
    await associated.get("broken")?.({ completed });
    expect(completed).toHaveBeenCalledTimes(1);
    spy.mockRestore();
  });
});
