/** @jest-environment node */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeRatings } from "../../src/app/rate-workbook";
import { DEFAULT_RAG_POLICY } from "../../src/core/rag/rag-policy";
import { isHighlightingFormula } from "../../src/core/rag/write/highlighting-signature";
import { UNDO_SHEET } from "../../src/core/rag/write/owned-sheets";
import { decodeUndoRecord } from "../../src/core/undo/decode-undo-record";
import type { UndoRecord } from "../../src/core/undo/undo-record";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";
import { readWorkbook } from "./helpers/workbook-reading";

// The .xlsx executor replaces Plan Tracker's own highlighting on each refresh as the Office.js one
// does (test/excel/excel-gateway.highlighting.test.ts), every step saved and the file read again.
const CLOCK = "2023-02-01T09:30:00.000Z";
const AS_OF = "2022-07-31";
const WIDER = { ...DEFAULT_RAG_POLICY, tolerance: { mode: "relative" as const, value: 10 } };
const COUNCIL_FORMULA = "AND(ISNUMBER(H6),H6>1000)";

/** The scorecard, with the council's own rule on the very cells Plan Tracker highlights. */
const scorecardWithCouncilRule = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(
    new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "generated", "scorecard.xlsx")))
      .buffer
  );
  const sheet = workbook.getWorksheet("Scorecard");
  if (!sheet) throw new Error("no Scorecard sheet");
  sheet.addConditionalFormatting({
    ref: "H6:H26",
    rules: [
      {
        type: "expression",
        priority: 1,
        formulae: [COUNCIL_FORMULA],
        style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFFF00" } } },
      },
    ],
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

const open = async (bytes: Uint8Array): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, "scorecard.xlsx", { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

/** Refresh, save, and open the saved file again, as a person would between runs. */
const refreshed = async (bytes: Uint8Array, policy = DEFAULT_RAG_POLICY): Promise<Uint8Array> => {
  const gateway = await open(bytes);
  const written = await writeRatings(gateway, { asOf: AS_OF, policy });
  if (!written.ok) throw new Error(written.error.message);
  return gateway.save();
};

const formulasIn = async (bytes: Uint8Array): Promise<string[]> => {
  const formats = (await readWorkbook(bytes)).Scorecard.conditionalFormats;
  const entries = Array.isArray(formats) ? (formats as { rules: { formulae?: string[] }[] }[]) : [];
  return entries.flatMap((entry) => entry.rules.map((rule) => rule.formulae?.[0] ?? ""));
};

const recordIn = async (bytes: Uint8Array): Promise<UndoRecord | null> => {
  const read = await (await open(bytes)).read();
  if (!read.ok) throw new Error(read.error.message);
  const sheet = read.value.sheets.find((s) => s.name === UNDO_SHEET);
  const decoded = sheet ? decodeUndoRecord(sheet) : null;
  if (decoded && !decoded.ok) throw new Error(decoded.error);
  return decoded?.value ?? null;
};

describe("Refresh RAG on an .xlsx replaces its own highlighting", () => {
  it("leaves exactly one set after three refreshes, and the council's own rule on the same cells", async () => {
    const first = await refreshed(await scorecardWithCouncilRule());
    const formulas = await formulasIn(first);
    expect(formulas.filter(isHighlightingFormula)).toHaveLength(6);
    expect(formulas).toContain(COUNCIL_FORMULA);
    const third = await refreshed(await refreshed(first));
    expect(await formulasIn(third)).toEqual(formulas);
    expect(await readWorkbook(third)).toEqual(await readWorkbook(first));
  });

  it("undone after the second refresh, gives the file as the first left it: its rules laid back, the council's untouched", async () => {
    const first = await refreshed(await scorecardWithCouncilRule());
    const second = await refreshed(first, WIDER);
    expect(await readWorkbook(second)).not.toEqual(await readWorkbook(first));
    const record = await recordIn(second);
    expect(record?.rules).toHaveLength(6);
    expect(record?.removedRules).toHaveLength(6);

    const gateway = await open(second);
    const undone = await gateway.undoLastRun();
    if (!undone.ok) throw new Error(undone.error.message);
    expect(await readWorkbook(await gateway.save())).toEqual(await readWorkbook(first));
  });
});

describe("a protected sheet of measures in an .xlsx", () => {
  const OURS = "AND(ISNUMBER(B2),ISNUMBER(A2),ROUND(B2-A2,10)<=0)";
  const clearing = {
    basedOn: { takenAt: "t", fingerprint: "f" },
    ops: [{ kind: "clearHighlighting" as const, sheet: "Measures" }],
  };
  const locked = async (formulas: string[]): Promise<Uint8Array> => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("Measures");
    sheet.addRow(["Target", "Actual"]);
    sheet.addRow([1, 2]);
    for (const formula of formulas) {
      sheet.addConditionalFormatting({
        ref: "B2",
        rules: [
          {
            type: "expression",
            priority: 1,
            formulae: [formula],
            style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FF00703C" } } },
          },
        ],
      });
    }
    await sheet.protect("", {});
    return new Uint8Array(await workbook.xlsx.writeBuffer());
  };

  it("is no obstacle while it holds none of Plan Tracker's rules (nothing there changes), and is refused once it does", async () => {
    expect((await (await open(await locked(["B2>A2"]))).apply(clearing)).ok).toBe(true);
    const refused = await (await open(await locked(["B2>A2", OURS]))).apply(clearing);
    expect(!refused.ok && refused.error).toMatchObject({
      kind: "protected-sheet",
      sheet: "Measures",
    });
  });
});
