/** @jest-environment node */
import {
  checkMappingAgainst,
  checkReportMeasures,
} from "../../../src/core/mapping/check-mapping-against";
import { mappingOptions } from "../../../src/core/mapping/mapping-options";
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { snapshotOf } from "../../support/snapshot-builder";
import { exampleMapping } from "./example-mapping";

const plan = () =>
  snapshotOf(
    {
      name: "Improvement Plan",
      rows: [
        ["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"],
        [
          "1.1",
          "Strengthen the Early Help offer",
          "Juliette Blake",
          "30/04/23",
          "On track",
          "Started.",
        ],
        [],
        ["1.2", "Audit EH interventions", "Sarah Rempel", "30/09/23", "Amber", "Booked."],
      ],
    },
    { name: "Notes", rows: [["Read me"]] }
  );

describe("checkMappingAgainst: does the mapping fit this workbook?", () => {
  it("accepts a mapping whose sheets and header rows are there", () => {
    expect(checkMappingAgainst(exampleMapping(), plan())).toEqual({ ok: true, value: undefined });
  });

  it("names a sheet the workbook does not have, and lists the ones it has", () => {
    const mapping = exampleMapping();
    mapping.sheets[0].name = "Action Plan";
    expect(checkMappingAgainst(mapping, plan())).toEqual({
      ok: false,
      error:
        'sheets[0] is the sheet "Action Plan", which is not in this workbook (its sheets are "Improvement Plan", "Notes").',
    });
  });

  it("points out a sheet name that differs only in capitals", () => {
    const mapping = exampleMapping();
    mapping.sheets[0].name = "improvement plan";
    expect(checkMappingAgainst(mapping, plan())).toEqual({
      ok: false,
      error:
        'sheets[0].name "improvement plan" does not match the workbook\'s sheet "Improvement Plan" exactly; write the name as the tab shows it.',
    });
  });

  it("names a header row below the end of the sheet", () => {
    const mapping = exampleMapping();
    mapping.sheets[0].tables[0].headerRows = [40];
    expect(checkMappingAgainst(mapping, plan())).toEqual({
      ok: false,
      error: 'sheets[0].tables[0].headerRows[0] is row 40, but "Improvement Plan" ends at row 4.',
    });
  });

  it("names a header row that is empty (rows moved since the mapping was saved)", () => {
    const mapping = exampleMapping();
    mapping.sheets[0].tables[0].headerRows = [3];
    expect(checkMappingAgainst(mapping, plan())).toEqual({
      ok: false,
      error:
        'Row 3 of "Improvement Plan" is empty, but sheets[0].tables[0] says a table\'s header row is there (were rows added or removed above it?).',
    });
  });
});

describe("checkReportMeasures", () => {
  it("names a chart measure the workbook does not have", () => {
    const mapping = exampleMapping();
    const model = detectPlan(plan(), mappingOptions(mapping).detect);
    expect(checkReportMeasures(mapping, model)).toEqual({ ok: true, value: undefined });
    mapping.report = { chartMeasures: ["Re-referrals"] };
    expect(checkReportMeasures(mapping, model)).toEqual({
      ok: false,
      error:
        'report.chartMeasures[0] "Re-referrals" is not a measure in this workbook; name it as its row writes it.',
    });
  });
});
