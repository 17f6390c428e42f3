import { screen } from "@testing-library/react";
import { VIEW_UNAVAILABLE, lazyView } from "../../../src/taskpane/views/lazy-view";
import type { ViewProps } from "../../../src/taskpane/views/view-props";
import { renderWithTheme } from "../helpers/render";
import { fakeGateway, sheet, snapshot } from "../helpers/workbook";

const props: ViewProps = {
  gateway: fakeGateway(snapshot([sheet("Plan", [["Ref"]])])),
  mode: "excel",
  analysis: { state: { status: "idle" }, run: async () => undefined },
};

describe("lazyView", () => {
  it("shows a busy line, then the view once its code has arrived, with the pane's props", async () => {
    let arrive: () => void = () => undefined;
    const arrived = new Promise<void>((resolve) => {
      arrive = resolve;
    });
    const View = lazyView(async () => {
      await arrived;
      return ({ mode }: ViewProps) => <p>{`Loaded in ${mode}`}</p>;
    }, "Opening the test view…");
    renderWithTheme(<View {...props} />);
    expect(screen.getByText("Opening the test view…")).toBeInTheDocument();
    arrive();
    expect(await screen.findByText("Loaded in excel")).toBeInTheDocument();
  });

  it("says in one sentence when the view's code cannot be fetched", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const View = lazyView(
      () => Promise.reject(new Error("ChunkLoadError: Loading chunk rag-view failed")),
      "Opening…"
    );
    renderWithTheme(<View {...props} />);
    expect(await screen.findByText(VIEW_UNAVAILABLE)).toBeInTheDocument();
    expect(screen.queryByText(/ChunkLoadError/)).not.toBeInTheDocument();
  });
});
