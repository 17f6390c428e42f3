// The My actions part of scripts/e2e.cjs: on each sample with actions, an owner picks their name and sees
// exactly their actions (checked against the sample's truth, read from the .xlsx here without Plan
// Tracker's parser: the rows whose owner cells name them), updates the status, a progress note and a
// revised date where the plan has those columns, downloads the workbook, and the downloaded file holds
// exactly those cells changed: the owner's other cells and every other row as they were.
"use strict";
const path = require("path");
const ExcelJS = require("exceljs");

// A fixed as-of date, so which list each action falls in does not drift with the calendar.
const AS_OF = "2022-09-30";

/**
 * Per sample: the owner, the sheet and columns their name is written in, the row to update, and what to
 * write. `status` is the choice's label; null where the plan has no status column for the row (GCC).
 */
const CASES = [
  { id: "bcp", sheet: "Improvement Plan", owner: "Cathi Hadley", ownerColumns: [3], row: 103, status: "Significant risk", statusCell: "E103", noteCell: "G103", dateCell: "D103", date: "end of Dec 2022", read: "31 Dec 2022" },
  { id: "gcc", sheet: "Focus on Practice", owner: "Adrian Wells", ownerColumns: [2], row: 507, status: null, statusCell: null, noteCell: null, dateCell: "C507", date: "end of March 2023", read: "31 Mar 2023" },
  { id: "thurrock", sheet: "Development Plan", owner: "S Murphy", ownerColumns: [4, 5, 6], row: 36, status: /^2 – /, statusCell: "K36", noteCell: "L36", dateCell: "G36", date: "Dec 2018", read: "31 Dec 2018" },
];

const text = (value) => {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "object") {
    if (Array.isArray(value.richText)) return value.richText.map((run) => run.text).join("");
    if ("result" in value) return text(value.result);
    if ("text" in value) return String(value.text);
    return JSON.stringify(value);
  }
  return String(value);
};

const readBook = async (file) => {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  return book;
};

/** Every cell of the named sheets with a value or a fill, as "Sheet!A1" → what it holds. */
const cellsOf = (book, sheets) => {
  const cells = new Map();
  for (const name of sheets) {
    const sheet = book.getWorksheet(name);
    if (!sheet) continue;
    sheet.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const value = text(cell.value);
        if (value !== "") cells.set(`${name}!${cell.address}`, value);
        const fill = cell.fill && cell.fill.fgColor && cell.fill.fgColor.argb;
        if (fill) cells.set(`${name}!${cell.address}#fill`, fill.slice(-6).toUpperCase());
      }),
    );
  }
  return cells;
};

const changedKeys = (before, after) => [...new Set([...before.keys(), ...after.keys()])].filter((key) => before.get(key) !== after.get(key)).sort();

const myActionsChecks = async ({ check, expect, context, base, watch, axe, shot, timeout, out, samples }) => {
  const page = await context.newPage();
  watch(page);
  page.setDefaultTimeout(timeout);

  for (const sample of CASES) {
    await check(`My actions on the ${sample.id} sample: ${sample.owner} sees exactly their actions, updates one, and the downloaded file holds only those cells changed`, async () => {
      const original = path.join(samples, `${sample.id}.xlsx`);
      const before = await readBook(original);
      // The sample's truth: the rows whose owner cells name the person, read without Plan Tracker.
      const truth = [];
      before.getWorksheet(sample.sheet).eachRow((row, number) => {
        if (sample.ownerColumns.some((column) => text(row.getCell(column).value).includes(sample.owner))) truth.push(number);
      });

      await page.goto(`${base}/taskpane.html?sample=${sample.id}&view=my-actions`);
      await page.getByRole("heading", { name: `${sample.id}.xlsx` }).waitFor();
      await page.getByLabel("As-of date").fill(AS_OF);
      const picker = page.getByRole("combobox", { name: "Your name" });
      await picker.locator("option", { hasText: sample.owner }).first().waitFor({ state: "attached" });
      await picker.selectOption(sample.owner);
      await page.getByText(new RegExp(`^${sample.owner}: \\d+ actions?`)).waitFor();
      const rows = (await page.locator("li[data-my-action-row]").evaluateAll((items) => items.map((item) => Number(item.getAttribute("data-my-action-row"))))).sort((a, b) => a - b);
      expect(JSON.stringify(rows) === JSON.stringify(truth), `listed rows ${rows.join(", ")}, the sample's truth ${truth.join(", ")}`);
      console.log(`        ${sample.id}: ${sample.owner}'s rows ${rows.join(", ")}`);
      await axe.scan(page, `My actions: listed (${sample.id})`);

      const item = page.locator(`li[data-my-action-row="${sample.row}"]`);
      await item.getByRole("button", { name: /^Update / }).click();
      const form = page.getByRole("form", { name: /^Update / });
      await form.getByRole("button", { name: "Save update" }).waitFor();
      if (sample.status !== null) {
        const status = form.getByRole("combobox", { name: "Status" });
        // The form reads the workbook afresh before it shows its fields.
        await status.waitFor();
        const options = await status.locator("option").allTextContents();
        const wanted = options.find((option) => (sample.status instanceof RegExp ? sample.status.test(option) : option === sample.status));
        expect(wanted !== undefined, `no status like ${sample.status} among ${options.join(" | ")}`);
        await status.selectOption({ label: wanted });
      }
      const note = `Checked by the e2e on ${AS_OF}.`;
      if (sample.noteCell !== null) await form.getByRole("textbox", { name: "Progress note" }).fill(note);
      await form.getByRole("textbox", { name: "Revised date" }).fill(sample.date);
      await form.getByText(`Read as ${sample.read}`).waitFor();
      await axe.scan(page, `My actions: update form filled (${sample.id})`);
      await form.getByRole("button", { name: "Save update" }).click();
      const saved = page.getByTestId("my-actions-saved");
      await saved.waitFor();
      const said = (await saved.innerText()).replace(/\s+/g, " ");
      expect(said.includes(`read as ${sample.read}`), `the outcome says: ${said}`);
      await shot(page, `20-my-actions-${sample.id}-saved`);

      const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download .xlsx" }).click()]);
      const file = path.join(out, `my-actions-${sample.id}.xlsx`);
      await download.saveAs(file);
      const after = await readBook(file);
      const sheets = before.worksheets.map((sheet) => sheet.name);
      const changed = changedKeys(cellsOf(before, sheets), cellsOf(after, sheets));
      const expected = [
        `${sample.sheet}!${sample.dateCell}`,
        ...(sample.noteCell ? [`${sample.sheet}!${sample.noteCell}`] : []),
        ...(sample.statusCell ? [sample.id === "bcp" ? `${sample.sheet}!${sample.statusCell}#fill` : `${sample.sheet}!${sample.statusCell}`] : []),
      ].sort();
      expect(JSON.stringify(changed) === JSON.stringify(expected), `the downloaded file changed ${changed.slice(0, 12).join(", ")}${changed.length > 12 ? ", …" : ""}; expected ${expected.join(", ")}`);
      const cell = (address) => text(after.getWorksheet(sample.sheet).getCell(address).value);
      if (sample.noteCell !== null) expect(cell(sample.noteCell).includes(note), `${sample.noteCell} holds: ${cell(sample.noteCell).slice(0, 120)}`);
      if (sample.id === "gcc") expect(cell(sample.dateCell) === sample.date, `${sample.dateCell} holds "${cell(sample.dateCell)}"`);
      console.log(`        ${sample.id}: the download changed only ${changed.join(", ")}`);
    });
  }
  await page.close();
};

module.exports = { myActionsChecks };
