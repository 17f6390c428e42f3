import { screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GatewayError } from "../../../../src/core/gateway";
import type { Result } from "../../../../src/core/result";
import { App } from "../../../../src/taskpane/App";
import type { PaneAnalysis } from "../../../../src/taskpane/hooks/pane-analysis";
import {
  filterChoices,
  filterPaneIssues,
} from "../../../../src/taskpane/components/validate/pane-issue-filter";
import { renderWithTheme } from "../../helpers/render";
import { analysis, fakeGateway, issue, sheet, snapshot } from "../../helpers/workbook";

// docs/HISTORY.md#issue-11: notes folded by default and never before errors; each issue names its row's owner; the
// list can be narrowed by severity, rule and owner.

const workbook = snapshot([
  sheet("Notes first", [["Ref"]]),
  sheet("Key actions", [["Ref", "Owner"]]),
]);
const issues = [
  issue("Notes first", "B2", "info", "Spacing tidied.", { code: "text-normalise" }),
  issue("Notes first", "B3", "info", "More spacing.", { code: "text-normalise" }),
  issue("Key actions", "D7", "error", "No timescale.", {
    code: "timescale-missing",
    owner: ["Ann James"],
  }),
  issue("Key actions", "D9", "warning", "Two owners.", {
    code: "owner-multiple",
    owner: ["Sue Hall", "Mark Bone"],
  }),
];
const plan: PaneAnalysis = analysis(workbook, issues);
const resolved =
  (value: PaneAnalysis) => async (): Promise<Result<PaneAnalysis, GatewayError>> => ({
    ok: true,
    value,
  });

const validate = async () => {
  renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
  await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
  await screen.findByTestId("issue-count");
};

describe("the Validate view's issue list", () => {
  it("puts the sheet with errors before a sheet of notes, and folds the notes behind 'Show 2 notes'", async () => {
    await validate();
    expect(screen.getAllByRole("heading", { level: 3 }).map((h) => h.textContent)).toEqual([
      "Key actions — 2 issues",
      "Notes first — 2 issues",
    ]);
    const notes = screen.getByRole("region", { name: "Notes first — 2 issues" });
    const show = within(notes).getByRole("button", { name: "Show 2 notes" });
    expect(show).toHaveAttribute("aria-expanded", "false");
    expect(within(notes).queryByText("Spacing tidied.")).not.toBeInTheDocument();
    await userEvent.click(show);
    expect(within(notes).getByRole("button", { name: "Hide 2 notes" })).toHaveAttribute(
      "aria-expanded",
      "true"
    );
    expect(within(notes).getByText("Spacing tidied.")).toBeInTheDocument();
  });

  it("names the owner of each issue's row", async () => {
    await validate();
    expect(screen.getByRole("button", { name: /D7/ })).toHaveTextContent("Owner: Ann James");
    expect(screen.getByRole("button", { name: /D9/ })).toHaveTextContent(
      "Owner: Sue Hall; Mark Bone"
    );
  });

  it("has labelled severity, rule and owner filters", async () => {
    await validate();
    const filters = screen.getByRole("group", { name: "Filter issues" });
    expect(within(filters).getByRole("combobox", { name: "Severity" })).toBeInTheDocument();
    expect(within(filters).getByRole("combobox", { name: "Rule" })).toBeInTheDocument();
    expect(within(filters).getByRole("combobox", { name: "Owner" })).toBeInTheDocument();
  });

  it("narrows by owner from the keyboard", async () => {
    await validate();
    const owner = screen.getByRole("combobox", { name: "Owner" });
    owner.focus();
    await userEvent.keyboard("{ArrowDown}");
    await userEvent.click(await screen.findByRole("option", { name: "Mark Bone" }));
    expect(screen.queryByRole("button", { name: /D7/ })).not.toBeInTheDocument();
    expect(screen.getByRole("button", { name: /D9/ })).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(screen.getByRole("button", { name: /D7/ })).toBeInTheDocument();
  });

  it("filters by severity, rule and any of a row's owners", () => {
    expect(
      filterPaneIssues(issues, { severity: "error", code: null, owner: null }).map((i) => i.cell)
    ).toEqual(["D7"]);
    expect(
      filterPaneIssues(issues, { severity: null, code: "text-normalise", owner: null }).map(
        (i) => i.cell
      )
    ).toEqual(["B2", "B3"]);
    expect(
      filterPaneIssues(issues, { severity: null, code: null, owner: "Sue Hall" }).map((i) => i.cell)
    ).toEqual(["D9"]);
    expect(filterChoices(issues)).toEqual({
      codes: ["owner-multiple", "text-normalise", "timescale-missing"],
      owners: ["Ann James", "Mark Bone", "Sue Hall"],
    });
  });
});
