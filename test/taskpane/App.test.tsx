import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneAnalysis } from "../../src/taskpane/hooks/pane-analysis";
import type { GatewayError } from "../../src/core/gateway";
import type { Result } from "../../src/core/result";
import { App } from "../../src/taskpane/App";
import { UNEXPECTED_FAILURE } from "../../src/taskpane/hooks/use-analysis";
import { PANE_VIEWS } from "../../src/taskpane/views/registry";
import type { ViewProps } from "../../src/taskpane/views/view-props";
import { renderWithTheme } from "./helpers/render";
import { analysis, fakeGateway, issue, sheet, snapshot } from "./helpers/workbook";

const workbook = snapshot([
  sheet("Key actions", [["Ref", "Owner"]]),
  sheet("Metrics", [["Metric"]]),
]);

const plan: PaneAnalysis = analysis(workbook, [
  // Out of order on purpose: the pane groups by sheet (workbook order) then severity.
  issue("Metrics", "C4", "warning", "The target is missing.", { field: "target", value: 12 }),
  issue("Key actions", "D7", "error", "The owner is blank.", { field: "owner" }),
  issue("Key actions", "E9", "info", "Ongoing: never overdue by date.", {
    field: "due",
    value: "Ongoing",
  }),
  issue("Key actions", "D12", "error", "Two owners.", {
    field: "responsibleOfficer",
    value: "<b>Jo</b> & Sam",
  }),
]);

const resolved =
  (value: PaneAnalysis) => async (): Promise<Result<PaneAnalysis, GatewayError>> => ({
    ok: true,
    value,
  });

const validate = async () => {
  await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
};

describe("App: Validate view", () => {
  it("opens on the Validate tab and shows nothing until asked", () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    expect(screen.getByRole("tab", { name: "Validate" })).toHaveAttribute("aria-selected", "true");
    expect(screen.queryByTestId("issue-count")).not.toBeInTheDocument();
  });

  it("shows the count in words and the issues grouped by sheet, then severity", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    await validate();

    expect(await screen.findByTestId("issue-count")).toHaveTextContent(
      "4 issues: 2 errors, 1 warning, 1 info"
    );

    const sheetHeadings = screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent);
    expect(sheetHeadings).toEqual(["Key actions — 3 issues", "Metrics — 1 issue"]);

    const keyActions = screen.getByRole("region", { name: "Key actions — 3 issues" });
    const sections = within(keyActions)
      .getAllByRole("heading", { level: 4 })
      .map((h) => h.textContent);
    expect(sections).toEqual(["Errors (2)", "Info (1)"]);
    const errors = within(keyActions).getByRole("region", { name: "Errors (2)" });
    const buttons = within(errors).getAllByRole("button");
    expect(buttons.map((b) => b.getAttribute("data-issue-cell"))).toEqual(["D7", "D12"]);
    expect(buttons[0]).toHaveTextContent("D7 · Owner");
    expect(buttons[0]).toHaveTextContent("The owner is blank.");
    expect(buttons[0]).toHaveTextContent("Value: (blank)");
  });

  it("selects the issue's sheet and cell when the issue is clicked", async () => {
    const gateway = fakeGateway(workbook);
    renderWithTheme(<App gateway={gateway} mode="excel" analyse={resolved(plan)} />);
    await validate();
    await userEvent.click(await screen.findByRole("button", { name: /C4 · Target/ }));
    await userEvent.click(screen.getByRole("button", { name: /D12 · Responsible officer/ }));
    expect(gateway.selections).toEqual([
      ["Metrics", "C4"],
      ["Key actions", "D12"],
    ]);
  });

  it("works from the keyboard: issues are native buttons that Enter and Space activate", async () => {
    const gateway = fakeGateway(workbook);
    renderWithTheme(<App gateway={gateway} mode="excel" analyse={resolved(plan)} />);
    await validate();
    await screen.findByTestId("issue-count");
    const target = screen.getByRole("button", { name: /D7 · Owner/ });
    // Fluent's focus manager (tabster) adds dummy tab stops that jsdom cannot walk, so focus directly.
    expect(target.tagName).toBe("BUTTON");
    expect(target).not.toHaveAttribute("tabindex", "-1");
    target.focus();
    expect(target).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    await userEvent.keyboard(" ");
    expect(gateway.selections).toEqual([
      ["Key actions", "D7"],
      ["Key actions", "D7"],
    ]);
  });

  it("shows cell text containing markup literally, never as HTML", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    await validate();
    const button = await screen.findByRole("button", { name: /D12/ });
    expect(button).toHaveTextContent("Value: “<b>Jo</b> & Sam”");
    expect(button.querySelector("b")).toBeNull();
  });

  it("says so when a select fails, in one sentence", async () => {
    const gateway = fakeGateway(workbook, {
      selectError: { kind: "host-error", message: "Excel could not select Measures!C4." },
    });
    renderWithTheme(<App gateway={gateway} mode="excel" analyse={resolved(plan)} />);
    await validate();
    await userEvent.click(await screen.findByRole("button", { name: /C4 · Target/ }));
    expect(await screen.findByText("Excel could not select Measures!C4.")).toBeInTheDocument();
  });

  it("shows a busy state while the workbook is read", async () => {
    let finish: (value: Result<PaneAnalysis, GatewayError>) => void = () => undefined;
    const pending = () =>
      new Promise<Result<PaneAnalysis, GatewayError>>((resolve) => (finish = resolve));
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={pending} />);
    await validate();
    expect(screen.getByText("Reading the workbook and checking it…")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Validate workbook" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    finish({ ok: true, value: plan });
    expect(await screen.findByTestId("issue-count")).toBeInTheDocument();
    expect(screen.queryByText("Reading the workbook and checking it…")).not.toBeInTheDocument();
  });

  it("shows the read failure as one plain sentence (through the real analyseWorkbook)", async () => {
    const message =
      "This workbook is password-protected; remove the password in Excel and try again.";
    const gateway = fakeGateway(workbook, { readError: { kind: "password-protected", message } });
    renderWithTheme(<App gateway={gateway} mode="excel" />);
    await validate();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(gateway.reads).toBe(1);
    expect(screen.queryByTestId("issue-count")).not.toBeInTheDocument();
  });

  it("turns an unexpected exception into a sentence, never a stack trace", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const broken = async (): Promise<Result<PaneAnalysis, GatewayError>> => {
      throw new TypeError("Cannot read properties of undefined (reading 'values')");
    };
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={broken} />);
    await validate();
    expect(await screen.findByText(UNEXPECTED_FAILURE)).toBeInTheDocument();
    expect(screen.queryByText(/TypeError|reading 'values'/)).not.toBeInTheDocument();
    spy.mockRestore();
  });

  it("says No issues found for a clean workbook", async () => {
    renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        analyse={resolved(analysis(workbook, []))}
      />
    );
    await validate();
    expect(await screen.findByTestId("issue-count")).toHaveTextContent(
      "0 issues: 0 errors, 0 warnings, 0 info"
    );
    expect(screen.getByText("No issues found")).toBeInTheDocument();
  });

  it("lists what could not be mapped, plainly", async () => {
    const unmapped = [
      {
        sheet: "Key actions",
        cell: "H3",
        text: "Comment about <i>status</i>",
        reason: "a header Plan Tracker does not recognise",
      },
    ];
    renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        analyse={resolved(analysis(workbook, [], unmapped))}
      />
    );
    await validate();
    const section = await screen.findByRole("region", { name: "Not mapped (1)" });
    expect(section).toHaveTextContent(
      "Key actions!H3 “Comment about <i>status</i>”: a header Plan Tracker does not recognise"
    );
    expect(section.querySelector("i")).toBeNull();
  });

  it("says once, above the issues, when the stored mapping's tables were followed to new rows", async () => {
    const moved =
      'Rows were added or removed above a table since the mapping was saved, so its header was followed to where it is now ("Key actions" row 1 → 3); save the mapping again to record it.';
    const followed: PaneAnalysis = { ...plan, headerMoves: moved };
    renderWithTheme(
      <App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(followed)} />
    );
    await validate();
    const note = await screen.findByTestId("header-moves");
    expect(note).toHaveTextContent(moved);
    expect(screen.getAllByText(moved)).toHaveLength(1);
    // Before the count and the first issue, in reading order.
    const first = screen.getAllByRole("button", { name: /^D7 · Owner/ })[0];
    expect(
      note.compareDocumentPosition(screen.getByTestId("issue-count")) &
        Node.DOCUMENT_POSITION_FOLLOWING
    ).toBeTruthy();
    expect(note.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it("says nothing of moved tables when none moved", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    await validate();
    await screen.findByTestId("issue-count");
    expect(screen.queryByTestId("header-moves")).not.toBeInTheDocument();
  });

  it("pages long sections instead of rendering thousands of buttons", async () => {
    const many = Array.from({ length: 130 }, (_, i) =>
      issue("Key actions", `B${i + 2}`, "warning", `Problem ${i + 1}`)
    );
    renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        analyse={resolved(analysis(workbook, many))}
      />
    );
    await validate();
    const section = await screen.findByRole("region", { name: "Warnings (130)" });
    expect(within(section).getAllByRole("button", { name: /^B\d+/ })).toHaveLength(50);
    await userEvent.click(within(section).getByRole("button", { name: "Show 50 more of 80" }));
    expect(within(section).getAllByRole("button", { name: /^B\d+/ })).toHaveLength(100);
  });
});

describe("App: views", () => {
  it("opens the view named by ?view=, falling back to the first for an unknown one", async () => {
    const rag = renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        initialView="rag"
        analyse={resolved(plan)}
      />
    );
    expect(screen.getByRole("tab", { name: "RAG" })).toHaveAttribute("aria-selected", "true");
    // The RAG view's code arrives on demand; its buttons appear once it has.
    expect(await screen.findByRole("button", { name: "Refresh RAG" })).toBeInTheDocument();
    rag.unmount();
    const unknown = renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        initialView="nonsense"
        analyse={resolved(plan)}
      />
    );
    expect(screen.getByRole("tab", { name: "Validate" })).toHaveAttribute("aria-selected", "true");
    unknown.unmount();
  });

  it("opens the Report view for the ribbon's ?view=report", async () => {
    renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        initialView="report"
        analyse={resolved(plan)}
      />
    );
    expect(screen.getByRole("tab", { name: "Report" })).toHaveAttribute("aria-selected", "true");
    expect(await screen.findByRole("button", { name: "Generate report" })).toBeInTheDocument();
    expect(
      screen.getByText(
        "Adds or rebuilds the sheet 'Board report'; nothing else in the workbook changes."
      )
    ).toBeInTheDocument();
  });

  it("switches between registered views and keeps the shared analysis", async () => {
    const Second = ({ analysis: shared }: ViewProps) => (
      <p>{`Second view sees: ${shared.state.status}`}</p>
    );
    const views = [...PANE_VIEWS, { id: "second", label: "Second", Component: Second }];
    renderWithTheme(
      <App gateway={fakeGateway(workbook)} mode="excel" views={views} analyse={resolved(plan)} />
    );
    await validate();
    await screen.findByTestId("issue-count");
    await userEvent.click(screen.getByRole("tab", { name: "Second" }));
    expect(screen.getByText("Second view sees: done")).toBeInTheDocument();
    await waitFor(() =>
      expect(screen.getByRole("tabpanel")).toHaveAttribute(
        "aria-labelledby",
        "plan-tracker-tab-second"
      )
    );
  });
});
