/** @jest-environment node */
import ExcelJS from "exceljs";
import type { WritePlan } from "../../src/core/write-plan/write-plan";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";

/**
 * Undo last run on .xlsx puts back what a plain value cannot say: a link (web page or a place in the
 * workbook, with its tip), formatted runs of text, and an error value as an error, not as its text
 * (core/undo/value-detail.ts). Each is overwritten by a run, undone, saved and read back.
 */
const CLOCK = "2023-02-01T09:30:00.000Z";

const build = async (): Promise<Uint8Array> => {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet("Plan");
  sheet.getCell("A1").value = "Progress";
  sheet.getCell("A2").value = {
    text: "Evidence folder",
    hyperlink: "https://intranet.example.gov.uk/evidence",
    tooltip: "Open the folder",
  };
  sheet.getCell("A3").value = {
    richText: [
      { text: "Done ", font: { bold: true } },
      { text: "(late)", font: { italic: true, color: { argb: "FFD4351C" } } },
    ],
  };
  sheet.getCell("A4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
  sheet.getCell("A5").value = {
    text: {
      richText: [
        { text: "See ", font: {} },
        { text: "row 9", font: { underline: true } },
      ],
    },
    hyperlink: "#'Plan'!A9",
  } as unknown as ExcelJS.CellHyperlinkValue;
  return new Uint8Array(await book.xlsx.writeBuffer());
};

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "plan.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const valuesOf = async (bytes: Uint8Array): Promise<unknown[]> => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(bytes.slice().buffer);
  const sheet = book.getWorksheet("Plan");
  return ["A2", "A3", "A4", "A5"].map(
    (address) => JSON.parse(JSON.stringify(sheet?.getCell(address).value ?? null)) as unknown
  );
};

it("puts back links, formatted text and error values exactly, through a saved copy", async () => {
  const original = await build();
  const gateway = await open(original);
  const read = await gateway.read();
  if (!read.ok) throw new Error(read.error.message);
  const plan: WritePlan = {
    basedOn: read.value.stamp,
    label: "Refresh RAG as of 31 Jan 2023",
    ops: [
      {
        kind: "values",
        sheet: "Plan",
        topLeft: "A2",
        values: [["Red"], ["Red"], ["Red"], ["Red"]],
      },
    ],
  };
  const applied = await gateway.apply(plan);
  if (!applied.ok) throw new Error(applied.error.message);
  // The run did overwrite them (else this test would prove nothing); a link stays on its cell, as in Excel.
  expect(await valuesOf(await gateway.save())).toEqual(
    ["Red", "Red", "Red", "Red"].map((text, i) =>
      i % 3 === 0 ? expect.objectContaining({ text }) : text
    )
  );
  const rated = await open(await gateway.save());
  const undone = await rated.undoLastRun();
  if (!undone.ok) throw new Error(undone.error.message);
  expect(await valuesOf(await rated.save())).toEqual(await valuesOf(original));
});
