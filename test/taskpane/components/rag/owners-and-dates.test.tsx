import { screen, within } from "@testing-library/react";
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { ratePlan } from "../../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { reconcile } from "../../../../src/core/rag/reconcile";
import { DEFAULT_RATINGS_SETTING } from "../../../../src/core/rag/write/ratings-setting";
import { planFacts } from "../../../../src/taskpane/components/rag/plan-facts";
import { RatingsDestinationNote } from "../../../../src/taskpane/components/rag/RatingsDestinationNote";
import { Reconciliation } from "../../../../src/taskpane/components/rag/Reconciliation";
import { loadFixture } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";

// docs/HISTORY.md#issue-11: before Refresh RAG the pane says where the ratings go (and, when the mapping gives the
// owners' column to Plan Tracker, how many owners' ratings it overwrites); after a Rate, the
// disagreements between owners and dates, one line each.
const bcp = () => {
  const snapshot = loadFixture("bcp");
  const model = detectPlan(snapshot);
  return { snapshot, model };
};

describe("where Refresh RAG puts the ratings, said before it is pressed", () => {
  it("by default: Plan Tracker's own column, the owners' ratings left as they are", () => {
    const { snapshot, model } = bcp();
    renderWithTheme(
      <RatingsDestinationNote facts={planFacts(snapshot, model, DEFAULT_RATINGS_SETTING)} />
    );
    const note = screen.getByTestId("rag-destination");
    expect(note).toHaveTextContent(
      'Refresh RAG writes Plan Tracker\'s ratings to the Plan Tracker RAG sheet and to a column of its own headed "Calculated RAG (Plan Tracker)" (columns AS, I of Improvement Plan).'
    );
    expect(note).toHaveTextContent(
      "The owners' ratings in the RAG column are left as they are (34 cells)."
    );
  });

  it("with status-column: a warning that the RAG column will be overwritten, and how many owners' ratings that is", () => {
    const { snapshot, model } = bcp();
    renderWithTheme(
      <RatingsDestinationNote
        facts={planFacts(snapshot, model, {
          calculated: "status-column",
          fillEmptyOwnerCells: false,
        })}
      />
    );
    expect(screen.getByTestId("rag-destination")).toHaveTextContent(
      "The mapping gives the plan's RAG column to Plan Tracker: Refresh RAG will overwrite it, including 34 cells owners have rated. Undo last run puts them back."
    );
  });
});

describe("owners and dates, reconciled in the pane", () => {
  it("gives the count, then each disagreement in one line as a way to the owner's cell", () => {
    const { model } = bcp();
    const reconciliation = reconcile(
      ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY })
    );
    renderWithTheme(
      <Reconciliation
        reconciliation={reconciliation}
        levels={LEVEL_PRESETS.bcp}
        onSelect={() => undefined}
      />
    );
    const section = screen.getByTestId("rag-reconciliation");
    expect(
      within(section).getByRole("heading", { name: "Owners and dates disagree (18)" })
    ).toBeInTheDocument();
    expect(section).toHaveTextContent(
      "Owners and dates agree on 20 of 38 actions; 8 have no owner rating."
    );
    const [first] = within(section).getAllByRole("button");
    expect(first).toHaveTextContent(
      /owner: (Amber|Green) · dates: Red — due .*, no completion recorded/
    );
    expect(first.getAttribute("data-rag-cell")).toMatch(/^E\d+$/);
  });
});
