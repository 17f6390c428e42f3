import { fireEvent, screen, waitFor } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GatewayError, UndoableRun, UndoReport } from "../../../../src/core/gateway";
import type { Result } from "../../../../src/core/result";
import { NOTHING_TO_UNDO } from "../../../../src/core/undo/undo-sentences";
import { RagView } from "../../../../src/taskpane/components/rag/RagView";
import { UndoLastRun } from "../../../../src/taskpane/components/rag/UndoLastRun";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import { PreviewShell } from "../../../../src/taskpane/preview/PreviewShell";
import type { OpenWorkbook } from "../../../../src/taskpane/preview/preview-gateway";
import { sampleFromQuery } from "../../../../src/taskpane/preview/samples";
import { openXlsxWorkbook } from "../../../../src/xlsx/xlsx-gateway";
import { loadFixture } from "../../../support/snapshot-builder";
import { buildTypedStatusPlan } from "../../../support/typed-status-plan";
import { renderWithTheme } from "../../helpers/render";
import { fakeGateway, type FakeGateway } from "../../helpers/workbook";

const LABEL = "Refresh RAG as of 31 Jan 2023";
const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

interface UndoFake {
  gateway: FakeGateway;
  undos: number;
  finish: (result: Result<UndoReport, GatewayError>) => void;
  progress: (done: number, total: number) => void;
}

/** A gateway whose undo the test answers when it likes, and whose record it says is there (or not). */
const undoGateway = (record: UndoableRun | null): UndoFake => {
  let current = record;
  const fake: UndoFake = {
    gateway: fakeGateway(loadFixture("bcp")),
    undos: 0,
    finish: () => undefined,
    progress: () => undefined,
  };
  fake.gateway.undoableRun = async () => ({ ok: true, value: current });
  fake.gateway.undoLastRun = (onProgress) =>
    new Promise((resolve) => {
      fake.undos += 1;
      fake.progress = (done, total) => onProgress?.(done, total);
      fake.finish = (result) => {
        if (result.ok) current = null;
        resolve(result);
      };
    });
  return fake;
};

const button = () => screen.getByRole("button", { name: "Undo last run" });

describe("Undo last run", () => {
  it("is not offered where the workbook cannot undo", () => {
    renderWithTheme(
      <UndoLastRun
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="excel"
        refreshes={0}
        disabled={false}
      />
    );
    expect(screen.queryByRole("button", { name: "Undo last run" })).toBeNull();
  });

  it("stays unavailable until a Refresh in this session or a record in the workbook", async () => {
    const { gateway } = undoGateway(null);
    const { rerender } = renderWithTheme(
      <UndoLastRun gateway={gateway} mode="excel" refreshes={0} disabled={false} />
    );
    expect(button()).toHaveAttribute("aria-disabled", "true");
    rerender(<UndoLastRun gateway={gateway} mode="excel" refreshes={1} disabled={false} />);
    await waitFor(() => expect(button()).not.toHaveAttribute("aria-disabled"));
  });

  it("asks first, naming the run, shows progress, then says how many cells were put back; and is then spent", async () => {
    const fake = undoGateway({ label: LABEL, takenAt: "2023-01-31T10:00:00Z" });
    const undone = jest.fn();
    renderWithTheme(
      <UndoLastRun
        gateway={fake.gateway}
        mode="excel"
        refreshes={0}
        disabled={false}
        onUndone={undone}
      />
    );
    await waitFor(() => expect(button()).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(button());
    const confirm = screen.getByRole("group", { name: "Confirm undo" });
    expect(confirm).toHaveTextContent(
      `Put back the cells, dropdowns and highlighting '${LABEL}' changed in this workbook, as they were before it?`
    );
    await userEvent.click(screen.getByRole("button", { name: "Cancel" }));
    expect(screen.queryByRole("group", { name: "Confirm undo" })).toBeNull();
    expect(fake.undos).toBe(0);

    await userEvent.click(button());
    await userEvent.click(screen.getByRole("button", { name: "Put them back" }));
    expect(await screen.findByText("Reading what the last run changed…")).toBeInTheDocument();
    fake.progress(1, 2);
    expect(await screen.findByText("1 of 2 steps")).toBeInTheDocument();
    fake.finish({ ok: true, value: { restored: 42, label: LABEL } });
    expect(
      await screen.findByText(`Put back 42 cells as they were before '${LABEL}'.`)
    ).toBeInTheDocument();
    expect(undone).toHaveBeenCalledTimes(1);
    await waitFor(() => expect(button()).toHaveAttribute("aria-disabled", "true"));
  });

  it.each<[string, GatewayError]>([
    [
      "a co-author's later edit, naming the cell",
      {
        kind: "changed-since-read",
        message: `1 cell has changed since '${LABEL}' wrote it (Plan!E3), so Undo last run put nothing back.`,
        cells: ["Plan!E3"],
      },
    ],
    ["nothing to undo", { kind: "nothing-to-undo", message: NOTHING_TO_UNDO }],
  ])("says plainly when it cannot: %s", async (_name, error) => {
    const fake = undoGateway({ label: LABEL, takenAt: "t" });
    renderWithTheme(
      <UndoLastRun gateway={fake.gateway} mode="preview" refreshes={0} disabled={false} />
    );
    await waitFor(() => expect(button()).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(button());
    expect(screen.getByRole("group", { name: "Confirm undo" })).toHaveTextContent(
      "in the copy shown here"
    );
    await userEvent.click(screen.getByRole("button", { name: "Put them back" }));
    fake.finish({ ok: false, error });
    expect(await screen.findByText(error.message)).toBeInTheDocument();
    expect(screen.queryByText(/^Put back \d+ cells/)).toBeNull();
  });

  it("in the RAG view, becomes available after Refresh RAG and takes away the 'written' line once undone", async () => {
    const fake = undoGateway(null);
    renderWithTheme(
      <RagView
        gateway={fake.gateway}
        mode="excel"
        analysis={idle}
        today={() => new Date(2023, 1, 1)}
      />
    );
    expect(button()).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(screen.getByRole("button", { name: "Refresh RAG" }));
    await screen.findByText("The ratings are written into this workbook.");
    await waitFor(() => expect(button()).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(button());
    await userEvent.click(screen.getByRole("button", { name: "Put them back" }));
    fake.finish({ ok: true, value: { restored: 3, label: LABEL } });
    expect(
      await screen.findByText(`Put back 3 cells as they were before '${LABEL}'.`)
    ).toBeInTheDocument();
    expect(screen.queryByText("The ratings are written into this workbook.")).toBeNull();
  });
});

describe("Undo last run in the preview, on the .xlsx gateway", () => {
  it("takes Plan Tracker's Calculated RAG column away again, the owners' Status cells untouched throughout, and the grid redraws", async () => {
    const bytes = await buildTypedStatusPlan();
    const openWorkbook: OpenWorkbook = (_bytes, name) => openXlsxWorkbook(bytes, name);
    renderWithTheme(
      <PreviewShell
        initialSample={sampleFromQuery("?sample=bcp")}
        initialView="rag"
        fetcher={async () => new Uint8Array([80, 75, 3, 4]).buffer}
        openWorkbook={openWorkbook}
      />
    );
    await screen.findByRole("grid", { name: "Action Plan" });
    const owners = () => document.querySelector('td[data-address="E3"]');
    // The plan fills A–F: Plan Tracker's own column is the first empty one beside it.
    const calculated = () => document.querySelector('td[data-address="G3"]');
    expect(owners()).toHaveTextContent("At risk");
    expect(calculated()?.textContent ?? "").toBe("");
    fireEvent.change(await screen.findByLabelText("As-of date"), {
      target: { value: "2023-01-31" },
    });
    await userEvent.click(screen.getByRole("button", { name: "Refresh RAG" }));
    await screen.findByText("The ratings are written into the copy shown here.");
    await waitFor(() => expect(calculated()?.textContent ?? "").not.toBe(""));
    expect(owners()).toHaveTextContent("At risk");

    await waitFor(() => expect(button()).not.toHaveAttribute("aria-disabled"));
    await userEvent.click(button());
    expect(screen.getByRole("group", { name: "Confirm undo" })).toHaveTextContent(`'${LABEL}'`);
    await userEvent.click(screen.getByRole("button", { name: "Put them back" }));
    expect(
      await screen.findByText(new RegExp(`^Put back \\d+ cells as they were before '${LABEL}'\\.$`))
    ).toBeInTheDocument();
    await waitFor(() => expect(calculated()?.textContent ?? "").toBe(""));
    expect(owners()).toHaveTextContent("At risk");
  }, 20_000);
});
