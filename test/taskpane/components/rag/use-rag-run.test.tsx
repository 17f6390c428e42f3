import { act, renderHook } from "@testing-library/react";
import type { GatewayError } from "../../../../src/core/gateway";
import type { Result } from "../../../../src/core/result";
import type { RagRun } from "../../../../src/taskpane/engines/rag";
import * as engine from "../../../../src/taskpane/engines/rag";
import type { RagEngine } from "../../../../src/taskpane/components/rag/rag-engine-types";
import { useRagRun } from "../../../../src/taskpane/components/rag/use-rag-run";
import type { OnRunProgress } from "../../../../src/taskpane/progress/run-progress";
import { loadFixture } from "../../../support/snapshot-builder";
import { fakeGateway } from "../../helpers/workbook";

type Pending = Array<(value: Result<RagRun, GatewayError>) => void>;

describe("useRagRun", () => {
  it("keeps only the latest run when an earlier one finishes late", async () => {
    const gateway = fakeGateway(loadFixture("bcp"));
    const early = await engine.rate(gateway, { asOf: "2022-06-01" });
    const late = await engine.rate(gateway, { asOf: "2023-02-01" });
    if (!early.ok || !late.ok) throw new Error("the fixture could not be rated");
    const pending: Pending = [];
    const deferred: RagEngine = {
      ...engine,
      rate: () => new Promise((resolve) => pending.push(resolve)),
    };
    const runs: RagRun[] = [];
    const { result } = renderHook(() =>
      useRagRun(
        gateway,
        async () => deferred,
        (run) => runs.push(run)
      )
    );
    await act(async () => {
      void result.current.rate({ asOf: "2022-06-01" });
      await Promise.resolve();
    });
    await act(async () => {
      void result.current.rate({ asOf: "2023-02-01" });
      await Promise.resolve();
    });
    expect(result.current.state.status).toBe("busy");
    expect(pending).toHaveLength(2);
    await act(async () => pending[1](late));
    await act(async () => pending[0](early));
    const state = result.current.state;
    expect(state.status === "done" && state.run.result.asOf).toBe("2023-02-01");
    expect(state.status === "done" && state.request.asOf).toBe("2023-02-01");
    expect(runs.map((run) => run.result.asOf)).toEqual(["2023-02-01"]);
  });

  it("reports the write's progress while a refresh is under way", async () => {
    const gateway = fakeGateway(loadFixture("scorecard"));
    let report: OnRunProgress = () => undefined;
    let finish: (value: Result<RagRun, GatewayError>) => void = () => undefined;
    const held: RagEngine = {
      ...engine,
      refresh: (_gateway, _request, onProgress) =>
        new Promise((resolve) => {
          report = onProgress ?? report;
          finish = resolve;
        }),
    };
    const { result } = renderHook(() =>
      useRagRun(
        gateway,
        async () => held,
        () => undefined
      )
    );
    await act(async () => {
      void result.current.refresh({ asOf: "2023-02-01", highlight: true, dropdowns: true });
      await Promise.resolve();
    });
    expect(result.current.state).toEqual({ status: "busy", task: "refresh", progress: null });
    act(() => report({ phase: "rating", actions: 38, measures: 0 }));
    expect(result.current.state).toEqual({
      status: "busy",
      task: "refresh",
      progress: { phase: "rating", actions: 38, measures: 0 },
    });
    act(() => report({ phase: "writing", done: 2, total: 5 }));
    expect(result.current.state).toEqual({
      status: "busy",
      task: "refresh",
      progress: { phase: "writing", done: 2, total: 5 },
    });
    await act(async () =>
      finish({
        ok: false,
        error: {
          kind: "read-only",
          message: "This workbook is read-only; save a copy and try there.",
        },
      })
    );
    expect(result.current.state).toEqual({
      status: "failed",
      task: "refresh",
      message: "This workbook is read-only; save a copy and try there.",
    });
  });
});
