/** @jest-environment node */
import type { OfficeLike } from "../../../src/taskpane/host/detect-host";
import { detectHost } from "../../../src/taskpane/host/detect-host";

const office = (onReady: () => Promise<{ host: unknown }>): OfficeLike => ({
  onReady,
  HostType: { Excel: "Excel" },
});

describe("detectHost", () => {
  it.each([
    ["office.js did not load (blocked or offline)", undefined, "preview"],
    [
      "office.js loaded in a plain browser tab (host null)",
      office(async () => ({ host: null })),
      "preview",
    ],
    ["running inside another Office host", office(async () => ({ host: "Word" })), "preview"],
    ["running inside Excel", office(async () => ({ host: "Excel" })), "excel"],
    ["onReady rejects", office(async () => Promise.reject(new Error("boom"))), "preview"],
  ])("%s → %s", async (_case, officeGlobal, expected) => {
    await expect(detectHost(officeGlobal, 1000)).resolves.toBe(expected);
  });

  it("gives up on an onReady that never settles and opens the preview", async () => {
    jest.useFakeTimers();
    try {
      const never = office(() => new Promise(() => undefined));
      const detected = detectHost(never, 5000);
      await jest.advanceTimersByTimeAsync(5000);
      await expect(detected).resolves.toBe("preview");
    } finally {
      jest.useRealTimers();
    }
  });
});
