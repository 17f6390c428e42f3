import { act, renderHook } from "@testing-library/react";
import type { GatewayError } from "../../../../src/core/gateway";
import type { Result } from "../../../../src/core/result";
import * as engine from "../../../../src/taskpane/engines/report";
import type { ReportRun } from "../../../../src/taskpane/engines/report";
import type { ReportEngine } from "../../../../src/taskpane/components/report/report-engine-types";
import { useReportRun } from "../../../../src/taskpane/components/report/use-report-run";
import { loadFixture } from "../../../support/snapshot-builder";
import { fakeGateway } from "../../helpers/workbook";
import type { OnRunProgress } from "../../../../src/taskpane/progress/run-progress";

type Pending = Array<(value: Result<ReportRun, GatewayError>) => void>;

const request = (asOf: string) => ({
  asOf,
  period: `Improvement Board – ${asOf}`,
  generatedAt: "14 Oct 2022 09:30",
});

describe("useReportRun", () => {
  it("keeps only the latest report when an earlier one finishes late", async () => {
    const gateway = fakeGateway(loadFixture("bcp"));
    const early = await engine.generate(gateway, request("2022-06-01"));
    const late = await engine.generate(gateway, request("2023-02-01"));
    if (!early.ok || !late.ok) throw new Error("the fixture could not be reported on");
    const pending: Pending = [];
    const deferred: ReportEngine = {
      ...engine,
      generate: () => new Promise((resolve) => pending.push(resolve)),
    };
    const { result } = renderHook(() => useReportRun(gateway, async () => deferred));
    await act(async () => {
      void result.current.generate(request("2022-06-01"));
      await Promise.resolve();
    });
    await act(async () => {
      void result.current.generate(request("2023-02-01"));
      await Promise.resolve();
    });
    expect(pending).toHaveLength(2);
    await act(async () => pending[1](late));
    await act(async () => pending[0](early));
    const state = result.current.state;
    expect(state.status === "done" && state.run.report.asOf).toBe("2023-02-01");
    expect(state.status === "done" && state.request.asOf).toBe("2023-02-01");
  });

  it("ignores progress from a run that has been overtaken", async () => {
    const gateway = fakeGateway(loadFixture("scorecard"));
    const reporters: OnRunProgress[] = [];
    const held: ReportEngine = {
      ...engine,
      generate: (_gateway, _request, onProgress) =>
        new Promise(() => {
          if (onProgress) reporters.push(onProgress);
        }),
    };
    const { result } = renderHook(() => useReportRun(gateway, async () => held));
    await act(async () => {
      void result.current.generate(request("2022-07-31"));
      await Promise.resolve();
    });
    await act(async () => {
      void result.current.generate(request("2022-08-31"));
      await Promise.resolve();
    });
    act(() => reporters[1]({ phase: "writing", done: 1, total: 3 }));
    act(() => reporters[0]({ phase: "writing", done: 9, total: 9 }));
    expect(result.current.state).toEqual({
      status: "busy",
      progress: { phase: "writing", done: 1, total: 3 },
    });
  });

  it("does nothing after the view has gone", async () => {
    const gateway = fakeGateway(loadFixture("bcp"));
    let finish: (value: Result<ReportRun, GatewayError>) => void = () => undefined;
    const held: ReportEngine = {
      ...engine,
      generate: () => new Promise((resolve) => (finish = resolve)),
    };
    const errors = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const { result, unmount } = renderHook(() => useReportRun(gateway, async () => held));
    await act(async () => {
      void result.current.generate(request("2023-02-01"));
      await Promise.resolve();
    });
    unmount();
    await act(async () =>
      finish({ ok: false, error: { kind: "busy", message: "Excel is busy." } })
    );
    expect(errors).not.toHaveBeenCalled();
  });
});
