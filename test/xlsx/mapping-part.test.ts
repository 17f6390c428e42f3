/** @jest-environment node */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { MAPPING_NAMESPACE } from "../../src/core/mapping/mapping";
import { mappingFromXml, mappingToXml } from "../../src/core/mapping/mapping-xml";
import type { WriteOp } from "../../src/core/write-plan/write-plan";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";
import { exampleMapping } from "../core/mapping/example-mapping";

// The mapping kept inside the .xlsx as a custom XML part (docs/HISTORY.md#issue-5-2). exceljs neither reads nor
// writes custom XML parts, so the gateway finds the part with JSZip and save() writes it back.
const STAMP = { takenAt: "2023-01-31T09:00:00.000Z", fingerprint: "00000000" };

const workbookBytes = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Improvement Plan");
  sheet.addRow(["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"]);
  sheet.addRow([
    "1.1",
    "Strengthen the Early Help offer",
    "Juliette Blake",
    "30/04/23",
    "On track",
    "Started.",
  ]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", { clock: () => STAMP.takenAt });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const storedXml = async (gateway: XlsxGateway): Promise<string | undefined> => {
  const read = await gateway.read();
  if (!read.ok) throw new Error(read.error.message);
  return read.value.mappingXml;
};

const customXmlNames = async (bytes: Uint8Array): Promise<string[]> =>
  Object.keys((await JSZip.loadAsync(bytes)).files)
    .filter((name) => name.startsWith("customXml/") && !name.endsWith("/"))
    .sort();

const text = async (bytes: Uint8Array, name: string): Promise<string> => {
  const file = (await JSZip.loadAsync(bytes)).file(name);
  if (!file) throw new Error(`no part ${name}`);
  return file.async("string");
};

describe("the mapping through an .xlsx file", () => {
  it("save → reopen → the same mapping", async () => {
    const gateway = await open(await workbookBytes());
    expect(await storedXml(gateway)).toBeUndefined();
    const xml = mappingToXml(exampleMapping());
    expect(await gateway.storeMapping(xml)).toEqual({ ok: true, value: undefined });
    expect(await storedXml(gateway)).toBe(xml); // read after store sees it, as in Excel
    const reopened = await open(await gateway.save());
    const read = await storedXml(reopened);
    expect(read).toBe(xml);
    expect(mappingFromXml(read ?? "")).toEqual({ ok: true, value: exampleMapping() });
  });

  it("writes the parts Excel writes for a custom XML part, and exceljs still opens the file", async () => {
    const gateway = await open(await workbookBytes());
    await gateway.storeMapping(mappingToXml(exampleMapping()));
    const saved = await gateway.save();
    expect(await customXmlNames(saved)).toEqual([
      "customXml/_rels/item1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    expect(await text(saved, "customXml/itemProps1.xml")).toMatch(
      new RegExp(
        `<ds:datastoreItem ds:itemID="\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${MAPPING_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`
      )
    );
    expect(await text(saved, "customXml/_rels/item1.xml.rels")).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps" Target="itemProps1.xml"'
    );
    expect(await text(saved, "xl/_rels/workbook.xml.rels")).toContain(
      'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml" Target="../customXml/item1.xml"'
    );
    expect(await text(saved, "[Content_Types].xml")).toContain(
      '<Override PartName="/customXml/itemProps1.xml" ContentType="application/vnd.openxmlformats-officedocument.customXmlProperties+xml"/>'
    );
    const check = new ExcelJS.Workbook();
    await check.xlsx.load(saved.slice().buffer);
    expect(check.getWorksheet("Improvement Plan")?.getCell("B2").value).toBe(
      "Strengthen the Early Help offer"
    );
  });

  it("gives the same bytes for the same mapping (no clock or randomness in the part)", async () => {
    const once = async (): Promise<string> => {
      const gateway = await open(await workbookBytes());
      await gateway.storeMapping(mappingToXml(exampleMapping()));
      return text(await gateway.save(), "customXml/itemProps1.xml");
    };
    expect(await once()).toBe(await once());
  });

  it("keeps the part a file already carried when a copy is saved without storing one", async () => {
    const first = await open(await workbookBytes());
    await first.storeMapping(mappingToXml(exampleMapping()));
    const copy = await open(await first.save());
    await copy.apply({
      basedOn: STAMP,
      ops: [
        {
          kind: "values",
          sheet: "Improvement Plan",
          topLeft: "G1",
          values: [["RAG (Plan Tracker)"]],
        },
      ],
    });
    const saved = await copy.save();
    expect(await customXmlNames(saved)).toEqual([
      "customXml/_rels/item1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    expect(await text(saved, "customXml/item1.xml")).toBe(mappingToXml(exampleMapping()));
  });

  it("replaces the part when another mapping is stored: one mapping per workbook", async () => {
    const first = await open(await workbookBytes());
    await first.storeMapping(mappingToXml(exampleMapping()));
    const second = await open(await first.save());
    const changed = {
      ...exampleMapping(),
      policy: { ...exampleMapping().policy, amberWindowDays: 60 },
    };
    await second.storeMapping(mappingToXml(changed));
    const saved = await second.save();
    expect(await customXmlNames(saved)).toEqual([
      "customXml/_rels/item1.xml.rels",
      "customXml/item1.xml",
      "customXml/itemProps1.xml",
    ]);
    const rels = await text(saved, "xl/_rels/workbook.xml.rels");
    expect(rels.match(/relationships\/customXml"/g)).toHaveLength(1);
    expect(mappingFromXml((await storedXml(await open(saved))) ?? "")).toEqual({
      ok: true,
      value: changed,
    });
  });

  it("leaves a workbook without a mapping without custom XML parts", async () => {
    const gateway = await open(await workbookBytes());
    expect(await customXmlNames(await gateway.save())).toEqual([]);
  });

  it("refuses to store text that is not a mapping part", async () => {
    const gateway = await open(await workbookBytes());
    const refused = await gateway.storeMapping('<settings xmlns="urn:plan-tracker:settings:1"/>');
    expect(refused.ok).toBe(false);
    expect(await storedXml(gateway)).toBeUndefined();
  });

  it("finds the part among others, written as Office may write it (UTF-16, another number)", async () => {
    const zip = await JSZip.loadAsync(await workbookBytes());
    zip.file(
      "customXml/item1.xml",
      '<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>'
    );
    const xml = mappingToXml(exampleMapping()).replace('encoding="UTF-8"', 'encoding="UTF-16"');
    const utf16 = new Uint8Array(2 + xml.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let i = 0; i < xml.length; i += 1) {
      utf16[2 + i * 2] = xml.charCodeAt(i) & 0xff;
      utf16[3 + i * 2] = xml.charCodeAt(i) >> 8;
    }
    zip.file("customXml/item3.xml", utf16);
    const gateway = await open(await zip.generateAsync({ type: "uint8array" }));
    expect(await storedXml(gateway)).toBe(xml);
  });

  it("writes charts and the mapping in one pass over the package", async () => {
    const gateway = await open(await workbookBytes());
    const ops: WriteOp[] = [
      { kind: "ensureSheet", sheet: "Board report" },
      {
        kind: "values",
        sheet: "Board report",
        topLeft: "A1",
        values: [
          ["Group", "Red", "Green"],
          ["Leadership", 1, 4],
          ["Workforce", 2, 1],
        ],
      },
      {
        kind: "chart",
        sheet: "Board report",
        chart: {
          chartType: "barStacked",
          source: "A1:C3",
          seriesBy: "columns",
          title: "RAG mix",
          altText: "Stacked bars of red and green actions by group.",
          topLeft: "E2",
          bottomRight: "K16",
          seriesColours: ["#D4351C", "#00703C"],
        },
      },
    ];
    const applied = await gateway.apply({ basedOn: STAMP, ops });
    expect(applied.ok).toBe(true);
    await gateway.storeMapping(mappingToXml(exampleMapping()));
    const saved = await gateway.save();
    const names = Object.keys((await JSZip.loadAsync(saved)).files);
    expect(names).toContain("xl/charts/chart1.xml");
    expect(names).toContain("customXml/item1.xml");
    const types = await text(saved, "[Content_Types].xml");
    expect(types).toContain("/xl/charts/chart1.xml");
    expect(types).toContain("/customXml/itemProps1.xml");
  });
});
