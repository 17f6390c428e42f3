import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { ActualsView } from "../../../../src/taskpane/components/actuals/ActualsView";
import { HighlightContext } from "../../../../src/taskpane/preview/highlight-context";
import type { CellHighlights } from "../../../../src/taskpane/preview/grid/cell-highlights";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import { loadFixture } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";
import { fakeGateway } from "../../helpers/workbook";

const idle = {
  state: { status: "idle" },
  run: async () => undefined,
} as unknown as AnalysisController;

describe("This period's actuals", () => {
  it("lists the period's measures with target, last value and polarity, and writes only the typed value, by keyboard", async () => {
    const gateway = fakeGateway(loadFixture("gcc"));
    renderWithTheme(
      <ActualsView
        gateway={gateway}
        mode="excel"
        analysis={idle}
        today={() => new Date(2022, 5, 5)}
      />
    );
    const period = await screen.findByRole("combobox", { name: "Period" });
    expect(period).toHaveValue("May 22");
    const turnover = screen.getByRole("textbox", {
      name: "Turnover (overall): value for May 22 (%)",
    });
    const item = turnover.closest("li")!;
    expect(item).toHaveTextContent("Last: 24.9% (Apr 22) · lower is better");
    turnover.focus();
    await userEvent.keyboard("140");
    await userEvent.keyboard("{Enter}");
    expect(await screen.findByText(/140% is not a percentage from 0 to 100/)).toBeInTheDocument();
    expect(gateway.applied).toHaveLength(0);
    await userEvent.clear(turnover);
    await userEvent.keyboard("21.5{Enter}");
    const saved = await screen.findByTestId("actuals-saved");
    expect(saved).toHaveTextContent(/Row 37 \(Turnover \(overall\)\): /);
    expect(gateway.applied).toHaveLength(1);
    expect(
      gateway.applied[0].ops
        .filter((op) => op.kind === "values")
        .map((op) => ("topLeft" in op ? op.topLeft : ""))
    ).toEqual(["G37"]);
    expect(within(item).getByRole("button", { name: "Go to G37" })).toBeInTheDocument();
  });

  it("in the preview, the grid shows the new RAG at once after the values are written", async () => {
    const shown: CellHighlights[] = [];
    renderWithTheme(
      <HighlightContext.Provider value={(highlights) => shown.push(highlights)}>
        <ActualsView
          gateway={fakeGateway(loadFixture("scorecard"))}
          mode="preview"
          analysis={idle}
          today={() => new Date(2022, 6, 31)}
        />
      </HighlightContext.Provider>
    );
    const first = (await screen.findAllByRole("textbox"))[0];
    first.focus();
    await userEvent.keyboard("50{Enter}");
    await screen.findByTestId("actuals-saved");
    await waitFor(() => expect(shown.length).toBe(1));
    expect(shown[0].size).toBeGreaterThan(0);
  });
});
