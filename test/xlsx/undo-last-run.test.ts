/** @jest-environment node */
import ExcelJS from "exceljs";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { writeRatings } from "../../src/app/rate-workbook";
import { UNDO_SHEET } from "../../src/core/rag/write/owned-sheets";
import { decodeUndoRecord } from "../../src/core/undo/decode-undo-record";
import type { UndoRecord } from "../../src/core/undo/undo-record";
import { NOTHING_TO_UNDO } from "../../src/core/undo/undo-sentences";
import { openXlsxWorkbook, type XlsxGateway } from "../../src/xlsx/xlsx-gateway";
import { buildTypedStatusPlan } from "../support/typed-status-plan";
import { readWorkbook } from "./helpers/workbook-reading";

// Refresh RAG on an .xlsx (the CLI and the preview), then Undo last run: every cell of the council's
// own sheets must be back exactly, read from the saved file (docs/HISTORY.md#issue-6-3).
const CLOCK = "2023-02-01T09:30:00.000Z";

const bcpBytes = (): Uint8Array =>
  new Uint8Array(readFileSync(join(__dirname, "..", "fixtures", "generated", "bcp.xlsx")));

const open = async (bytes: Uint8Array, name: string): Promise<XlsxGateway> => {
  const opened = await openXlsxWorkbook(bytes, name, { clock: () => CLOCK });
  if (!opened.ok) throw new Error(opened.error.message);
  return opened.value;
};

const refresh = async (gateway: XlsxGateway, asOf = "2023-01-31") => {
  const written = await writeRatings(gateway, { asOf });
  if (!written.ok) throw new Error(written.error.message);
  return written.value;
};

/** The record as the undo sheet holds it now. */
const recordIn = async (gateway: XlsxGateway): Promise<UndoRecord | null> => {
  const read = await gateway.read();
  if (!read.ok) throw new Error(read.error.message);
  const sheet = read.value.sheets.find((s) => s.name === UNDO_SHEET);
  if (!sheet) return null;
  const decoded = decodeUndoRecord(sheet);
  if (!decoded.ok) throw new Error(decoded.error);
  return decoded.value;
};

describe.each([
  [
    "the BCP plan (RAG column held as fills, dropdowns, highlighting)",
    "bcp.xlsx",
    async () => bcpBytes(),
  ],
  [
    "a plan with a typed Status column (its own text colour, bold, a theme fill, a text format, its own dropdown list)",
    "typed.xlsx",
    buildTypedStatusPlan,
  ],
])("Refresh RAG then Undo last run on %s", (_name, file, build) => {
  let original: Uint8Array;
  let gateway: XlsxGateway;

  beforeEach(async () => {
    original = await build();
    gateway = await open(original, file);
  });

  it("puts every cell, format, dropdown and rule of the council's sheets back exactly", async () => {
    const before = await readWorkbook(original);
    await refresh(gateway);
    const written = await readWorkbook(await gateway.save());
    // The run did change the council's sheets (else this test would prove nothing).
    expect(written).not.toEqual(before);
    const record = await recordIn(gateway);
    expect(record?.label).toBe("Refresh RAG as of 31 Jan 2023");
    expect(record?.takenAt).toBe(CLOCK);

    const undone = await gateway.undoLastRun();
    if (!undone.ok) throw new Error(undone.error.message);
    expect(undone.value).toEqual({
      restored: record?.cells.length,
      label: "Refresh RAG as of 31 Jan 2023",
      removed: (record?.rules.length ?? 0) + (record?.validations.length ?? 0),
    });
    expect(undone.value.restored).toBeGreaterThan(0);
    expect(await readWorkbook(await gateway.save())).toEqual(before);
  });

  it("keeps only cells of the council's own sheets, and only those the run changed", async () => {
    await refresh(gateway);
    const record = await recordIn(gateway);
    expect(record).not.toBeNull();
    const sheets = new Set(record?.cells.map((cell) => cell.sheet));
    expect(
      [...sheets].every((sheet) => !sheet.startsWith("Plan Tracker") && sheet !== "Board report")
    ).toBe(true);
    // The dropdowns it laid over the RAG column are recorded with what they replaced.
    expect(record?.validations.length).toBeGreaterThan(0);
    // A second refresh that rates everything the same changes no cell, so it keeps none.
    await refresh(gateway);
    expect((await recordIn(gateway))?.cells).toEqual([]);
  });

  it("clears the record, so a second undo has nothing to undo", async () => {
    await refresh(gateway);
    expect(await gateway.undoableRun()).toEqual({
      ok: true,
      value: { label: "Refresh RAG as of 31 Jan 2023", takenAt: CLOCK },
    });
    expect((await gateway.undoLastRun()).ok).toBe(true);
    expect(await gateway.undoableRun()).toEqual({ ok: true, value: null });
    expect(await gateway.undoLastRun()).toEqual({
      ok: false,
      error: { kind: "nothing-to-undo", message: NOTHING_TO_UNDO },
    });
  });
});

/** A colleague opens the saved file in Excel and types into it (exceljs stands in for them). */
const editedByColleague = async (
  bytes: Uint8Array,
  edits: Record<string, string>
): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const sheet = workbook.getWorksheet("Action Plan");
  if (!sheet) throw new Error("no Action Plan sheet");
  for (const [cell, text] of Object.entries(edits)) sheet.getCell(cell).value = text;
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe("Undo last run never overwrites a later edit", () => {
  it("travels with the file: undone after saving and reopening", async () => {
    const original = await buildTypedStatusPlan();
    const gateway = await open(original, "typed.xlsx");
    await refresh(gateway);
    const reopened = await open(await gateway.save(), "typed.xlsx");
    expect((await reopened.undoLastRun()).ok).toBe(true);
    expect(await readWorkbook(await reopened.save())).toEqual(await readWorkbook(original));
  });

  it("refuses, naming the cells a colleague changed since the run, and changes nothing", async () => {
    const gateway = await open(await buildTypedStatusPlan(), "typed.xlsx");
    await refresh(gateway);
    const edited = await editedByColleague(await gateway.save(), {
      G3: "Escalated to the board",
      F2: "A note elsewhere is fine",
    });
    const reopened = await open(edited, "typed.xlsx");
    const undone = await reopened.undoLastRun();
    expect(undone).toEqual({
      ok: false,
      error: {
        kind: "changed-since-read",
        cells: ["'Action Plan'!G3"],
        message:
          "1 cell has changed since 'Refresh RAG as of 31 Jan 2023' wrote it ('Action Plan'!G3), so Undo last run put nothing back rather than overwrite that later edit; change it back by hand if you still want the earlier values.",
      },
    });
    expect(await readWorkbook(await reopened.save())).toEqual(await readWorkbook(edited));
    // The record stays: once the colleague's edit is put back as the run left it, undo goes ahead.
    const restored = await open(await editedByColleague(edited, { G3: "▲ Red" }), "typed.xlsx");
    expect((await restored.undoLastRun()).ok).toBe(true);
  });
});

describe("an undo sheet changed by hand", () => {
  it("is refused in one sentence saying where, and nothing is put back", async () => {
    const gateway = await open(await buildTypedStatusPlan(), "typed.xlsx");
    await refresh(gateway);
    const beforeUndo = await readWorkbook(await gateway.save());
    const tampered = await gateway.apply({
      basedOn: { takenAt: CLOCK, fingerprint: "x" },
      ops: [{ kind: "values", sheet: UNDO_SHEET, topLeft: "D8", values: [["Off track"]] }],
    });
    expect(tampered.ok).toBe(true);
    const undone = await gateway.undoLastRun();
    expect(undone).toEqual({
      ok: false,
      error: {
        kind: "host-error",
        sheet: UNDO_SHEET,
        message:
          "The sheet 'Plan Tracker Undo' has been changed since Plan Tracker wrote it (its entries no longer match the check value in B4), so Undo last run cannot put cells back exactly and changed nothing.",
      },
    });
    expect(await readWorkbook(await gateway.save())).toEqual(beforeUndo);
  });
});
