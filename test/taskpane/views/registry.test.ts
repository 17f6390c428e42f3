/** @jest-environment node */
import { PANE_VIEWS, viewFromQuery } from "../../../src/taskpane/views/registry";

describe("viewFromQuery", () => {
  it.each([
    ["?view=validate", "validate"],
    ["", "validate"],
    ["?view=", "validate"],
    ["?view=nonsense", "validate"],
    // The ribbon already opens ?view=rag and ?view=report; until those views exist, Validate opens.
    ["?view=rag", "validate"],
    ["?view=report&x=1", "validate"],
  ])("%s → %s", (search, expected) => {
    expect(viewFromQuery(search)).toBe(expected);
  });

  it("opens a registered view by id", () => {
    const views = [...PANE_VIEWS, { id: "rag", label: "RAG", Component: PANE_VIEWS[0].Component }];
    expect(viewFromQuery("?view=rag", views)).toBe("rag");
  });

  it("registers views with unique ids and labels", () => {
    expect(new Set(PANE_VIEWS.map((view) => view.id)).size).toBe(PANE_VIEWS.length);
    expect(PANE_VIEWS.every((view) => view.label.trim().length > 0)).toBe(true);
  });
});
