/** @jest-environment node */
import type { Measure, MeasurePeriod } from "../../../../src/core/model/measure";
import { measurePeriodLabels } from "../../../../src/taskpane/components/rag/measure-periods";

const period = (label: string, start: string | null): MeasurePeriod => ({
  label,
  start,
  target: null,
  actual: null,
  targetCell: null,
  actualCell: null,
  unreadable: [],
});

const measure = (name: string, periods: MeasurePeriod[]): Measure => ({
  key: name,
  sheet: "Metrics",
  row: 2,
  name,
  group: "",
  polarity: "higher_is_better",
  polarityText: "",
  basis: "",
  periods,
  comparators: [],
  placeholder: false,
  notes: "",
  cells: {},
});

describe("measurePeriodLabels", () => {
  it("lists each month once, latest first, across measures with different periods", () => {
    const measures = [
      measure("A", [
        period("Apr 22", "2022-04-01"),
        period("May 22", "2022-05-01"),
        period("Jun 22", "2022-06-01"),
      ]),
      measure("B", [
        period("Mar 22", "2022-03-01"),
        period("Jun 22", "2022-06-01"),
        period("Jul 22", "2022-07-01"),
      ]),
    ];
    expect(measurePeriodLabels(measures)).toEqual([
      "Jul 22",
      "Jun 22",
      "May 22",
      "Apr 22",
      "Mar 22",
    ]);
  });

  it("keeps the workbook's column order, reversed, when some labels are not dates", () => {
    const measures = [
      measure("A", [
        period("2016/17", null),
        period("Jul", "2017-07-01"),
        period("Aug", "2017-08-01"),
        period("YTD", null),
      ]),
    ];
    expect(measurePeriodLabels(measures)).toEqual(["YTD", "Aug", "Jul", "2016/17"]);
  });

  it("treats a label with two different start dates as not a date", () => {
    const measures = [
      measure("A", [period("Q1", "2022-04-01")]),
      measure("B", [period("Q1", "2023-04-01"), period("Q2", "2023-07-01")]),
    ];
    expect(measurePeriodLabels(measures)).toEqual(["Q2", "Q1"]);
  });

  it("ignores blank labels and gives nothing for a plan without measures", () => {
    expect(measurePeriodLabels([measure("A", [period("  ", null)])])).toEqual([]);
    expect(measurePeriodLabels([])).toEqual([]);
  });
});
