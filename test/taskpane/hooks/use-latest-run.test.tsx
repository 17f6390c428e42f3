import { act, renderHook } from "@testing-library/react";
import { useState } from "react";
import { useLatestRun } from "../../../src/taskpane/hooks/use-latest-run";

/** A view's hook in miniature: each run waits for its own answer, then shows it if it may (and notes that it did). */
const useShown = (shownLog: string[] = []) => {
  const runs = useLatestRun();
  const [shown, setShown] = useState<string | null>(null);
  const run = async (answer: Promise<string>) => {
    const ticket = runs.start();
    const value = await answer;
    if (!ticket.current()) return;
    shownLog.push(value);
    setShown(value);
  };
  return { shown, run };
};

const deferred = () => {
  let resolve: (value: string) => void = () => undefined;
  const promise = new Promise<string>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
};

describe("useLatestRun", () => {
  it("a slow earlier run does not overwrite a later one", async () => {
    const { result } = renderHook(() => useShown());
    const earlier = deferred();
    const later = deferred();
    let runs: Promise<void>[] = [];
    act(() => {
      runs = [result.current.run(earlier.promise), result.current.run(later.promise)];
    });
    await act(async () => {
      later.resolve("later");
      await runs[1];
    });
    expect(result.current.shown).toBe("later");
    await act(async () => {
      earlier.resolve("earlier");
      await runs[0];
    });
    expect(result.current.shown).toBe("later");
  });

  it("the latest run alone is current; a new start or forget ends it", () => {
    const { result } = renderHook(() => useLatestRun());
    const first = result.current.start();
    expect(first.current()).toBe(true);
    const second = result.current.start();
    expect([first.current(), second.current()]).toEqual([false, true]);
    result.current.forget();
    expect(second.current()).toBe(false);
    expect(result.current.start().current()).toBe(true);
  });

  it("nothing is current after the view has gone", () => {
    const { result, unmount } = renderHook(() => useLatestRun());
    const ticket = result.current.start();
    unmount();
    expect(ticket.current()).toBe(false);
  });

  it("a run that finishes after unmount does not update the view", async () => {
    const shownLog: string[] = [];
    const { result, unmount } = renderHook(() => useShown(shownLog));
    const slow = deferred();
    const quick = deferred();
    let runs: Promise<void>[] = [];
    act(() => {
      runs = [result.current.run(quick.promise)];
    });
    await act(async () => {
      quick.resolve("in time");
      await runs[0];
    });
    act(() => {
      runs = [result.current.run(slow.promise)];
    });
    unmount();
    slow.resolve("too late");
    await runs[0];
    expect(shownLog).toEqual(["in time"]);
  });

  it("keeps the same start and forget across renders, so hooks can depend on them", () => {
    const { result, rerender } = renderHook(() => useLatestRun());
    const first = result.current;
    rerender();
    expect(result.current).toBe(first);
  });
});
