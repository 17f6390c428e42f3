/** @jest-environment node */
import { readPlan } from "../../../src/app/analyse-workbook";
import { mappingInForce } from "../../../src/app/plan-settings";
import { updateAction, updateForm, echoRevisedDate } from "../../../src/app/update-action";
import { mappingToXml } from "../../../src/core/mapping/mapping-xml";
import { changedCells, councilCells, openSample, readSnapshot } from "./open-sample";

const TODAY = "2022-10-03";
const AS_OF = "2022-09-30";

describe("Update from the pane", () => {
  it("BCP 3.10: a colour-key status, a note above the earlier text and a revised date write only their cells", async () => {
    const gateway = await openSample("bcp");
    const before = councilCells(await readSnapshot(gateway));
    const form = await updateForm(gateway, "Improvement Plan", 103);
    if (!form.ok) throw new Error(form.error.message);
    expect(form.value.status?.source).toBe("colour key");
    const amber = form.value.status?.choices.find((choice) => choice.level === "amber");
    expect(amber?.fill).toBe("#FFC000");

    const done = await updateAction(
      gateway,
      {
        sheet: "Improvement Plan",
        row: 103,
        status: amber!.label,
        note: "Partners met again; terms agreed.",
        revisedDate: "end of Dec 2022",
      },
      TODAY,
      AS_OF
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.written.map((cell) => cell.address)).toEqual(["E103", "G103", "D103"]);
    expect(done.value.written[2].sentence).toBe(
      "Revised date (D103): 'end of Dec 2022', read as 31 Dec 2022"
    );

    const after = await readSnapshot(gateway);
    const changed = changedCells(before, councilCells(after));
    expect(changed).toEqual([
      "Improvement Plan!103:4",
      "Improvement Plan!103:7",
      "Improvement Plan!E103#fill",
    ]);
    const sheet = after.sheets.find((candidate) => candidate.name === "Improvement Plan")!;
    expect(sheet.values[103 - sheet.firstRow][3]).toBe("end of Dec 2022");
    expect(String(sheet.values[103 - sheet.firstRow][6])).toMatch(
      /^<p>3 Oct 2022: Partners met again; terms agreed\.<\/p> <p>DCS has met/
    );
    expect(sheet.fills.E103).toBe("#FFC000");
    // The rating after the update reads the new date and the owner's amber.
    expect(done.value.rating?.reason).toMatch(/31 Dec 2022/);

    // Every write is undoable: Undo last run puts the three cells back.
    const undone = await gateway.undoLastRun();
    if (!undone.ok) throw new Error(undone.error.message);
    expect(changedCells(before, councilCells(await readSnapshot(gateway)))).toEqual([]);
  });

  it("Thurrock: a score from the plan's own key goes in the latest period's rating column", async () => {
    const gateway = await openSample("thurrock");
    const form = await updateForm(gateway, "Development Plan", 34);
    if (!form.ok) throw new Error(form.error.message);
    expect(form.value.status?.source).toBe("scale key");
    expect(form.value.status?.address).toBe("K34");
    const two = form.value.status!.choices.find((choice) => choice.value === 2)!;
    const before = councilCells(await readSnapshot(gateway));
    const done = await updateAction(
      gateway,
      { sheet: "Development Plan", row: 34, status: two.label },
      TODAY,
      AS_OF
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(changedCells(before, councilCells(await readSnapshot(gateway)))).toEqual([
      "Development Plan!34:11",
    ]);
  });

  it("Thurrock: a month typed into a month-only date cell is written as the first of that month, as the plan writes them", async () => {
    const gateway = await openSample("thurrock");
    const before = councilCells(await readSnapshot(gateway));
    const done = await updateAction(
      gateway,
      { sheet: "Development Plan", row: 36, revisedDate: "Dec 2018" },
      TODAY,
      AS_OF
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.written[0].sentence).toBe(
      "Revised date (G36): 'Dec 2018', read as 31 Dec 2018"
    );
    const after = await readSnapshot(gateway);
    expect(changedCells(before, councilCells(after))).toEqual(["Development Plan!36:7"]);
    const sheet = after.sheets.find((candidate) => candidate.name === "Development Plan")!;
    // 1 Dec 2018, shown "Dec-18" by the cell's own mmm-yy format, which is left as it was.
    expect(sheet.values[36 - sheet.firstRow][6]).toBe(43435);
    expect(sheet.numberFormats.G36).toBe("mmm-yy");
  });

  it("a note goes in place of the earlier text where the mapping says updates.progress = replace", async () => {
    const gateway = await openSample("bcp");
    const plan = await readPlan(gateway);
    if (!plan.ok) throw new Error(plan.error.message);
    const stored = await gateway.storeMapping(
      mappingToXml({
        ...mappingInForce(plan.value.settings, plan.value.model),
        updates: { progress: "replace" },
      })
    );
    if (!stored.ok) throw new Error(stored.error.message);
    const form = await updateForm(gateway, "Improvement Plan", 103);
    expect(form.ok && form.value.progress?.mode).toBe("replace");
    const done = await updateAction(
      gateway,
      { sheet: "Improvement Plan", row: 103, note: "Only this." },
      TODAY,
      AS_OF
    );
    if (!done.ok) throw new Error(done.error.message);
    const sheet = (await readSnapshot(gateway)).sheets.find(
      (candidate) => candidate.name === "Improvement Plan"
    )!;
    expect(sheet.values[103 - sheet.firstRow][6]).toBe("3 Oct 2022: Only this.");
  });

  it("GCC: a revised date into a cell of words is written as typed, and read back as echoed", async () => {
    const gateway = await openSample("gcc");
    expect(echoRevisedDate("end of Sept 2025")).toEqual({ ok: true, value: "30 Sep 2025" });
    const done = await updateAction(
      gateway,
      { sheet: "Focus on Practice", row: 507, revisedDate: "end of Sept 2025" },
      TODAY,
      AS_OF
    );
    if (!done.ok) throw new Error(done.error.message);
    const sheet = (await readSnapshot(gateway)).sheets.find(
      (candidate) => candidate.name === "Focus on Practice"
    )!;
    expect(sheet.values[507 - sheet.firstRow][2]).toBe("end of Sept 2025");
  });

  it.each([
    [
      { status: "Amberish" },
      /'Amberish' is not one of this plan's statuses \(High risk, Significant risk/,
    ],
    [{ revisedDate: "end of Septembr" }, /'end of Septembr' is not a date Plan Tracker can read/],
    [{ revisedDate: "31/02/2023" }, /not a real date/],
    [{ revisedDate: "30 June" }, /has no year/],
    [{ percentComplete: "40" }, /has no % complete column/],
    [{}, /Nothing to update/],
  ])("refuses %j before writing anything", async (change, sentence) => {
    const gateway = await openSample("bcp");
    const before = councilCells(await readSnapshot(gateway));
    const done = await updateAction(
      gateway,
      { sheet: "Improvement Plan", row: 103, ...change },
      TODAY,
      AS_OF
    );
    expect(done.ok).toBe(false);
    if (!done.ok) expect(done.error.message).toMatch(sentence);
    expect(changedCells(before, councilCells(await readSnapshot(gateway)))).toEqual([]);
  });

  it("refuses a row whose cells sit left of their headings", async () => {
    const done = await updateAction(
      await openSample("thurrock"),
      { sheet: "Development Plan", row: 57, note: "x" },
      TODAY,
      AS_OF
    );
    expect(!done.ok && done.error.message).toMatch(/out of line with the headings/);
  });
});
