import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Mapping } from "../../../../src/core/mapping/mapping";
import { mappingFromXml } from "../../../../src/core/mapping/mapping-xml";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import { SAVED_IN_PREVIEW } from "../../../../src/taskpane/components/mapping/MappingEditor";
import * as engine from "../../../../src/taskpane/engines/mapping";
import { MappingView } from "../../../../src/taskpane/components/mapping/MappingView";
import { renderWithTheme } from "../../helpers/render";
import { fixtureGateway, type StoringGateway } from "../../mapping-fakes";

// docs/HISTORY.md#issue-10-6: a suggested polarity is shown as suggested, and one click confirms all of them into the mapping.

const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

const setup = (): StoringGateway => {
  const gateway = fixtureGateway("gcc");
  renderWithTheme(
    <MappingView
      gateway={gateway}
      mode="preview"
      analysis={idle}
      loadEngine={async () => engine}
      today={() => new Date(2022, 6, 28)}
    />
  );
  return gateway;
};

const openMeasures = async () => {
  await screen.findByTestId("mapping-source");
  await userEvent.click(screen.getByRole("button", { name: /^Measures \(15\)$/ }));
};

const stored = (gateway: StoringGateway): Mapping => {
  const read = mappingFromXml(gateway.stored[0]);
  if (!read.ok) throw new Error(read.error);
  return read.value;
};

describe("MappingView: suggested polarities", () => {
  it("shows each suggestion preselected but marked, with its reason, and not yet in the mapping", async () => {
    setup();
    await openMeasures();
    expect(screen.getByTestId("polarity-suggestions")).toHaveTextContent(
      "Plan Tracker suggested a polarity for 12 measures"
    );
    const turnover = screen.getByRole("group", { name: "Turnover (overall)" });
    const polarity = within(turnover).getByRole("combobox", { name: "Polarity" });
    expect(polarity).toHaveValue("");
    expect(within(polarity).getByRole("option", { selected: true })).toHaveTextContent(
      "Lower is better (suggested)"
    );
    expect(
      within(turnover).getByText(
        "Suggested: name says 'turnover'. Not in the mapping until accepted."
      )
    ).toBeInTheDocument();
    // Nothing suggested for a name that says nothing either way: it stays "Not set".
    const toolkit = within(
      screen.getByRole("group", { name: "%age of Neglect toolkit used at contact" })
    ).getByRole("combobox", { name: "Polarity" });
    expect(within(toolkit).getByRole("option", { selected: true })).toHaveTextContent("Not set");
  });

  it("Accept suggestions writes them into the mapping's measures, saved the usual way", async () => {
    const gateway = setup();
    await openMeasures();
    await userEvent.click(screen.getByRole("button", { name: "Accept suggestions" }));
    expect(screen.queryByRole("button", { name: "Accept suggestions" })).not.toBeInTheDocument();
    expect(screen.getByTestId("mapping-changed")).toHaveTextContent(
      "You have changes that are not saved yet."
    );
    const turnover = within(screen.getByRole("group", { name: "Turnover (overall)" })).getByRole(
      "combobox",
      { name: "Polarity" }
    );
    expect(turnover).toHaveValue("lower_is_better");
    expect(within(turnover).getByRole("option", { selected: true })).toHaveTextContent(
      "Lower is better"
    );
    await userEvent.click(screen.getByRole("button", { name: "Save to the workbook" }));
    await screen.findByText(SAVED_IN_PREVIEW);
    const measures = stored(gateway).measures;
    expect(measures.filter((m) => m.polarity !== undefined)).toHaveLength(12);
    expect(measures.find((m) => m.name === "Turnover (overall)")).toEqual({
      name: "Turnover (overall)",
      polarity: "lower_is_better",
    });
    expect(
      measures.find((m) => m.name === "% of Single Assessments completed within 45 w.days")
        ?.polarity
    ).toBe("higher_is_better");
    expect(
      measures.find((m) => m.name === "%age of Neglect toolkit used at contact")?.polarity
    ).toBeUndefined();
  });

  it("a polarity chosen by hand wins, and that measure is no longer counted as suggested", async () => {
    setup();
    await openMeasures();
    const turnover = screen.getByRole("group", { name: "Turnover (overall)" });
    await userEvent.selectOptions(
      within(turnover).getByRole("combobox", { name: "Polarity" }),
      "Higher is better"
    );
    expect(screen.getByTestId("polarity-suggestions")).toHaveTextContent(
      "Plan Tracker suggested a polarity for 11 measures"
    );
    expect(within(turnover).queryByText(/^Suggested:/)).not.toBeInTheDocument();
  });
});
