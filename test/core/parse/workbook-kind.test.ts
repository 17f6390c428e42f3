import type { CellValue } from "../../../src/core/model/cell-value";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import type { PlanModel } from "../../../src/core/parse/plan-model";
import { isRateable, workbookKind } from "../../../src/core/parse/workbook-kind";
import { aModel } from "../../support/model-builder";
import { loadFixture, snapshotOf, type SheetSpec } from "../../support/snapshot-builder";

/** What detection hands over when it understood nothing: the kind must then come from the sheets alone. */
const nothingRead: PlanModel = aModel();

const kindOf = (...sheets: SheetSpec[]) => workbookKind(snapshotOf(...sheets), nothingRead);

const statistics: CellValue[][] = [
  ["time_period", "la_name", "region_name", "turnover_rate_fte", "agency_rate_fte"],
  [2024, "Barnsley", "Yorkshire and The Humber", 11.8, 13],
  [2025, "Barnsley", "Yorkshire and The Humber", 12.1, 12.7],
  [2025, "Bedford", "East of England", 9.8, 10.3],
];

describe("workbookKind", () => {
  it("calls figures by area and year statistics, in one sentence naming the workbook", () => {
    const reading = kindOf({ name: "indicators", rows: statistics });
    expect(reading.kind).toBe("statistics");
    expect(reading.nothingToRate).toBe(
      "test.xlsx holds statistics (figures by area and year) but no actions or measures against targets, so there is nothing to rate."
    );
    expect(isRateable(reading.kind)).toBe(false);
  });

  it("calls a table of judgements by area and date records, not figures", () => {
    const reading = kindOf({
      rows: [
        [
          "local_authority",
          "overall_effectiveness_grade",
          "impact_of_leaders_grade",
          "inspection_start_date",
        ],
        ["barnsley", "good", "requires improvement", "11/09/2023"],
        ["bedford", "requires improvement", "good", "20/02/2023"],
      ],
    });
    expect(reading.kind).toBe("statistics");
    expect(reading.nothingToRate).toContain("holds statistics (records by area and date)");
  });

  it("recognises a risk register by likelihood and impact headings, and says it is not rated yet", () => {
    const reading = kindOf({
      name: "Risk Register",
      rows: [
        ["Programme risks"],
        [
          "No.",
          "Risk Name",
          "Pre-mitigated Impact",
          "Pre-mitigated Likelihood",
          "Raw Total Score",
          "Mitigations",
          "Risk Owner/Role",
        ],
        [
          1,
          "Planning permission refused",
          "3 - Medium impact",
          "2 - Medium",
          6,
          "Early engagement",
          "Surveyor",
        ],
      ],
    });
    expect(reading.kind).toBe("risks");
    expect(reading.riskSheets).toEqual(["Risk Register"]);
    expect(reading.nothingToRate).toBe(
      'test.xlsx holds a risk register (sheet "Risk Register": risks scored by likelihood and impact), which Plan Tracker recognises but does not rate yet, and no actions or measures against targets, so there is nothing to rate.'
    );
  });

  it("does not take an impact judgement alone for a risk register", () => {
    expect(
      kindOf({
        rows: [
          ["Area", "Impact of leaders", "Score", "Year"],
          ["Bedford", "good", 3, 2024],
        ],
      }).kind
    ).toBe("statistics");
  });

  it("says a plan whose headings could not be read is not statistics, and how to map it", () => {
    const reading = kindOf({
      name: "Projects",
      rows: [
        ["project_name", "department", "colour_rating", "end_date"],
        ["Heat Networks", "BEIS", "Amber", "31.03.22"],
      ],
    });
    expect(reading.kind).toBe("unrecognised");
    expect(reading.nothingToRate).toBe(
      'test.xlsx has headings that look like a plan ("colour_rating" on sheet "Projects") but no actions or measures against targets could be read from them, so there is nothing to rate; set its sheets and columns in Plan Tracker\'s mapping.'
    );
  });

  it("calls a workbook with nothing in its visible sheets empty; hidden and Plan Tracker's own sheets do not count", () => {
    const snapshot = snapshotOf(
      { name: "Sheet1", rows: [] },
      { name: "Lookups", rows: statistics },
      { name: "Plan Tracker RAG", rows: statistics }
    );
    snapshot.sheets[1].visibility = "hidden";
    snapshot.sheets[2].mark = "ratings";
    const reading = workbookKind(snapshot, nothingRead);
    expect(reading.kind).toBe("empty");
    expect(reading.nothingToRate).toBe(
      "test.xlsx has nothing in its sheets, so there is nothing to rate."
    );
  });

  // Thurrock's indicators carry no targets, so its plan is its actions.
  it("reads the four sample layouts as plans, with no sentence", () => {
    const kinds = (["gcc", "bcp", "thurrock", "scorecard"] as const).map((id) => {
      const snapshot = loadFixture(id);
      const reading = workbookKind(snapshot, detectPlan(snapshot));
      expect(reading.nothingToRate).toBeUndefined();
      return reading.kind;
    });
    expect(kinds).toEqual(["both", "actions", "actions", "measures"]);
  });

  it("does not count figures with no target and no stated polarity as measures (a finance grid is not a plan)", () => {
    const snapshot = loadFixture("scorecard");
    const model = detectPlan(snapshot);
    const grid: PlanModel = {
      ...model,
      actions: [],
      measures: model.measures.map((measure) => ({
        ...measure,
        polarityText: "",
        periods: measure.periods.map((period) => ({ ...period, target: null })),
      })),
    };
    const reading = workbookKind(snapshot, grid);
    expect(reading.measuresWithTargets).toBe(0);
    expect(isRateable(reading.kind)).toBe(false);
  });

  it("does not count a word read as polarity with no target and no figures to compare as a measure", () => {
    const snapshot = loadFixture("scorecard");
    const model = detectPlan(snapshot);
    const judgements: PlanModel = {
      ...model,
      actions: [],
      measures: model.measures.map((measure) => ({
        ...measure,
        polarityText: "good",
        periods: [],
      })),
    };
    expect(workbookKind(snapshot, judgements).measuresWithTargets).toBe(0);
  });
});
