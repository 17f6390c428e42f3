/** @jest-environment node */
import { MAPPING_NAMESPACE } from "../../../src/core/mapping/mapping";
import { mappingJson } from "../../../src/core/mapping/mapping-json";
import {
  isMappingPart,
  mappingFromXml,
  mappingToXml,
  storedMappingText,
  storedMappingVersion,
} from "../../../src/core/mapping/mapping-xml";
import { exampleMapping } from "./example-mapping";

describe("the mapping as a custom XML part", () => {
  it("is canonical JSON in CDATA under a root element in Plan Tracker's namespace", () => {
    const xml = mappingToXml(exampleMapping());
    expect(xml).toBe(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<planTrackerMapping xmlns="urn:plan-tracker:mapping" version="3"><![CDATA[${mappingJson(exampleMapping())}]]></planTrackerMapping>`
    );
    expect(isMappingPart(xml)).toBe(true);
    expect(storedMappingVersion(xml)).toBe(3);
  });

  it("reads back the same mapping", () => {
    expect(mappingFromXml(mappingToXml(exampleMapping()))).toEqual({
      ok: true,
      value: exampleMapping(),
    });
  });

  it("never stores where a printed mapping came from", () => {
    expect(mappingToXml({ ...exampleMapping(), source: "detected" })).toBe(
      mappingToXml(exampleMapping())
    );
    expect(mappingToXml(exampleMapping())).not.toContain('"source"');
  });

  it("is the same text whatever order the entries were written in", () => {
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : typeof value === "object" && value !== null
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([k, v]) => [k, reversed(v)])
            )
          : value;
    const shuffled = reversed(exampleMapping()) as ReturnType<typeof exampleMapping>;
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(exampleMapping()));
    expect(mappingToXml(shuffled)).toBe(mappingToXml(exampleMapping()));
  });

  it("keeps text containing ]]> (which would end the CDATA) and < & > intact", () => {
    const mapping = exampleMapping();
    mapping.levels[0].meaning = "Off target ]]> needs escalation <now> & today";
    mapping.sheets[0].tables[0].fields[1].title = "]]>]]>";
    const xml = mappingToXml(mapping);
    expect(xml.match(/]]>/g)).toHaveLength(4); // each ]]> split in two, plus the closing one
    expect(mappingFromXml(xml)).toEqual({ ok: true, value: mapping });
  });

  it("keeps characters XML forbids by leaving them escaped in the JSON", () => {
    const mapping = exampleMapping();
    mapping.levels[1].meaning = "odd \uFFFE and \uFFFF";
    const xml = mappingToXml(mapping);
    expect(xml).not.toMatch(/[\uFFFE\uFFFF]/);
    expect(mappingFromXml(xml)).toEqual({ ok: true, value: mapping });
  });

  it("reads the part as Office may hand it back: prefixed, entity-escaped, or with a comment first", () => {
    const json = mappingJson(exampleMapping());
    const escaped = json
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;");
    const forms = [
      `<pt:planTrackerMapping xmlns:pt="${MAPPING_NAMESPACE}" version="3"><![CDATA[${json}]]></pt:planTrackerMapping>`,
      `<?xml version="1.0"?><planTrackerMapping version='3' xmlns='${MAPPING_NAMESPACE}'>${escaped}</planTrackerMapping>`,
      `\uFEFF<!-- Plan Tracker --><planTrackerMapping xmlns="${MAPPING_NAMESPACE}">\n  <![CDATA[${json.slice(0, 100)}]]><![CDATA[${json.slice(100)}]]>\n</planTrackerMapping>`,
    ];
    for (const xml of forms) {
      expect(isMappingPart(xml)).toBe(true);
      expect(storedMappingText(xml)).toEqual({ ok: true, value: json });
    }
  });

  it("tells other parts apart by their namespace", () => {
    expect(
      isMappingPart(`<planTrackerMapping xmlns="urn:someone-else">{}</planTrackerMapping>`)
    ).toBe(false);
    expect(
      isMappingPart(
        `<b:Sources xmlns:b="http://schemas.openxmlformats.org/officeDocument/2006/bibliography"/>`
      )
    ).toBe(false);
    expect(isMappingPart("not xml at all")).toBe(false);
  });

  it("says plainly why a stored part cannot be used", () => {
    expect(mappingFromXml(`<planTrackerMapping xmlns="${MAPPING_NAMESPACE}"/>`)).toEqual({
      ok: false,
      error: "The workbook's mapping part is empty; save the mapping again.",
    });
    expect(
      mappingFromXml(`<planTrackerMapping xmlns="${MAPPING_NAMESPACE}"><![CDATA[{"version": 2`)
    ).toEqual({
      ok: false,
      error:
        "The workbook's mapping part is cut short (it has no closing tag); save the mapping again.",
    });
    expect(mappingFromXml(`<other xmlns="${MAPPING_NAMESPACE}">{}</other>`)).toEqual({
      ok: false,
      error: `The workbook's mapping part is not a Plan Tracker mapping (its root element should be <planTrackerMapping xmlns="${MAPPING_NAMESPACE}">).`,
    });
    expect(
      mappingFromXml(
        `<planTrackerMapping xmlns="${MAPPING_NAMESPACE}"><![CDATA[{"version": 2,}]]></planTrackerMapping>`
      )
    ).toEqual({
      ok: false,
      error:
        "The mapping stored in this workbook cannot be used: the mapping is not valid JSON: line 1, column 15: remove the comma before } (JSON allows no comma after the last entry).",
    });
    expect(mappingFromXml(mappingToXml({ ...exampleMapping(), version: 9 }))).toEqual({
      ok: false,
      error:
        "This workbook's mapping was saved by a newer Plan Tracker (version 9); this one understands up to version 3. Update Plan Tracker before using it, so nothing is misread.",
    });
  });
});
