import { act, renderHook, screen, within } from "@testing-library/react";
import type { WorkbookGateway } from "../../../src/core/gateway";
import {
  OutcomeMessage,
  type OutcomeIntent,
} from "../../../src/taskpane/components/OutcomeMessage";
import { useGoToCell } from "../../../src/taskpane/components/use-go-to-cell";
import { renderWithTheme } from "../helpers/render";
import { fakeGateway, sheet, snapshot } from "../helpers/workbook";

/** The icon Fluent draws for an intent, as its SVG's outline: a shape of its own for each intent. */
const glyphOf = (group: HTMLElement): string => group.querySelector("svg")?.innerHTML ?? "";

describe("OutcomeMessage", () => {
  it("a labelled group with the sentence, and a glyph of its own for each intent, not colour alone", () => {
    const intents: OutcomeIntent[] = ["success", "warning", "error", "info"];
    renderWithTheme(
      <>
        {intents.map((intent) => (
          <OutcomeMessage key={intent} intent={intent} body={`The ${intent} sentence.`} />
        ))}
      </>
    );
    const groups = screen.getAllByRole("group");
    expect(groups.map((group) => group.textContent)).toEqual(
      intents.map((intent) => `The ${intent} sentence.`)
    );
    const glyphs = groups.map(glyphOf);
    expect(glyphs.every((glyph) => glyph !== "")).toBe(true);
    expect(new Set(glyphs).size).toBe(intents.length);
  });

  it("a title over the body, as the Mapping view's 'Not saved'", () => {
    renderWithTheme(
      <OutcomeMessage intent="error" title="Not saved" body="The workbook is read-only." />
    );
    const group = screen.getByRole("group");
    expect(within(group).getByText("Not saved")).toBeInTheDocument();
    expect(group).toHaveTextContent("Not savedThe workbook is read-only.");
  });

  it("several sentences, each on its own line, in the order given", () => {
    renderWithTheme(
      <OutcomeMessage
        intent="info"
        layout="multiline"
        body={["First.", "Second.", "First."]}
        data-testid="notes"
      />
    );
    const lines = Array.from(screen.getByTestId("notes").querySelectorAll("span")).filter(
      (span) => span.children.length === 0
    );
    expect(lines.map((line) => line.textContent)).toEqual(["First.", "Second.", "First."]);
  });
});

describe("useGoToCell", () => {
  const workbook = snapshot([sheet("Plan", [["Ref"]])]);

  it("the gateway's own sentence when it refuses, and nothing once a later go-to succeeds", async () => {
    const gateway: WorkbookGateway = {
      ...fakeGateway(workbook),
      select: async () => ({
        ok: false,
        error: { kind: "host-error", message: "The sheet 'Plan' is gone." },
      }),
    };
    const { result, rerender } = renderHook(({ seam }) => useGoToCell(seam), {
      initialProps: { seam: gateway },
    });
    await act(async () => result.current.goTo("Plan", "A1"));
    expect(result.current.selectError).toBe("The sheet 'Plan' is gone.");
    rerender({ seam: fakeGateway(workbook) });
    await act(async () => result.current.goTo("Plan", "A1"));
    expect(result.current.selectError).toBeNull();
  });

  it("one plain sentence when the host throws: the cell by default, or the caller's own", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const gateway: WorkbookGateway = {
      ...fakeGateway(workbook),
      select: async () => {
        throw new Error("boom at f (x.js:1:1)");
      },
    };
    const { result } = renderHook(() => useGoToCell(gateway));
    await act(async () => result.current.goTo("Plan", "B7"));
    expect(result.current.selectError).toBe(
      "Plan Tracker could not go to Plan!B7; please find the cell by hand."
    );
    await act(async () =>
      result.current.goTo("Board report", "A1", "Open the report from the sheet tabs.")
    );
    expect(result.current.selectError).toBe("Open the report from the sheet tabs.");
    spy.mockRestore();
  });
});
