/** @jest-environment node */
import { analyseWorkbook } from "../../src/app/analyse-workbook";
import { MAPPING_NAMESPACE } from "../../src/core/mapping/mapping";
import { mappingFromXml, mappingToXml } from "../../src/core/mapping/mapping-xml";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { settingsToXml } from "../../src/excel/settings-store";
import { exampleMapping } from "../core/mapping/example-mapping";
import { installFakeExcel, type FakeExcel } from "./fake-excel";

// The mapping kept inside the workbook through Office.js (ExcelApi 1.5 custom XML parts), on the strict fake.
const clock = () => new Date("2025-01-15T09:30:00.000Z");

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const plan = (customXmlParts: string[] = []) => ({
  name: "Plan.xlsx",
  sheets: [
    {
      name: "Improvement Plan",
      values: [
        ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"],
        [
          "1.1",
          "Strengthen the Early Help offer",
          "Juliette Blake",
          "30/04/23",
          "On track",
          "Started.",
        ],
        ["1.2", "Embed the practice model", "Sarah Rempel", "30/09/23", "Embedded", "Audited."],
      ],
    },
  ],
  customXmlParts,
});

const mappingParts = (): string[] =>
  fake.store.customXmlParts
    .filter((part) => part.namespaceUri === MAPPING_NAMESPACE)
    .map((part) => part.xml);

describe("storeMapping through Office.js", () => {
  it("store → read gives the same mapping", async () => {
    fake = installFakeExcel(plan());
    const gateway = createExcelGateway({ now: clock });
    const xml = mappingToXml(exampleMapping());
    expect(await gateway.storeMapping?.(xml)).toEqual({ ok: true, value: undefined });
    expect(mappingParts()).toEqual([xml]);
    const read = await gateway.read();
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.mappingXml).toBe(xml);
    expect(mappingFromXml(read.value.mappingXml ?? "")).toEqual({
      ok: true,
      value: exampleMapping(),
    });
  });

  it("replaces the mapping already stored (and any duplicate) in one run of two syncs, leaving other parts alone", async () => {
    const settings = settingsToXml({ "reporting-period": "2024-Q3" });
    const old = mappingToXml({
      ...exampleMapping(),
      policy: { ...exampleMapping().policy, amberWindowDays: 10 },
    });
    fake = installFakeExcel(plan([old, settings, old]));
    fake.resetStats();
    const xml = mappingToXml(exampleMapping());
    expect((await createExcelGateway({ now: clock }).storeMapping?.(xml))?.ok).toBe(true);
    expect(fake.stats.syncs).toBeLessThanOrEqual(2);
    expect(fake.runs).toHaveLength(1);
    expect(mappingParts()).toEqual([xml]);
    expect(fake.store.customXmlParts.map((part) => part.xml)).toContain(settings);
  });

  it("reads without a mapping when the workbook has none, in the same number of syncs", async () => {
    fake = installFakeExcel(plan());
    fake.resetStats();
    const without = await createExcelGateway({ now: clock }).read();
    const syncsWithout = fake.stats.syncs;
    expect(without.ok && without.value.mappingXml).toBeUndefined();
    fake.uninstall();
    fake = installFakeExcel(plan([mappingToXml(exampleMapping())]));
    fake.resetStats();
    const withMapping = await createExcelGateway({ now: clock }).read();
    expect(withMapping.ok && typeof withMapping.value.mappingXml).toBe("string");
    expect(fake.stats.syncs).toBe(syncsWithout);
  });

  it("reads the last of two parts two co-authors stored at once", async () => {
    const first = mappingToXml({
      ...exampleMapping(),
      policy: { ...exampleMapping().policy, amberWindowDays: 10 },
    });
    const last = mappingToXml(exampleMapping());
    fake = installFakeExcel(plan([first, last]));
    const read = await createExcelGateway({ now: clock }).read();
    expect(read.ok && read.value.mappingXml).toBe(last);
  });

  it("before ExcelApi 1.5 says plainly the mapping cannot be kept, and reads as if there were none", async () => {
    fake = installFakeExcel(plan([mappingToXml(exampleMapping())]), { apiVersion: "1.4" });
    const gateway = createExcelGateway({ now: clock });
    expect(await gateway.storeMapping?.(mappingToXml(exampleMapping()))).toEqual({
      ok: false,
      error: {
        kind: "unsupported",
        message:
          "This version of Excel cannot keep a mapping inside the workbook (it needs Excel 2016 or later with ExcelApi 1.5); nothing was saved.",
      },
    });
    const read = await gateway.read();
    expect(read.ok && read.value.mappingXml).toBeUndefined();
  });

  it("the stored mapping decides what the pane's analysis reads: the council's own word for blue", async () => {
    const mapping = exampleMapping();
    const blue = mapping.levels.find((l) => l.id === "blue");
    if (!blue) throw new Error("no blue");
    blue.label = "Embedded";
    fake = installFakeExcel(plan());
    const before = await analyseWorkbook(createExcelGateway({ now: clock }));
    if (!before.ok) throw new Error(before.error.message);
    expect(before.value.settings?.source).toBe("detected");
    const gateway = createExcelGateway({ now: clock });
    await gateway.storeMapping?.(mappingToXml(mapping));
    const after = await analyseWorkbook(gateway);
    if (!after.ok) throw new Error(after.error.message);
    expect(after.value.settings?.source).toBe("stored");
    const status = (analysis: typeof after.value) =>
      analysis.model.actions.find((a) => a.ref === "1.2")?.status?.level ?? null;
    expect(status(before.value)).not.toBe("blue");
    expect(status(after.value)).toBe("blue");
  });

  it("a stored mapping that cannot be used is one sentence, not a half-read plan", async () => {
    fake = installFakeExcel(plan([mappingToXml({ ...exampleMapping(), version: 4 })]));
    const analysis = await analyseWorkbook(createExcelGateway({ now: clock }));
    expect(analysis).toEqual({
      ok: false,
      error: {
        kind: "bad-mapping",
        message:
          "This workbook's mapping was saved by a newer Plan Tracker (version 4); this one understands up to version 3. Update Plan Tracker before using it, so nothing is misread.",
      },
    });
  });
});
