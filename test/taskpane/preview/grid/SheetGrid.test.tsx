import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellValue } from "../../../../src/core/model/cell-value";
import type { CellHighlight } from "../../../../src/taskpane/preview/grid/cell-highlights";
import { highlightKey } from "../../../../src/taskpane/preview/grid/cell-highlights";
import type { GridSelection } from "../../../../src/taskpane/preview/grid/SheetGrid";
import { SheetGrid } from "../../../../src/taskpane/preview/grid/SheetGrid";
import { renderWithTheme } from "../../helpers/render";
import { sheet, snapshot } from "../../helpers/workbook";

const actions = sheet(
  "Key actions",
  [
    ["Ref", "Action", "Lead", "Status"],
    ["1.1", "<b>Recruit</b> social workers", "TBC", "On track"],
    ["1.2", "Audit", "Jo Bloggs", "At risk"],
  ],
  { fills: { D2: "#00703C", D3: "#FFBF47" } }
);
const longSheet = sheet(
  "Big",
  Array.from({ length: 20000 }, (_, i): CellValue[] => [i + 1, `Row ${i + 1}`])
);
const workbook = snapshot([
  actions,
  longSheet,
  sheet("Lists", [["On track"]], { visibility: "hidden" }),
]);

const select = (sheetName: string, address: string, serial: number): GridSelection => ({
  sheet: sheetName,
  address,
  serial,
});

describe("SheetGrid", () => {
  it("shows sheet tabs, column letters, row numbers and cell text as text", () => {
    renderWithTheme(<SheetGrid snapshot={workbook} selection={null} />);
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("value"))).toEqual([
      "Key actions",
      "Big",
      "Lists",
    ]);
    expect(screen.getByRole("tab", { name: "Lists (hidden)" })).toBeInTheDocument();
    const grid = screen.getByRole("grid", { name: "Key actions" });
    expect(
      within(grid)
        .getAllByRole("columnheader")
        .map((h) => h.textContent)
    ).toEqual(["Row", "A", "B", "C", "D"]);
    expect(
      within(grid)
        .getAllByRole("rowheader")
        .map((h) => h.textContent)
    ).toEqual(["1", "2", "3"]);
    const b2 = grid.querySelector('td[data-address="B2"]');
    expect(b2).toHaveTextContent("<b>Recruit</b> social workers");
    expect(b2?.querySelector("b")).toBeNull();
  });

  it("shows fills with their colour and readable text", () => {
    renderWithTheme(<SheetGrid snapshot={workbook} selection={null} />);
    const d2 = document.querySelector('td[data-address="D2"]') as HTMLElement;
    expect(d2.style.backgroundColor).toBe("rgb(0, 112, 60)");
    expect(d2.style.color).toBe("rgb(255, 255, 255)");
    const d3 = document.querySelector('td[data-address="D3"]') as HTMLElement;
    expect(d3.style.color).toBe("rgb(0, 0, 0)");
  });

  it("highlights the selected cell and nothing else", () => {
    renderWithTheme(<SheetGrid snapshot={workbook} selection={select("Key actions", "C2", 1)} />);
    const selected = document.querySelectorAll('td[aria-selected="true"]');
    expect(selected).toHaveLength(1);
    expect(selected[0]).toHaveAttribute("data-address", "C2");
    expect(screen.getByText("Selected Key actions!C2")).toBeInTheDocument();
  });

  it("shows a selected range by its first cell", () => {
    renderWithTheme(
      <SheetGrid snapshot={workbook} selection={select("Key actions", "B2:D3", 1)} />
    );
    const selected = document.querySelectorAll('td[aria-selected="true"]');
    expect(Array.from(selected).map((cell) => cell.getAttribute("data-address"))).toEqual(["B2"]);
  });

  it("windows a 20,000-row sheet and scrolls to a cell far down, switching sheet", () => {
    const { rerender } = renderWithTheme(<SheetGrid snapshot={workbook} selection={null} />);
    act(() => {
      rerender(<SheetGrid snapshot={workbook} selection={select("Big", "B15000", 2)} />);
    });
    expect(screen.getByRole("tab", { name: "Big" })).toHaveAttribute("aria-selected", "true");
    const grid = screen.getByRole("grid", { name: "Big" });
    expect(grid).toHaveAttribute("aria-rowcount", "20001");
    const rows = grid.querySelectorAll("tbody tr[aria-rowindex]");
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(100);
    const target = grid.querySelector('td[data-address="B15000"]');
    expect(target).toHaveAttribute("aria-selected", "true");
    expect(target).toHaveTextContent("Row 15000");
    expect(grid.querySelector('td[data-address="B1"]')).toBeNull();
  });

  it("lets the person switch sheets with the tabs", async () => {
    renderWithTheme(<SheetGrid snapshot={workbook} selection={null} />);
    await userEvent.click(screen.getByRole("tab", { name: "Lists (hidden)" }));
    expect(screen.getByRole("grid", { name: "Lists" })).toBeInTheDocument();
    expect(document.querySelector('td[data-address="A1"]')).toHaveTextContent("On track");
  });

  describe("RAG highlights", () => {
    const red: CellHighlight = {
      level: "red",
      fill: "#D4351C",
      glyph: "▲",
      label: "Significantly worse than target",
      reason: "40% against a target of 50%",
    };
    const amber: CellHighlight = {
      level: "amber",
      fill: "#FFBF47",
      glyph: "◆",
      label: "Worse than target",
      reason: "within tolerance",
    };
    const highlights = new Map([
      [highlightKey("Key actions", "C2"), red],
      [highlightKey("Key actions", "C3"), amber],
      [highlightKey("Big", "B2"), red],
    ]);

    it("marks a highlighted cell with its level, its fill, readable text, a glyph and the level in words", () => {
      renderWithTheme(<SheetGrid snapshot={workbook} selection={null} highlights={highlights} />);
      const c2 = document.querySelector('td[data-address="C2"]') as HTMLElement;
      expect(c2).toHaveAttribute("data-rag-level", "red");
      expect(c2.style.backgroundColor).toBe("rgb(212, 53, 28)");
      expect(c2.style.color).toBe("rgb(255, 255, 255)");
      expect(c2).toHaveTextContent("▲TBC, Significantly worse than target");
      expect(c2).toHaveAttribute(
        "title",
        "TBC: Significantly worse than target. 40% against a target of 50%"
      );
      const c3 = document.querySelector('td[data-address="C3"]') as HTMLElement;
      expect(c3).toHaveAttribute("data-rag-level", "amber");
      expect(c3.style.color).toBe("rgb(0, 0, 0)");
    });

    it("leaves other cells and other sheets' addresses alone", () => {
      renderWithTheme(<SheetGrid snapshot={workbook} selection={null} highlights={highlights} />);
      // B2 is highlighted on "Big", not on "Key actions".
      const b2 = document.querySelector('td[data-address="B2"]') as HTMLElement;
      expect(b2).not.toHaveAttribute("data-rag-level");
      expect(b2).toHaveTextContent("<b>Recruit</b> social workers");
      expect(document.querySelectorAll("td[data-rag-level]")).toHaveLength(2);
    });

    it("never passes a fill that is not #RRGGBB into styles, but still marks the level in words", () => {
      const odd = new Map([
        [highlightKey("Key actions", "A2"), { ...red, fill: "red; background: url(x)" }],
      ]);
      renderWithTheme(<SheetGrid snapshot={workbook} selection={null} highlights={odd} />);
      const a2 = document.querySelector('td[data-address="A2"]') as HTMLElement;
      expect(a2.getAttribute("style")).toBeNull();
      expect(a2).toHaveAttribute("data-rag-level", "red");
      expect(a2).toHaveTextContent("Significantly worse than target");
    });
  });
});
