import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GatewayError } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { App } from "../../../src/taskpane/App";
import { RagView } from "../../../src/taskpane/components/rag/RagView";
import * as reportEngine from "../../../src/taskpane/components/report/report-engine";
import type { ReportEngine } from "../../../src/taskpane/components/report/report-engine-types";
import { ReportView } from "../../../src/taskpane/components/report/ReportView";
import type { PaneAnalysis } from "../../../src/taskpane/hooks/pane-analysis";
import type { Analyse, AnalysisController } from "../../../src/taskpane/hooks/use-analysis";
import { analyseWith } from "../../../src/taskpane/hooks/use-analysis";
import { phaseWords } from "../../../src/taskpane/progress/run-progress";
import { analyseVia, ragEngineVia } from "../../../src/taskpane/worker/engines-via";
import { loadFixture } from "../../support/snapshot-builder";
import { renderWithTheme } from "../helpers/render";
import { fakeGateway, type FakeGateway } from "../helpers/workbook";
import { enginePath, type EnginePath } from "../worker/engine-path";

const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

let path: EnginePath;
beforeEach(() => {
  path = enginePath();
});
afterEach(() => path.close());

/** A gateway whose reads wait until released, so the pane can be seen while the workbook is read. */
const heldReads = (workbook: WorkbookSnapshot): { gateway: FakeGateway; release(): void } => {
  let release: () => void = () => undefined;
  const held = new Promise<void>((resolve) => {
    release = resolve;
  });
  const gateway = fakeGateway(workbook, {});
  const read = gateway.read;
  gateway.read = async (request) => {
    await held;
    return read(request);
  };
  return { gateway, release: () => release() };
};

describe("the busy state says where a run has got to", () => {
  it("Validate through the worker: 'Reading the workbook…' while the page's gateway reads, then the issues", async () => {
    const { gateway, release } = heldReads(loadFixture("gcc"));
    const analyse: Analyse = analyseWith(async () => analyseVia(path.client));
    renderWithTheme(<App gateway={gateway} mode="excel" analyse={analyse} />);
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    expect(await screen.findByText("Reading the workbook…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Validate workbook" })).toHaveAttribute("aria-disabled", "true");
    release();
    expect(await screen.findByTestId("issue-count")).toBeInTheDocument();
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
  });

  it("Validate: the count of actions being checked, from the engine's phase message", async () => {
    const analyse: Analyse = (_gateway, onProgress) => {
      onProgress?.({ phase: "reading" });
      onProgress?.({ phase: "finding" });
      onProgress?.({ phase: "checking", actions: 100000 });
      return new Promise<Result<PaneAnalysis, GatewayError>>(() => undefined);
    };
    renderWithTheme(<App gateway={fakeGateway(loadFixture("gcc"))} mode="excel" analyse={analyse} />);
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    expect(await screen.findByText("Checking 100,000 actions…")).toBeInTheDocument();
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
  });

  it("Refresh RAG through the worker: reading, then the write's steps on a bar, then the roll-up", async () => {
    const { gateway, release } = heldReads(loadFixture("bcp"));
    let finishWrite: () => void = () => undefined;
    const writing = new Promise<void>((resolve) => {
      finishWrite = resolve;
    });
    gateway.apply = async (plan, onProgress) => {
      gateway.applied.push(plan);
      onProgress?.(1, 4);
      await writing;
      return { ok: true, value: { opsApplied: plan.ops.length, syncs: 1 } };
    };
    renderWithTheme(<RagView gateway={gateway} mode="preview" analysis={idle} today={() => new Date(2023, 1, 1)} loadEngine={async () => ragEngineVia(path.client)} />);
    await userEvent.click(screen.getByRole("button", { name: "Refresh RAG" }));
    expect(await screen.findByText("Reading the workbook…")).toBeInTheDocument();
    release();
    expect(await screen.findByText("1 of 4 steps")).toBeInTheDocument();
    expect(screen.getByText("Writing the ratings into the workbook")).toBeInTheDocument();
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
    finishWrite();
    expect(await screen.findByRole("table", { name: "Roll-up by group" })).toBeInTheDocument();
    expect(screen.queryByText("1 of 4 steps")).not.toBeInTheDocument();
    expect(gateway.applied).toHaveLength(1);
  });

  it("Report: 'Building the board report…' while the report model is built", async () => {
    const engine: ReportEngine = {
      ...reportEngine,
      generate: (_gateway, _request, onProgress) => {
        onProgress?.({ phase: "rating", actions: 38, measures: 12 });
        onProgress?.({ phase: "reporting" });
        return new Promise(() => undefined);
      },
    };
    renderWithTheme(<ReportView gateway={fakeGateway(loadFixture("bcp"))} mode="preview" analysis={idle} loadEngine={async () => engine} now={() => new Date(2023, 1, 1, 9, 30)} />);
    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));
    expect(await screen.findByText("Building the board report…")).toBeInTheDocument();
  });
});

describe("phaseWords", () => {
  it("says each phase in the person's words, with counts where they are known", () => {
    expect(phaseWords({ phase: "reading" })).toBe("Reading the workbook…");
    expect(phaseWords({ phase: "finding" })).toBe("Finding the plan…");
    expect(phaseWords({ phase: "checking", actions: 1 })).toBe("Checking 1 action…");
    expect(phaseWords({ phase: "rating", actions: 12345, measures: 0 })).toBe("Rating 12,345 actions…");
    expect(phaseWords({ phase: "rating", actions: 38, measures: 1 })).toBe("Rating 38 actions and 1 measure…");
    expect(phaseWords({ phase: "reporting" })).toBe("Building the board report…");
    expect(phaseWords({ phase: "writing", done: 5, total: 3 })).toBe("Writing 3 of 3…");
    expect(phaseWords({ phase: "writing", done: 0, total: 0 })).toBe("Writing…");
  });
});
