import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../../../src/taskpane/App";
import { MyActionsView } from "../../../../src/taskpane/components/my-actions/MyActionsView";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import { loadFixture } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";
import { fakeGateway } from "../../helpers/workbook";

const KEY = "plan-tracker.my-name";
const idle = {
  state: { status: "idle" },
  run: async () => undefined,
} as unknown as AnalysisController;
const sept30 = () => new Date(2022, 8, 30);

beforeEach(() => localStorage.clear());
afterEach(() => jest.restoreAllMocks());

const bucket = (name: RegExp) => screen.findByRole("region", { name });

describe("My actions", () => {
  it("asks for a name, lists the people Plan Tracker found, and remembers the one picked", async () => {
    renderWithTheme(
      <MyActionsView
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        analysis={idle}
        today={sept30}
      />
    );
    const picker = await screen.findByRole("combobox", { name: "Your name" });
    await waitFor(() => expect(within(picker).getAllByRole("option").length).toBeGreaterThan(5));
    expect(
      within(picker).getByRole("option", { name: /^Sara Scholey \(19 actions\)$/ })
    ).toBeInTheDocument();
    await userEvent.selectOptions(picker, "Cathi Hadley");
    expect(localStorage.getItem(KEY)).toBe("Cathi Hadley");
    expect(await bucket(/^Due in the next 30 days \(1\)$/)).toHaveTextContent("3.10 ·");
  });

  it("shows the remembered person's actions in five lists, each going to its row", async () => {
    localStorage.setItem(KEY, "Cathi Hadley");
    const gateway = fakeGateway(loadFixture("bcp"));
    renderWithTheme(
      <MyActionsView gateway={gateway} mode="preview" analysis={idle} today={sept30} />
    );
    const soon = await bucket(/^Due in the next 30 days \(1\)$/);
    expect(screen.getByRole("region", { name: "Overdue (0)" })).toBeInTheDocument();
    expect(
      within(await bucket(/^Done \(1\)$/)).getByRole("button", { name: /3\.1 ·/ })
    ).toHaveTextContent("Recorded status: done fill");
    const row = within(soon).getByRole("button", { name: /3\.10 ·/ });
    expect(row).toHaveTextContent("Due: 30/9/22 (read as 30 Sep 2022)");
    expect(row).toHaveTextContent("Plan Tracker: due 30 Sep 2022, due today");
    await userEvent.click(row);
    expect(gateway.selections).toEqual([["Improvement Plan", "B103"]]);
  });

  it("updates an action by keyboard alone: the revised date said back as read, only its cells written", async () => {
    localStorage.setItem(KEY, "Cathi Hadley");
    const gateway = fakeGateway(loadFixture("bcp"));
    renderWithTheme(
      <MyActionsView
        gateway={gateway}
        mode="excel"
        analysis={idle}
        today={() => new Date(2022, 9, 3)}
      />
    );
    const open = await screen.findByRole("button", { name: "Update 3.10" });
    open.focus();
    await userEvent.keyboard("{Enter}");
    const form = await screen.findByRole("form", { name: "Update 3.10" });
    const status = await within(form).findByRole("combobox", { name: "Status" });
    expect(
      within(status)
        .getAllByRole("option")
        .map((option) => option.textContent)
    ).toEqual([
      "Leave as it is",
      "High risk",
      "Significant risk",
      "On track",
      "Actioned",
      "Completed and can be removed from plan",
    ]);
    // From the Update button, Tab goes into the form in reading order.
    await userEvent.tab();
    expect(status).toHaveFocus();
    await userEvent.tab();
    expect(within(form).getByRole("textbox", { name: "Progress note" })).toHaveFocus();
    await userEvent.keyboard("Partners met again.");
    const date = within(form).getByRole("textbox", { name: "Revised date" });
    date.focus();
    await userEvent.keyboard("31 Febuary 2023");
    expect(
      within(form).getByText(/is not a date Plan Tracker can read|not a real date/)
    ).toBeInTheDocument();
    await userEvent.clear(date);
    await userEvent.keyboard("end of Dec 2022");
    expect(within(form).getByText("Read as 31 Dec 2022")).toBeInTheDocument();
    within(form).getByRole("button", { name: "Save update" }).focus();
    await userEvent.keyboard("{Enter}");
    const saved = await screen.findByTestId("my-actions-saved");
    expect(saved).toHaveTextContent("Revised date (D103): 'end of Dec 2022', read as 31 Dec 2022");
    expect(saved).toHaveTextContent("Progress (G103): added above the earlier text");
    expect(gateway.applied).toHaveLength(1);
    expect(gateway.applied[0].ops.map((op) => ("topLeft" in op ? op.topLeft : ""))).toEqual([
      "G103",
      "D103",
    ]);
  });

  it("works when this machine's storage is blocked: nothing remembered, nothing broken", async () => {
    jest.spyOn(Storage.prototype, "getItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    jest.spyOn(Storage.prototype, "setItem").mockImplementation(() => {
      throw new Error("blocked");
    });
    renderWithTheme(
      <MyActionsView
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        analysis={idle}
        today={sept30}
      />
    );
    const picker = await screen.findByRole("combobox", { name: "Your name" });
    await waitFor(() => expect(within(picker).getAllByRole("option").length).toBeGreaterThan(5));
    await userEvent.selectOptions(picker, "Cathi Hadley");
    expect(await bucket(/^Done \(1\)$/)).toBeInTheDocument();
  });
});

describe("The pane's one as-of date", () => {
  it("is kept across tab switches and shared by My actions and RAG", async () => {
    renderWithTheme(
      <App gateway={fakeGateway(loadFixture("bcp"))} mode="preview" initialView="my-actions" />
    );
    const date = await screen.findByLabelText("As-of date");
    await userEvent.clear(date);
    await userEvent.type(date, "2022-12-31");
    await userEvent.click(screen.getByRole("tab", { name: "RAG" }));
    expect(await screen.findByLabelText("As-of date")).toHaveValue("2022-12-31");
    await userEvent.click(screen.getByRole("tab", { name: "My actions" }));
    expect(await screen.findByLabelText("As-of date")).toHaveValue("2022-12-31");
  });
});
