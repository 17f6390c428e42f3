import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GatewayError } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import { App } from "../../../src/taskpane/App";
import type { PaneAnalysis } from "../../../src/taskpane/hooks/pane-analysis";
import { loadFixture } from "../../support/snapshot-builder";
import { renderWithTheme } from "../helpers/render";
import { analysis, fakeGateway, issue, sheet, snapshot } from "../helpers/workbook";

// docs/HISTORY.md#issue-16: skip links, the live region's sentence when a run ends, and headings in order per view.

const workbook = snapshot([
  sheet("Key actions", [["Ref", "Owner"]]),
  sheet("Metrics", [["Metric"]]),
]);
const plan: PaneAnalysis = analysis(workbook, [
  issue("Key actions", "D7", "error", "The owner is blank.", { field: "owner" }),
  issue("Key actions", "D12", "error", "Two owners.", { field: "owner", value: "Jo & Sam" }),
  issue("Metrics", "C4", "warning", "The target is missing.", { field: "target", value: 12 }),
  issue("Key actions", "E9", "info", "Ongoing: never overdue by date.", {
    field: "due",
    value: "Ongoing",
  }),
]);
const resolved =
  (value: PaneAnalysis) => async (): Promise<Result<PaneAnalysis, GatewayError>> => ({
    ok: true,
    value,
  });

const announcer = () => screen.getByTestId("pane-announcer");

/** Every heading level in document order; none may skip a level on the way down (axe heading-order). */
const expectHeadingsInOrder = () => {
  const levels = screen.getAllByRole("heading").map((heading) => Number(heading.tagName.slice(1)));
  expect(levels[0]).toBe(1);
  levels.forEach((level, index) => {
    if (index > 0) expect(level - levels[index - 1]).toBeLessThanOrEqual(1);
  });
  return levels;
};

describe("skip links", () => {
  it("are the first links, and lead to the view's main action and to its results", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    const links = within(screen.getByTestId("skip-links")).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Skip to Validate workbook",
      "Skip to validation results",
    ]);
    // Nothing focusable comes before them.
    const firstFocusable = document.querySelector<HTMLElement>(
      "a[href], button, input, select, [tabindex='0']"
    );
    expect(firstFocusable).toBe(links[0]);

    await userEvent.click(links[0]);
    expect(screen.getByRole("button", { name: "Validate workbook" })).toHaveFocus();
    await userEvent.click(links[1]);
    expect(screen.getByRole("region", { name: "Validation results" })).toHaveFocus();
  });

  it("follow the view shown: RAG's lead to Rate and to the ratings", async () => {
    renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        initialView="rag"
        analyse={resolved(plan)}
      />
    );
    await screen.findByRole("button", { name: "Refresh RAG" });
    const links = within(screen.getByTestId("skip-links")).getAllByRole("link");
    expect(links.map((link) => link.textContent)).toEqual([
      "Skip to Rate and Refresh RAG",
      "Skip to ratings",
    ]);
    await userEvent.click(links[0]);
    expect(screen.getByRole("button", { name: "Rate" })).toHaveFocus();
    await userEvent.click(links[1]);
    expect(screen.getByRole("region", { name: "Ratings" })).toHaveFocus();
  });

  it("are reached with Tab and followed with Enter, keyboard only", async () => {
    renderWithTheme(
      <App
        gateway={fakeGateway(workbook)}
        mode="excel"
        initialView="report"
        analyse={resolved(plan)}
      />
    );
    await screen.findByRole("button", { name: "Generate report" });
    await userEvent.tab();
    expect(screen.getByRole("link", { name: "Skip to Generate report" })).toHaveFocus();
    await userEvent.keyboard("{Enter}");
    expect(screen.getByRole("button", { name: "Generate report" })).toHaveFocus();
  });
});

describe("the live region", () => {
  it("is on the page before any run, and says how Validate ended in words", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    expect(announcer()).toHaveAttribute("aria-live", "polite");
    expect(announcer()).toHaveTextContent("");
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    await waitFor(() =>
      expect(announcer()).toHaveTextContent("Validation finished: 2 errors, 1 warning, 1 info.")
    );
    // Said again on a second run, even in the same words.
    const first = announcer().firstElementChild;
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    await waitFor(() => expect(announcer().firstElementChild).not.toBe(first));
    expect(announcer()).toHaveTextContent("Validation finished: 2 errors, 1 warning, 1 info.");
  });

  it("says when Validate failed", async () => {
    const failing = async (): Promise<Result<PaneAnalysis, GatewayError>> => ({
      ok: false,
      error: { kind: "unreadable", message: "Excel is busy." },
    });
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={failing} />);
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    await waitFor(() => expect(announcer()).toHaveTextContent(/^Validation failed: /));
  });

  it("says how Rate ended in the RAG view", async () => {
    renderWithTheme(
      <App
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        initialView="rag"
        analyse={resolved(plan)}
      />
    );
    await userEvent.click(await screen.findByRole("button", { name: "Rate" }));
    await waitFor(() =>
      expect(announcer()).toHaveTextContent(/^Rating finished\. Rated as of .+: \d+ actions/)
    );
  });
});

describe("landmarks and headings", () => {
  it("has a banner with the h1, the views' tabs as navigation, and the view as main", () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    expect(
      within(screen.getByRole("banner")).getByRole("heading", { level: 1, name: "Plan Tracker" })
    ).toBeInTheDocument();
    expect(
      within(screen.getByRole("navigation", { name: "Views" })).getByRole("tablist", {
        name: "Views",
      })
    ).toBeInTheDocument();
    expect(within(screen.getByRole("main")).getByRole("tabpanel")).toBeInTheDocument();
  });

  it("keeps the view tabs to one Tab stop, moved by the arrow keys", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs.map((tab) => tab.getAttribute("tabindex"))).toEqual([
      "0",
      "-1",
      "-1",
      "-1",
      "-1",
      "-1",
    ]);
    tabs[0].focus();
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "RAG" })).toHaveFocus();
    expect(screen.getByRole("tab", { name: "RAG" })).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{End}");
    expect(screen.getByRole("tab", { name: "Mapping" })).toHaveAttribute("aria-selected", "true");
    await userEvent.keyboard("{ArrowRight}");
    expect(screen.getByRole("tab", { name: "Validate" })).toHaveFocus();
  });

  it("Validate, with results: h1, h2, then the sheets and their severities", async () => {
    renderWithTheme(<App gateway={fakeGateway(workbook)} mode="excel" analyse={resolved(plan)} />);
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    await screen.findByTestId("issue-count");
    expect(expectHeadingsInOrder().slice(0, 3)).toEqual([1, 2, 3]);
  });

  it("RAG, rated: in order", async () => {
    renderWithTheme(
      <App
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        initialView="rag"
        analyse={resolved(plan)}
      />
    );
    await userEvent.click(await screen.findByRole("button", { name: "Rate" }));
    await screen.findByTestId("rag-summary");
    expectHeadingsInOrder();
  });

  it("Report and Mapping, as opened: in order", async () => {
    const report = renderWithTheme(
      <App
        gateway={fakeGateway(loadFixture("bcp"))}
        mode="preview"
        initialView="report"
        analyse={resolved(plan)}
      />
    );
    await screen.findByRole("button", { name: "Generate report" });
    expectHeadingsInOrder();
    report.unmount();
    renderWithTheme(
      <App
        gateway={fakeGateway(loadFixture("gcc"))}
        mode="preview"
        initialView="mapping"
        analyse={resolved(plan)}
      />
    );
    await screen.findByTestId("mapping-source");
    expectHeadingsInOrder();
  });
});
