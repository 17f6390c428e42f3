import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { PaneAnalysis } from "../../../src/taskpane/hooks/pane-analysis";
import type { GatewayError, WorkbookGateway } from "../../../src/core/gateway";
import type { Result } from "../../../src/core/result";
import { PreviewShell } from "../../../src/taskpane/preview/PreviewShell";
import type { OpenWorkbook, PreviewGateway } from "../../../src/taskpane/preview/preview-gateway";
import { sampleFromQuery } from "../../../src/taskpane/preview/samples";
import { renderWithTheme } from "../helpers/render";
import { loadFixture } from "../../support/snapshot-builder";
import { analysis, fakeGateway, issue, sheet, snapshot } from "../helpers/workbook";
import type { FakeGateway } from "../helpers/workbook";

const workbook = snapshot(
  [
    sheet("Key actions", [
      ["Ref", "Action", "Lead"],
      ["1.1", "Recruit", "Jo Bloggs"],
      ["1.2", "Audit", "TBC"],
    ]),
  ],
  "gcc.xlsx"
);

const analyseFromSnapshot = async (
  gateway: WorkbookGateway
): Promise<Result<PaneAnalysis, GatewayError>> => {
  const read = await gateway.read();
  if (!read.ok) return read;
  return {
    ok: true,
    value: analysis(read.value, [
      issue("Key actions", "C3", "warning", "The lead is TBC; name one accountable person.", {
        value: "TBC",
      }),
    ]),
  };
};

const setup = () => {
  const fetched: string[] = [];
  const opened: string[] = [];
  const fetcher = async (url: string) => {
    fetched.push(url);
    return new Uint8Array([80, 75, 3, 4]).buffer;
  };
  const openWorkbook: OpenWorkbook = async (_bytes, name) => {
    opened.push(name);
    const gateway: PreviewGateway = fakeGateway({ ...workbook, name });
    return { ok: true, value: gateway };
  };
  renderWithTheme(
    <PreviewShell
      initialSample={sampleFromQuery("")}
      fetcher={fetcher}
      openWorkbook={openWorkbook}
      analyse={analyseFromSnapshot}
    />
  );
  return { fetched, opened };
};

describe("PreviewShell", () => {
  it("always shows the preview banner", async () => {
    setup();
    const banner = screen.getByTestId("preview-banner");
    expect(banner).toHaveTextContent(
      "Preview — not connected to Excel. You are looking at a sample workbook; nothing here leaves your computer."
    );
    await screen.findByRole("grid", { name: "Key actions" });
    expect(screen.getByTestId("preview-banner")).toBeInTheDocument();
  });

  it("opens the GCC sample from the built samples folder by default and draws it", async () => {
    const { fetched, opened } = setup();
    await screen.findByRole("grid", { name: "Key actions" });
    expect(fetched).toEqual(["samples/gcc.xlsx"]);
    expect(opened).toEqual(["gcc.xlsx"]);
    expect(screen.getByRole("heading", { name: "gcc.xlsx" })).toBeInTheDocument();
  });

  it("validates, and clicking an issue highlights its cell in the grid", async () => {
    setup();
    await screen.findByRole("grid", { name: "Key actions" });
    await userEvent.click(screen.getByRole("button", { name: "Validate workbook" }));
    expect(await screen.findByTestId("issue-count")).toHaveTextContent(
      "1 issue: 0 errors, 1 warning, 0 info"
    );
    expect(document.querySelector('td[aria-selected="true"]')).toBeNull();
    await userEvent.click(screen.getByRole("button", { name: /C3 · Owner/ }));
    await waitFor(() =>
      expect(document.querySelector('td[data-address="C3"]')).toHaveAttribute(
        "aria-selected",
        "true"
      )
    );
    expect(document.querySelectorAll('td[aria-selected="true"]')).toHaveLength(1);
  });

  it("switches to another sample", async () => {
    const { fetched } = setup();
    await screen.findByRole("grid", { name: "Key actions" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Workbook" }), "bcp");
    await waitFor(() => expect(fetched).toEqual(["samples/gcc.xlsx", "samples/bcp.xlsx"]));
    expect(await screen.findByRole("heading", { name: "bcp.xlsx" })).toBeInTheDocument();
  });

  it("opens the person's own .xlsx locally and says so in the banner", async () => {
    const { fetched, opened } = setup();
    await screen.findByRole("grid", { name: "Key actions" });
    await userEvent.upload(
      screen.getByTestId("own-file-input"),
      new File([new Uint8Array([80, 75, 3, 4])], "Our plan.xlsx")
    );
    expect(await screen.findByRole("heading", { name: "Our plan.xlsx" })).toBeInTheDocument();
    expect(opened).toEqual(["gcc.xlsx", "Our plan.xlsx"]);
    expect(fetched).toEqual(["samples/gcc.xlsx"]);
    expect(screen.getByTestId("preview-banner")).toHaveTextContent(
      "You are looking at Our plan.xlsx, opened from your computer"
    );
    expect(
      within(screen.getByRole("combobox", { name: "Workbook" })).getByRole("option", {
        name: "Your file: Our plan.xlsx",
      })
    ).toHaveProperty("selected", true);
  });

  it("says which workbook it is opening while it opens, and lets go of the one shown when another is chosen", async () => {
    const closed: string[] = [];
    let finishOpening: () => void = () => undefined;
    const openWorkbook: OpenWorkbook = async (_bytes, name) => {
      if (name === "bcp.xlsx") await new Promise<void>((resolve) => (finishOpening = resolve));
      const gateway: PreviewGateway = {
        ...fakeGateway({ ...workbook, name }),
        close: () => closed.push(name),
      };
      return { ok: true, value: gateway };
    };
    const view = renderWithTheme(
      <PreviewShell
        initialSample={sampleFromQuery("")}
        fetcher={async () => new Uint8Array([80, 75, 3, 4]).buffer}
        openWorkbook={openWorkbook}
      />
    );
    await screen.findByRole("grid", { name: "Key actions" });
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Workbook" }), "bcp");
    expect(await screen.findByText("Opening bcp.xlsx…")).toBeInTheDocument();
    expect(closed).toEqual(["gcc.xlsx"]);
    finishOpening();
    expect(await screen.findByRole("heading", { name: "bcp.xlsx" })).toBeInTheDocument();
    expect(screen.queryByText("Opening bcp.xlsx…")).toBeNull();
    view.unmount();
    expect(closed).toEqual(["gcc.xlsx", "bcp.xlsx"]);
  });

  it("refuses a file that is not .xlsx with one sentence", async () => {
    setup();
    await screen.findByRole("grid", { name: "Key actions" });
    await userEvent.upload(screen.getByTestId("own-file-input"), new File(["x"], "old.xls"), {
      applyAccept: false,
    });
    expect(
      await screen.findByText(
        'old.xls is not an .xlsx workbook; save it from Excel as "Excel Workbook (.xlsx)" and open that.'
      )
    ).toBeInTheDocument();
  });

  it("says plainly when the workbook cannot be opened", async () => {
    const openWorkbook: OpenWorkbook = async () => ({
      ok: false,
      error: { kind: "unreadable", message: "gcc.xlsx is not a workbook Plan Tracker can read." },
    });
    renderWithTheme(
      <PreviewShell
        initialSample={sampleFromQuery("")}
        fetcher={async () => new ArrayBuffer(0)}
        openWorkbook={openWorkbook}
      />
    );
    expect(
      await screen.findByText("gcc.xlsx is not a workbook Plan Tracker can read.")
    ).toBeInTheDocument();
    expect(screen.queryByRole("grid")).not.toBeInTheDocument();
  });

  describe("with the RAG view", () => {
    const openScorecard = () => {
      const gateways: FakeGateway[] = [];
      const openWorkbook: OpenWorkbook = async (_bytes, name) => {
        const gateway = fakeGateway({ ...loadFixture("scorecard"), name });
        gateways.push(gateway);
        return { ok: true, value: gateway };
      };
      renderWithTheme(
        <PreviewShell
          initialSample={sampleFromQuery("?sample=scorecard")}
          initialView="rag"
          fetcher={async () => new Uint8Array([80, 75, 3, 4]).buffer}
          openWorkbook={openWorkbook}
        />
      );
      return gateways;
    };

    it("highlights the Actual cells in the grid after Rate, with the level in words", async () => {
      openScorecard();
      await screen.findByRole("grid", { name: "Scorecard" });
      expect(document.querySelector("td[data-rag-level]")).toBeNull();
      await userEvent.click(await screen.findByRole("button", { name: "Rate" }));
      await waitFor(() =>
        expect(document.querySelector('td[data-address="H6"]')).toHaveAttribute(
          "data-rag-level",
          "red"
        )
      );
      expect(document.querySelector('td[data-address="H7"]')).toHaveAttribute(
        "data-rag-level",
        "amber"
      );
      // Targets and names are not rated cells.
      expect(document.querySelector('td[data-address="I6"]')).not.toHaveAttribute("data-rag-level");
      expect(document.querySelector('td[data-address="B6"]')).not.toHaveAttribute("data-rag-level");
    });

    it("redraws the grid from the workbook after Refresh RAG writes into it", async () => {
      const gateways = openScorecard();
      await screen.findByRole("grid", { name: "Scorecard" });
      const readsBefore = gateways[0].reads;
      await userEvent.click(await screen.findByRole("button", { name: "Refresh RAG" }));
      await screen.findByText("The ratings are written into the copy shown here.");
      expect(gateways[0].applied).toHaveLength(1);
      // One read to rate, then the grid's own re-read after the write.
      await waitFor(() => expect(gateways[0].reads).toBeGreaterThanOrEqual(readsBefore + 2));
      expect(document.querySelector('td[data-address="H6"]')).toHaveAttribute(
        "data-rag-level",
        "red"
      );
    });

    it("forgets the highlights when another workbook is opened", async () => {
      openScorecard();
      await screen.findByRole("grid", { name: "Scorecard" });
      await userEvent.click(await screen.findByRole("button", { name: "Rate" }));
      await waitFor(() => expect(document.querySelector("td[data-rag-level]")).not.toBeNull());
      await userEvent.selectOptions(screen.getByRole("combobox", { name: "Workbook" }), "bcp");
      await screen.findByRole("heading", { name: "bcp.xlsx" });
      await screen.findByRole("grid", { name: "Scorecard" });
      expect(document.querySelector("td[data-rag-level]")).toBeNull();
    });
  });
});
