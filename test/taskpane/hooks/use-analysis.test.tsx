import { act, renderHook } from "@testing-library/react";
import type { PaneAnalysis } from "../../../src/taskpane/hooks/pane-analysis";
import type { GatewayError } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import {
  CHECKER_UNAVAILABLE,
  analyseWith,
  useAnalysis,
} from "../../../src/taskpane/hooks/use-analysis";
import { analysis, fakeGateway, issue, sheet, snapshot } from "../helpers/workbook";

const workbook = snapshot([sheet("Plan", [["Ref"]])]);
const first = analysis(workbook, [issue("Plan", "A1", "error", "first run")]);
const second = analysis(workbook, [issue("Plan", "A2", "warning", "second run")]);

type Pending = Array<(value: Result<PaneAnalysis, GatewayError>) => void>;
const deferred = (pending: Pending) => () =>
  new Promise<Result<PaneAnalysis, GatewayError>>((resolve) => pending.push(resolve));

describe("useAnalysis", () => {
  it("keeps only the latest run when an earlier one finishes late", async () => {
    const pending: Pending = [];
    const gateway = fakeGateway(workbook);
    const analyse = deferred(pending);
    const { result } = renderHook(() => useAnalysis(gateway, analyse));
    act(() => {
      void result.current.run();
      void result.current.run();
    });
    expect(result.current.state.status).toBe("busy");
    await act(async () => pending[1]({ ok: true, value: second }));
    await act(async () => pending[0]({ ok: true, value: first }));
    const state = result.current.state;
    expect(state.status === "done" && state.analysis.issues[0].message).toBe("second run");
  });

  it("forgets the result, and ignores a run still in flight, when the workbook changes", async () => {
    const pending: Pending = [];
    const analyse = deferred(pending);
    const { result, rerender } = renderHook(({ gateway }) => useAnalysis(gateway, analyse), {
      initialProps: { gateway: fakeGateway(workbook) },
    });
    act(() => void result.current.run());
    rerender({ gateway: fakeGateway(workbook) });
    expect(result.current.state.status).toBe("idle");
    await act(async () => pending[0]({ ok: true, value: first }));
    expect(result.current.state.status).toBe("idle");
  });

  it("says plainly when the checking code cannot be downloaded", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const gateway = fakeGateway(workbook);
    const analyse = analyseWith(() => Promise.reject(new Error("Loading chunk analysis failed.")));
    const { result } = renderHook(() => useAnalysis(gateway, analyse));
    await act(async () => result.current.run());
    expect(result.current.state).toEqual({ status: "failed", message: CHECKER_UNAVAILABLE });
    spy.mockRestore();
  });
});
