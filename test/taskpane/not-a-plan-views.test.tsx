import { screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { WorkbookGateway } from "../../src/core/gateway";
import { RagView } from "../../src/taskpane/components/rag/RagView";
import { ReportView } from "../../src/taskpane/components/report/ReportView";
import { ValidateView } from "../../src/taskpane/components/validate/ValidateView";
import { useAnalysis, type AnalysisController } from "../../src/taskpane/hooks/use-analysis";
import { renderWithTheme } from "./helpers/render";
import { fakeGateway, sheet, snapshot } from "./helpers/workbook";

/** Children's social work workforce figures by area and year, as the DfE publishes them: no plan in it. */
const statistics = snapshot(
  [
    sheet("csww_indicators", [
      ["time_period", "la_name", "region_name", "turnover_rate_fte", "agency_rate_fte"],
      [2024, "Barnsley", "Yorkshire and The Humber", 11.8, 13],
      [2025, "Barnsley", "Yorkshire and The Humber", 12.1, 12.7],
      [2025, "Bedford", "East of England", 9.8, 10.3],
    ]),
  ],
  "dfe-csww-indicators.xlsx"
);
const SENTENCE =
  "dfe-csww-indicators.xlsx holds statistics (figures by area and year) but no actions or measures against targets, so there is nothing to rate.";

const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };
const today = () => new Date(2025, 2, 31, 9, 0);

/** Validate as the pane wires it: the shared analysis run over the gateway. */
const ValidateWithAnalysis = ({ gateway }: { gateway: WorkbookGateway }) => (
  <ValidateView gateway={gateway} mode="preview" analysis={useAnalysis(gateway)} />
);

/** The one sentence, shown once, as information: not an error, not a list, not a success. */
const expectNothingToRateOnce = async () => {
  const messages = await screen.findAllByTestId("nothing-to-rate");
  expect(messages).toHaveLength(1);
  expect(messages[0]).toHaveTextContent(SENTENCE);
  expect(screen.queryByRole("alert")).not.toBeInTheDocument();
};

describe("a workbook that is not a plan, in the pane", () => {
  it("Validate says so once as information, with no issue count and no 'No issues found'", async () => {
    const gateway = fakeGateway(statistics);
    renderWithTheme(<ValidateWithAnalysis gateway={gateway} />);
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    await expectNothingToRateOnce();
    expect(screen.queryByText("No issues found")).not.toBeInTheDocument();
    expect(screen.queryByText(/No table of actions or measures/)).not.toBeInTheDocument();
    expect(screen.queryByText(/issues? \(/)).not.toBeInTheDocument();
  });

  it("RAG: Rate and Refresh RAG say the same sentence and write nothing", async () => {
    const gateway = fakeGateway(statistics);
    renderWithTheme(<RagView gateway={gateway} mode="preview" analysis={idle} today={today} />);
    await userEvent.click(screen.getByRole("button", { name: "Rate" }));
    await expectNothingToRateOnce();
    expect(screen.queryByRole("table", { name: "Roll-up by group" })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Refresh RAG" }));
    await expectNothingToRateOnce();
    expect(screen.queryByText(/ratings are written/)).not.toBeInTheDocument();
    expect(gateway.applied).toEqual([]);
  });

  it("Report: Generate report writes nothing and says the sentence instead of a report of zeros", async () => {
    const gateway = fakeGateway(statistics);
    renderWithTheme(<ReportView gateway={gateway} mode="preview" analysis={idle} now={today} />);
    await userEvent.click(screen.getByRole("button", { name: "Generate report" }));
    await expectNothingToRateOnce();
    expect(screen.queryByText(/board report is written/)).not.toBeInTheDocument();
    expect(gateway.applied).toEqual([]);
  });

  it("Report: once the measures' read has said so, the sentence stands alone and Generate report is off", async () => {
    const gateway = fakeGateway(statistics);
    renderWithTheme(<ReportView gateway={gateway} mode="preview" analysis={idle} now={today} />);
    await userEvent.click(screen.getByRole("button", { name: "Load measures" }));
    await expectNothingToRateOnce();
    const generate = screen.getByRole("button", { name: "Generate report" });
    expect(generate).toHaveAttribute("aria-disabled", "true");
    await userEvent.click(generate);
    await expectNothingToRateOnce();
    expect(gateway.applied).toEqual([]);
  });
});
