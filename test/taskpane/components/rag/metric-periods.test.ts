/** @jest-environment node */
import type { Metric, MetricPeriod } from "../../../../src/core/model/metric";
import { metricPeriodLabels } from "../../../../src/taskpane/components/rag/metric-periods";

const period = (label: string, start: string | null): MetricPeriod => ({
  label,
  start,
  target: null,
  actual: null,
  targetCell: null,
  actualCell: null,
  unreadable: [],
});

const metric = (name: string, periods: MetricPeriod[]): Metric => ({
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

describe("metricPeriodLabels", () => {
  it("lists each month once, latest first, across measures with different periods", () => {
    const metrics = [
      metric("A", [
        period("Apr 22", "2022-04-01"),
        period("May 22", "2022-05-01"),
        period("Jun 22", "2022-06-01"),
      ]),
      metric("B", [
        period("Mar 22", "2022-03-01"),
        period("Jun 22", "2022-06-01"),
        period("Jul 22", "2022-07-01"),
      ]),
    ];
    expect(metricPeriodLabels(metrics)).toEqual(["Jul 22", "Jun 22", "May 22", "Apr 22", "Mar 22"]);
  });

  it("keeps the workbook's column order, reversed, when some labels are not dates", () => {
    const metrics = [
      metric("A", [
        period("2016/17", null),
        period("Jul", "2017-07-01"),
        period("Aug", "2017-08-01"),
        period("YTD", null),
      ]),
    ];
    expect(metricPeriodLabels(metrics)).toEqual(["YTD", "Aug", "Jul", "2016/17"]);
  });

  it("treats a label with two different start dates as not a date", () => {
    const metrics = [
      metric("A", [period("Q1", "2022-04-01")]),
      metric("B", [period("Q1", "2023-04-01"), period("Q2", "2023-07-01")]),
    ];
    expect(metricPeriodLabels(metrics)).toEqual(["Q2", "Q1"]);
  });

  it("ignores blank labels and gives nothing for a plan without measures", () => {
    expect(metricPeriodLabels([metric("A", [period("  ", null)])])).toEqual([]);
    expect(metricPeriodLabels([])).toEqual([]);
  });
});
