import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GatewayError } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import type { WorkbookSnapshot } from "../../../src/core/snapshot/workbook-snapshot";
import { App } from "../../../src/taskpane/App";
import { RagView } from "../../../src/taskpane/components/rag/RagView";
import * as reportEngine from "../../../src/taskpane/engines/report";
import type { ReportEngine } from "../../../src/taskpane/components/report/report-engine-types";
import { ReportView } from "../../../src/taskpane/components/report/ReportView";
import type { PaneAnalysis } from "../../../src/taskpane/hooks/pane-analysis";
import type { Analyse, AnalysisController } from "../../../src/taskpane/hooks/use-analysis";
import { analyseWith } from "../../../src/taskpane/hooks/use-analysis";
import { phaseWords, type OnRunProgress } from "../../../src/taskpane/progress/run-progress";
import { SAVED_IN_PREVIEW } from "../../../src/taskpane/components/mapping/MappingEditor";
import * as mappingEngine from "../../../src/taskpane/engines/mapping";
import { MappingView } from "../../../src/taskpane/components/mapping/MappingView";
import * as ragEngine from "../../../src/taskpane/engines/rag";
import { fixtureGateway, type StoringGateway } from "../mapping-fakes";
import { loadFixture } from "../../support/snapshot-builder";
import { renderWithTheme } from "../helpers/render";
import { fakeGateway, type FakeGateway } from "../helpers/workbook";
import { enginePath, type EnginePath } from "../engines/engine-path";
import type { LoadMappingEngine } from "../../../src/taskpane/components/mapping/mapping-engine-types";

const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

let path: EnginePath;
beforeEach(async () => {
  path = await enginePath();
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
    const analyse: Analyse = analyseWith(async () => path.engines);
    renderWithTheme(<App gateway={gateway} mode="excel" analyse={analyse} />);
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    expect(await screen.findByText("Reading the workbook…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Validate workbook" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
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
    renderWithTheme(
      <App gateway={fakeGateway(loadFixture("gcc"))} mode="excel" analyse={analyse} />
    );
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
    renderWithTheme(
      <RagView
        gateway={gateway}
        mode="preview"
        analysis={idle}
        today={() => new Date(2023, 1, 1)}
        loadEngine={async () => path.engines}
      />
    );
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
    renderWithTheme(
      <ReportView
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        analysis={idle}
        loadEngine={async () => engine}
        now={() => new Date(2023, 1, 1, 9, 30)}
      />
    );
    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));
    expect(await screen.findByText("Building the board report…")).toBeInTheDocument();
  });
});

/** A door calls wait on: open, they pass; closed, they wait until it opens. */
const door = () => {
  let opened: Promise<void> = Promise.resolve();
  let release: () => void = () => undefined;
  return {
    close: () => {
      opened = new Promise<void>((resolve) => {
        release = resolve;
      });
    },
    open: () => release(),
    wait: () => opened,
  };
};

/** A fixture that keeps a stored mapping, whose reads and stores wait at their own doors. */
const heldMappingGateway = () => {
  const reads = door();
  const stores = door();
  const gateway: StoringGateway = fixtureGateway("gcc");
  const { read, storeMapping } = gateway;
  gateway.read = async (request) => {
    await reads.wait();
    return read(request);
  };
  gateway.storeMapping = async (xml) => {
    await stores.wait();
    return storeMapping(xml);
  };
  return { gateway, reads, stores };
};

const mappingView = (
  gateway: StoringGateway,
  loadEngine: LoadMappingEngine = async () => path.engines
) =>
  renderWithTheme(
    <MappingView
      gateway={gateway}
      mode="preview"
      analysis={idle}
      loadEngine={loadEngine}
      today={() => new Date(2022, 6, 28)}
    />
  );
const mappingReady = () => screen.findByTestId("mapping-source");

describe("the Mapping view and the period snapshot say where they have got to, as Validate does", () => {
  it("Mapping, reading what was understood through the worker: 'Reading the workbook…' while the page's gateway reads", async () => {
    const { gateway, reads } = heldMappingGateway();
    reads.close();
    mappingView(gateway);
    expect(await screen.findByText("Reading the workbook…")).toBeInTheDocument();
    reads.open();
    await mappingReady();
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
  });

  it("Mapping, Preview the effect through the worker: its read, then the effect", async () => {
    const { gateway, reads } = heldMappingGateway();
    mappingView(gateway);
    await mappingReady();
    reads.close();
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    expect(await screen.findByText("Reading the workbook…")).toBeInTheDocument();
    reads.open();
    expect(await screen.findByTestId("mapping-issue-change")).toBeInTheDocument();
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
  });

  it("Mapping, Preview the effect: the count of actions being checked, from the engine's phase", async () => {
    const { gateway } = heldMappingGateway();
    mappingView(gateway, async () => ({
      ...mappingEngine,
      previewEffect: (_gateway, _request, onProgress) => {
        onProgress?.({ phase: "reading" });
        onProgress?.({ phase: "checking", actions: 163 });
        return new Promise(() => undefined);
      },
    }));
    await mappingReady();
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    expect(await screen.findByText("Checking 163 actions…")).toBeInTheDocument();
    expect(
      screen.queryByText("Checking and rating the workbook both ways…")
    ).not.toBeInTheDocument();
  });

  it("Mapping, Save through the worker: reading the workbook, then saving the mapping, then saved", async () => {
    const { gateway, reads, stores } = heldMappingGateway();
    mappingView(gateway);
    await mappingReady();
    reads.close();
    stores.close();
    await userEvent.click(screen.getByRole("button", { name: "Save to the workbook" }));
    expect(await screen.findByText("Reading the workbook…")).toBeInTheDocument();
    reads.open();
    expect(await screen.findByText("Saving the mapping in the workbook…")).toBeInTheDocument();
    expect(screen.queryByText("Reading the workbook…")).not.toBeInTheDocument();
    stores.open();
    expect(await screen.findByText(SAVED_IN_PREVIEW)).toBeInTheDocument();
    expect(gateway.stored).toHaveLength(1);
  });

  it("Take this period's snapshot: the rating phase, then the write's steps on a bar", async () => {
    let report: OnRunProgress = () => undefined;
    const engine = {
      ...ragEngine,
      recordPeriod: (_gateway: unknown, _request: unknown, onProgress?: OnRunProgress) => {
        report = onProgress ?? report;
        return new Promise<never>(() => undefined);
      },
    };
    renderWithTheme(
      <RagView
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        analysis={idle}
        today={() => new Date(2023, 1, 1)}
        loadEngine={async () => engine}
      />
    );
    await userEvent.click(screen.getByRole("button", { name: "Take this period’s snapshot" }));
    expect(await screen.findByText("Recording this period's ratings…")).toBeInTheDocument();
    act(() => report({ phase: "rating", actions: 38, measures: 12 }));
    expect(screen.getByText("Rating 38 actions and 12 measures…")).toBeInTheDocument();
    act(() => report({ phase: "writing", done: 1, total: 3 }));
    expect(screen.getByText("1 of 3 steps")).toBeInTheDocument();
    expect(screen.getByText("Recording this period's ratings")).toBeInTheDocument();
    expect(screen.queryByText("Rating 38 actions and 12 measures…")).not.toBeInTheDocument();
  });

  it("Report, Load measures: the rating phase while the measures are read", async () => {
    const engine: ReportEngine = {
      ...reportEngine,
      listMeasures: (_gateway, _asOf, onProgress) => {
        onProgress?.({ phase: "rating", actions: 38, measures: 12 });
        return new Promise(() => undefined);
      },
    };
    renderWithTheme(
      <ReportView
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        analysis={idle}
        loadEngine={async () => engine}
        now={() => new Date(2023, 1, 1, 9, 30)}
      />
    );
    await userEvent.click(screen.getByRole("button", { name: "Load measures" }));
    expect(await screen.findByText("Rating 38 actions and 12 measures…")).toBeInTheDocument();
  });
});

describe("phaseWords", () => {
  it("says each phase in the person's words, with counts where they are known", () => {
    expect(phaseWords({ phase: "reading" })).toBe("Reading the workbook…");
    expect(phaseWords({ phase: "finding" })).toBe("Finding the plan…");
    expect(phaseWords({ phase: "checking", actions: 1 })).toBe("Checking 1 action…");
    expect(phaseWords({ phase: "rating", actions: 12345, measures: 0 })).toBe(
      "Rating 12,345 actions…"
    );
    expect(phaseWords({ phase: "rating", actions: 38, measures: 1 })).toBe(
      "Rating 38 actions and 1 measure…"
    );
    expect(phaseWords({ phase: "reporting" })).toBe("Building the board report…");
    expect(phaseWords({ phase: "writing", done: 5, total: 3 })).toBe("Writing 3 of 3…");
    expect(phaseWords({ phase: "writing", done: 0, total: 0 })).toBe("Writing…");
    expect(phaseWords({ phase: "saving" })).toBe("Saving the mapping in the workbook…");
  });
});
