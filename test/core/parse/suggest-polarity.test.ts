/** @jest-environment node */
import { readPolarityFromName } from "../../../src/core/parse/polarity-name-words";
import { suggestPolarity } from "../../../src/core/parse/suggest-polarity";

const byName = (name: string) =>
  suggestPolarity({ name, target: null, baseline: null, firstActual: null });

describe("a polarity from the measure's name", () => {
  it.each([
    [
      "% of Single Assessments completed within 45 w.days",
      "name says 'completed' and 'within 45 w days'",
    ],
    ["% Assessments in 45 days", "name says 'in 45 days'"],
    ["% of Initial Decisions made within 24 hours", "name says 'within 24 hours'"],
    ["CLA visits in time %", "name says 'in time'"],
    ["Visits on time", "name says 'on time'"],
    ["CP visits completed in timescale %", "name says 'completed' and 'in timescale'"],
    ["Parent satisfaction", "name says 'satisfaction'"],
    ["School attendance (primary)", "name says 'attendance'"],
    ["Vaccination uptake", "name says 'uptake'"],
    ["MMR coverage at 24 months", "name says 'coverage'"],
    ["Foster carer retention", "name says 'retention'"],
    ["Placement stability", "name says 'stability'"],
    ["Children in stable placements", "name says 'stable'"],
    ["Cases subject to PLO for no longer than 26 weeks %", "name says 'no longer than 26 weeks'"],
    ["% of children with fewer than 3 Social Workers in 6 months", "name says 'fewer than 3'"],
    ["Care Leavers in EET %", "name says 'eet'"],
    ["Delivered without delay", "name says 'without delay'"],
    ["Percentage of permanent social workers", "name says 'permanent social workers'"],
  ])("%s → higher is better (%s)", (name, reason) =>
    expect(byName(name)).toEqual({ polarity: "higher_is_better", reason })
  );

  it.each([
    ["Agency rate", "name says 'agency'"],
    ["Turnover (overall)", "name says 'turnover'"],
    ["Social worker vacancy rate", "name says 'vacancy'"],
    ["Vacancies", "name says 'vacancies'"],
    ["Sickness days per FTE", "name says 'sickness'"],
    ["Persistent absence", "name says 'absence'"],
    ["Percentage of re-referrals in 12 months", "name says 're referrals'"],
    ["% of referrals that are rereferrals within 12 months", "name says 'rereferrals'"],
    ["Repeat referrals in-month", "name says 'repeat'"],
    ["Delays in transfer of care", "name says 'delays'"],
    ["Overdue reviews", "name says 'overdue'"],
    ["Households waiting for assessment", "name says 'waiting'"],
    ["Number of complaints", "name says 'complaints'"],
    ["Permanent exclusions", "name says 'exclusions'"],
    ["16-17 year olds NEET", "name says 'neet'"],
    ["% of young people not in employment, education or training", "name says 'not in employment'"],
    ["Average caseload", "name says 'caseload'"],
    ["Cost per placement", "name says 'cost'"],
    ["Spend over budget", "name says 'spend over'"],
    ["Assessment backlog", "name says 'backlog'"],
    ["Serious incidents", "name says 'incidents'"],
    ["Children missing education", "name says 'missing'"],
    ["% children not seen within 15 days", "name says 'not seen' and 'not seen within 15 days'"],
    ["% of children in care with 3 or more placements in 12 months", "name says '3 or more'"],
    [
      "% of Children in Care with at least 3 placements in the last 12 months",
      "name says 'at least 3'",
    ],
  ])("%s → lower is better (%s)", (name, reason) =>
    expect(byName(name)).toEqual({ polarity: "lower_is_better", reason })
  );

  it.each([
    // Both ways: the name decides nothing.
    "Children missing from home offered return interview %",
    "% of households waiting less than 6 weeks",
    "Cost savings",
    // Nothing either way.
    "Percentage of strategy discussions leading to Section 47",
    "Number of children in care",
    "% of Children subject to Child Protection Plans lasting 2 years or more",
    "Asked John Cooke",
  ])("%s → no suggestion from the name alone", (name) => {
    expect(byName(name)).toBeNull();
  });

  it("keeps a number for its count, not a negation ('No of children seen' is not 'not seen')", () => {
    expect(readPolarityFromName("No of children seen within 10 days")).toEqual({
      kind: "says",
      polarity: "higher_is_better",
      words: ["seen", "within 10 days"],
    });
  });

  it("reads a look-back window in months as no deadline", () => {
    expect(readPolarityFromName("Children re-entering care within 12 months")).toEqual({
      kind: "silent",
    });
  });

  it("says which words point each way when they disagree", () => {
    expect(readPolarityFromName("Children missing from care offered a return interview %")).toEqual(
      { kind: "mixed", higher: ["offered"], lower: ["missing"] }
    );
  });
});

describe("a polarity from the target against the baseline", () => {
  const numbers = (
    target: number | null,
    baseline: number | null,
    firstActual: number | null = null,
    name = "Indicator 7"
  ) => suggestPolarity({ name, target, baseline, firstActual, unit: "%" });

  it("target above baseline: higher is better", () =>
    expect(numbers(50, 40)).toEqual({
      polarity: "higher_is_better",
      reason: "target 50% is above baseline 40%",
    }));
  it("target below baseline: lower is better", () =>
    expect(numbers(10, 14.5)).toEqual({
      polarity: "lower_is_better",
      reason: "target 10% is below baseline 14.5%",
    }));
  it("target equal to baseline: no suggestion, not even from the first actual", () =>
    expect(numbers(40, 40, 30)).toBeNull());
  it("no baseline: target against the first actual", () =>
    expect(numbers(50, null, 44)).toEqual({
      polarity: "higher_is_better",
      reason: "target 50% is above the first actual 44%",
    }));
  it("no numbers at all: no suggestion", () => expect(numbers(null, null)).toBeNull());

  it("name and baseline agreeing: both in the reason", () =>
    expect(numbers(10, 14, null, "Turnover")).toEqual({
      polarity: "lower_is_better",
      reason: "name says 'turnover'; target 10% is below baseline 14%",
    }));
  it("name and baseline disagreeing: no suggestion", () =>
    expect(numbers(20, 14, null, "Turnover")).toBeNull());
  it("a mixed name still follows the baseline", () =>
    expect(numbers(90, 80, null, "Children missing from home offered return interview %")).toEqual({
      polarity: "higher_is_better",
      reason: "target 90% is above baseline 80%",
    }));
  it("a mixed name without a baseline is not decided by the first actual", () =>
    expect(
      numbers(90, null, 80, "Children missing from home offered return interview %")
    ).toBeNull());
  it("the first actual never overrules the name (a target set below where a measure already is, to hold it)", () =>
    expect(
      numbers(80, null, 84, "% of children with fewer than 3 Social Workers in 6 months")
    ).toEqual({ polarity: "higher_is_better", reason: "name says 'fewer than 3'" }));
});
