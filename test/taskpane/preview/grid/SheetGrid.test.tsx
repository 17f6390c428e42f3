import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { CellValue } from "../../../../src/core/model/cell-value";
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
  { fills: { D2: "#00703C", D3: "#FFBF47" } },
);
const longSheet = sheet(
  "Big",
  Array.from({ length: 20000 }, (_, i): CellValue[] => [i + 1, `Row ${i + 1}`]),
);
const workbook = snapshot([actions, longSheet, sheet("Lists", [["On track"]], { visibility: "hidden" })]);

const select = (sheetName: string, address: string, serial: number): GridSelection => ({ sheet: sheetName, address, serial });

describe("SheetGrid", () => {
  it("shows sheet tabs, column letters, row numbers and cell text as text", () => {
    renderWithTheme(<SheetGrid snapshot={workbook} selection={null} />);
    expect(screen.getAllByRole("tab").map((t) => t.getAttribute("value"))).toEqual(["Key actions", "Big", "Lists"]);
    expect(screen.getByRole("tab", { name: "Lists (hidden)" })).toBeInTheDocument();
    const grid = screen.getByRole("grid", { name: "Key actions" });
    expect(within(grid).getAllByRole("columnheader").map((h) => h.textContent)).toEqual(["Row", "A", "B", "C", "D"]);
    expect(within(grid).getAllByRole("rowheader").map((h) => h.textContent)).toEqual(["1", "2", "3"]);
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
    renderWithTheme(<SheetGrid snapshot={workbook} selection={select("Key actions", "B2:D3", 1)} />);
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
});
