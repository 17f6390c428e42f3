/** @jest-environment node */
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { installFakeExcel, type FakeExcel } from "./fake-excel";
import { readStore } from "./helpers/store-reading";

/**
 * Undo last run in Excel puts an error value back as the error it was (#N/A from a lookup), and text
 * that merely reads like one (an owner's text) back as text (core/undo/value-detail.ts).
 */
const NOW = new Date("2023-02-01T09:30:00.000Z");
const gateway = () => createExcelGateway({ now: () => NOW, keepUndo: true });

let fake: FakeExcel | null = null;
afterEach(() => {
  fake?.uninstall();
  fake = null;
});

it("puts back #N/A as an error and '#REF!' text as text", async () => {
  fake = installFakeExcel(
    {
      name: "plan.xlsx",
      sheets: [
        {
          name: "Plan",
          values: [
            ["Ref", "Status"],
            ["1.1", "On track"],
            ["1.2", "#REF!"],
          ],
        },
      ],
    },
    { apiVersion: "1.17", platform: "web" }
  );
  // A lookup that failed: an error value, not text.
  const sheet = fake.sheet("Plan");
  sheet.setValue(1, 1, "#N/A", true);
  const before = readStore(fake.store);
  expect(before.Plan.cells.B2).toMatchObject({ value: "#N/A", type: "Error" });
  expect(before.Plan.cells.B3).toMatchObject({ value: "#REF!", type: "String" });

  const read = await gateway().read();
  if (!read.ok) throw new Error(read.error.message);
  const applied = await gateway().apply({
    basedOn: read.value.stamp,
    label: "Refresh RAG as of 31 Jan 2023",
    ops: [{ kind: "values", sheet: "Plan", topLeft: "B2", values: [["Red"], ["Red"]] }],
  });
  if (!applied.ok) throw new Error(applied.error.message);
  expect(readStore(fake.store).Plan.cells.B2).toMatchObject({ value: "Red", type: "String" });

  const undone = await gateway().undoLastRun?.();
  if (!undone?.ok) throw new Error(undone?.error.message ?? "no undo");
  expect(readStore(fake.store)).toEqual(before);
});
