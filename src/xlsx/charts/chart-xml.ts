import type { ChartSpec } from "../../core/write-plan/write-plan";
import type { ChartData, ChartSeriesData } from "./chart-data";
import { xmlText } from "./xml-text";

/**
 * One chart part (xl/charts/chartN.xml) in DrawingML (ECMA-376 Part 1 §21.2), pure string building.
 * Element order follows the schema's sequences (CT_BarChart, CT_BarSer, CT_LineChart, CT_CatAx,
 * CT_ValAx), which Excel enforces. Every reference carries its cached values (c:strCache,
 * c:numCache) so the chart draws before anything is recalculated; series colours are solid fills
 * for bars and line colours for lines.
 */
const NS = [
  'xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"',
].join(" ");

/** Axis ids only need to be unique within the chart and match between the chart and its axes. */
const CATEGORY_AXIS = 500_000_001;
const VALUE_AXIS = 500_000_002;

const srgb = (colour: string): string =>
  `<a:srgbClr val="${colour.replace(/^#/, "").toUpperCase()}"/>`;

const strCache = (texts: string[]): string =>
  `<c:strCache><c:ptCount val="${texts.length}"/>${texts.map((text, i) => `<c:pt idx="${i}"><c:v>${xmlText(text)}</c:v></c:pt>`).join("")}</c:strCache>`;

const numCache = (values: (number | null)[]): string =>
  `<c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${values
    .map((value, i) =>
      value === null ? "" : `<c:pt idx="${i}"><c:v>${String(value)}</c:v></c:pt>`
    )
    .join("")}</c:numCache>`;

const strRef = (ref: string, texts: string[]): string =>
  `<c:strRef><c:f>${xmlText(ref)}</c:f>${strCache(texts)}</c:strRef>`;

const numRef = (ref: string, values: (number | null)[]): string =>
  `<c:numRef><c:f>${xmlText(ref)}</c:f>${numCache(values)}</c:numRef>`;

const seriesXml = (
  chart: ChartSpec,
  data: ChartData,
  series: ChartSeriesData,
  index: number
): string => {
  const colour = chart.seriesColours?.[index];
  const line = chart.chartType === "line";
  const spPr =
    colour === undefined
      ? ""
      : line
        ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill>${srgb(colour)}</a:solidFill><a:round/></a:ln></c:spPr>`
        : `<c:spPr><a:solidFill>${srgb(colour)}</a:solidFill></c:spPr>`;
  return [
    `<c:ser><c:idx val="${index}"/><c:order val="${index}"/>`,
    `<c:tx>${strRef(series.nameRef, [series.name])}</c:tx>`,
    spPr,
    line
      ? '<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>'
      : '<c:invertIfNegative val="0"/>',
    `<c:cat>${strRef(data.categoriesRef, data.categories)}</c:cat>`,
    `<c:val>${numRef(series.valuesRef, series.values)}</c:val>`,
    line ? '<c:smooth val="0"/>' : "",
    "</c:ser>",
  ].join("");
};

const axes = (horizontalBars: boolean): string => {
  const categoryPosition = horizontalBars ? "l" : "b";
  const valuePosition = horizontalBars ? "b" : "l";
  return [
    `<c:catAx><c:axId val="${CATEGORY_AXIS}"/><c:scaling><c:orientation val="${horizontalBars ? "maxMin" : "minMax"}"/></c:scaling><c:delete val="0"/>`,
    `<c:axPos val="${categoryPosition}"/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>`,
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${VALUE_AXIS}"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`,
    `<c:valAx><c:axId val="${VALUE_AXIS}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>`,
    `<c:axPos val="${valuePosition}"/><c:majorGridlines/><c:numFmt formatCode="General" sourceLinked="1"/><c:majorTickMark val="out"/><c:minorTickMark val="none"/>`,
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS}"/><c:crosses val="${horizontalBars ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`,
  ].join("");
};

/** The plot: stacked horizontal bars, clustered columns, or lines, over the series. */
const plot = (chart: ChartSpec, data: ChartData): string => {
  const series = data.series.map((s, i) => seriesXml(chart, data, s, i)).join("");
  const axisIds = `<c:axId val="${CATEGORY_AXIS}"/><c:axId val="${VALUE_AXIS}"/>`;
  switch (chart.chartType) {
    case "barStacked":
      // overlap 100 puts each category's segments end to end: one bar per category.
      return `<c:barChart><c:barDir val="bar"/><c:grouping val="stacked"/><c:varyColors val="0"/>${series}<c:gapWidth val="60"/><c:overlap val="100"/>${axisIds}</c:barChart>`;
    case "columnClustered":
      return `<c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>${series}<c:gapWidth val="150"/>${axisIds}</c:barChart>`;
    case "line":
      return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  }
};

export const chartXml = (chart: ChartSpec, data: ChartData): string =>
  [
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>',
    `<c:chartSpace ${NS}>`,
    '<c:roundedCorners val="0"/>',
    "<c:chart>",
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:r><a:t>${xmlText(chart.title)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>`,
    '<c:autoTitleDeleted val="0"/>',
    `<c:plotArea><c:layout/>${plot(chart, data)}${axes(chart.chartType === "barStacked")}</c:plotArea>`,
    '<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>',
    '<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>',
    "</c:chart>",
    "</c:chartSpace>",
  ].join("");
