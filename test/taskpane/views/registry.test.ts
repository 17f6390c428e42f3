/** @jest-environment node */
import { PANE_VIEWS, viewFromQuery } from "../../../src/taskpane/views/registry";

describe("viewFromQuery", () => {
  it.each([
    ["?view=validate", "validate"],
    ["", "validate"],
    ["?view=", "validate"],
    ["?view=nonsense", "validate"],
    ["?view=rag", "rag"],
    // The ribbon already opens ?view=report; until that view exists, Validate opens.
    ["?view=report&x=1", "validate"],
  ])("%s → %s", (search, expected) => {
    expect(viewFromQuery(search)).toBe(expected);
  });

  it("opens a registered view by id", () => {
    const views = [...PANE_VIEWS, { id: "report", label: "Report", Component: PANE_VIEWS[0].Component }];
    expect(viewFromQuery("?view=report", views)).toBe("report");
  });

  it("registers RAG after Validate", () => {
    expect(PANE_VIEWS.map((view) => [view.id, view.label])).toEqual([
      ["validate", "Validate"],
      ["rag", "RAG"],
    ]);
  });

  it("registers views with unique ids and labels", () => {
    expect(new Set(PANE_VIEWS.map((view) => view.id)).size).toBe(PANE_VIEWS.length);
    expect(PANE_VIEWS.every((view) => view.label.trim().length > 0)).toBe(true);
  });
});
