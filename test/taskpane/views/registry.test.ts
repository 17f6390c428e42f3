/** @jest-environment node */
import { PANE_VIEWS, viewFromQuery } from "../../../src/taskpane/views/registry";

describe("viewFromQuery", () => {
  it.each([
    ["?view=validate", "validate"],
    ["", "validate"],
    ["?view=", "validate"],
    ["?view=nonsense", "validate"],
    ["?view=rag", "rag"],
    // The ribbon's Board report button opens ?view=report.
    ["?view=report", "report"],
    ["?view=report&x=1", "report"],
    ["?view=Report", "validate"],
    // The ribbon's My actions button opens ?view=my-actions.
    ["?view=my-actions", "my-actions"],
  ])("%s → %s", (search, expected) => {
    expect(viewFromQuery(search)).toBe(expected);
  });

  it("opens a registered view by id", () => {
    const views = [
      ...PANE_VIEWS,
      { id: "history", label: "History", Component: PANE_VIEWS[0].Component },
    ];
    expect(viewFromQuery("?view=history", views)).toBe("history");
    expect(viewFromQuery("?view=mapping")).toBe("mapping");
  });

  it("registers RAG after Validate, Report after RAG, then My actions and Actuals, and Mapping last", () => {
    expect(PANE_VIEWS.map((view) => [view.id, view.label])).toEqual([
      ["validate", "Validate"],
      ["rag", "RAG"],
      ["report", "Report"],
      ["my-actions", "My actions"],
      ["actuals", "Actuals"],
      ["mapping", "Mapping"],
    ]);
  });

  it("registers views with unique ids and labels", () => {
    expect(new Set(PANE_VIEWS.map((view) => view.id)).size).toBe(PANE_VIEWS.length);
    expect(PANE_VIEWS.every((view) => view.label.trim().length > 0)).toBe(true);
  });
});
