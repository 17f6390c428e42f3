/** @jest-environment node */
import { loadMapping } from "../../../src/core/mapping/load-mapping";
import type { Mapping } from "../../../src/core/mapping/mapping";
import { mappingJson } from "../../../src/core/mapping/mapping-json";
import type { MappingV2 } from "../../../src/core/mapping/mapping-v2";
import { mappingFromXml, mappingToXml } from "../../../src/core/mapping/mapping-xml";
import { upgradeMapping } from "../../../src/core/mapping/upgrade-mapping";
import { exampleMapping } from "./example-mapping";
import { asV2 } from "./old-mappings";

/**
 * A workbook saved before version 3 stores a version 2 mapping, where a measure was a "metric": a
 * measures sheet and table, two measures, two charted. Every entry must survive the upgrade.
 */
const storedV2 = (): MappingV2 => {
  const current = exampleMapping();
  return {
    ...asV2(current),
    source: "stored",
    sheets: [
      ...asV2(current).sheets,
      {
        name: "KPIs",
        roles: ["metrics", "dashboard"],
        tables: [
          {
            kind: "metrics",
            headerRows: [3, 4],
            group: "1.1 Recruitment and Retention",
            fields: [
              { name: "name", column: "A", title: "Measure" },
              { name: "target", column: "B", period: "Apr 22", measure: "target" },
              { name: "actual", column: "C", period: "Apr 22", measure: "actual" },
            ],
          },
        ],
      },
    ],
    fieldTitles: { name: ["Indicator"] },
    missingValues: ["TBC"],
    metrics: [
      {
        name: "Re-referrals within 12 months",
        polarity: "lower_is_better",
        tolerance: { mode: "absolute", value: 2 },
      },
      { name: "Social worker turnover", polarity: "lower_is_better" },
    ],
    ratings: { calculated: "register", fillEmptyOwnerCells: true },
    report: {
      period: "Improvement Board – January 2023",
      title: "Children's services improvement",
      chartMetrics: ["Re-referrals within 12 months", "Social worker turnover"],
    },
    updates: { progress: "replace" },
  };
};

/** The same document as version 3 says it: one word for measures, nothing else changed. */
const expectedV3 = (): Mapping => {
  const { source: _source, metrics, report, sheets, ...rest } = storedV2();
  return {
    ...rest,
    version: 3,
    sheets: [
      exampleMapping().sheets[0],
      {
        ...sheets[1],
        roles: ["measures", "dashboard"],
        tables: [{ ...sheets[1].tables[0], kind: "measures" }],
      },
    ],
    measures: metrics,
    report: {
      period: report?.period,
      title: report?.title,
      chartMeasures: ["Re-referrals within 12 months", "Social worker turnover"],
    },
  };
};

describe("upgradeMapping: version 2 → version 3 (metrics → measures)", () => {
  it("reads a stored version 2 mapping as version 3 with nothing lost", () => {
    expect(upgradeMapping(storedV2(), "workbook")).toEqual({ ok: true, value: expectedV3() });
  });

  it("reads it from the workbook's custom XML part, which still says version 2", () => {
    const part = `<planTrackerMapping xmlns="urn:plan-tracker:mapping" version="2"><![CDATA[${JSON.stringify(storedV2())}]]></planTrackerMapping>`;
    expect(mappingFromXml(part)).toEqual({ ok: true, value: expectedV3() });
  });

  it("keeps version 2's own rules: its old names are required, the new ones refused", () => {
    const { metrics: _metrics, ...withoutMetrics } = storedV2();
    expect(upgradeMapping({ ...withoutMetrics, measures: [] })).toEqual({
      ok: false,
      error: "The mapping has no metrics, which it needs; 1 more entry needs fixing too.",
    });
    const v3Kind = storedV2();
    (v3Kind.sheets[1].tables[0] as { kind: string }).kind = "measures";
    expect(upgradeMapping(v3Kind)).toEqual({
      ok: false,
      error: expect.stringMatching(
        /^sheets\[1\]\.tables\[0\]\.kind "measures" is not a kind of table/
      ),
    });
  });

  it("refuses version 3 documents that still use the old names", () => {
    const { metrics, ...rest } = storedV2();
    expect(upgradeMapping({ ...rest, version: 3, measures: metrics })).toEqual({
      ok: false,
      error: expect.stringMatching(/"metrics" is not a sheet role/),
    });
  });

  it("writes version 3 on the round trip, and reads back what it wrote", () => {
    const upgraded = upgradeMapping(storedV2());
    if (!upgraded.ok) throw new Error(upgraded.error);
    const json = mappingJson(upgraded.value);
    expect(JSON.parse(json)).toMatchObject({ version: 3 });
    expect(json).not.toMatch(/metric/i);
    expect(loadMapping(json)).toEqual({ ok: true, value: expectedV3() });
    const xml = mappingToXml(upgraded.value);
    expect(xml).toContain('version="3"');
    expect(mappingFromXml(xml)).toEqual({ ok: true, value: expectedV3() });
  });

  it("refuses a version 4 document with the existing sentence", () => {
    expect(upgradeMapping({ ...expectedV3(), version: 4 }, "workbook")).toEqual({
      ok: false,
      error:
        "This workbook's mapping was saved by a newer Plan Tracker (version 4); this one understands up to version 3. Update Plan Tracker before using it, so nothing is misread.",
    });
  });
});
