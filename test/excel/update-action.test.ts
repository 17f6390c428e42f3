/** @jest-environment node */
import { updateAction } from "../../src/app/update-action";
import { enterActuals, listPeriodActuals } from "../../src/app/period-actuals";
import type { WorkbookGateway } from "../../src/core/gateway";
import type { WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { loadFixture } from "../support/snapshot-builder";
import { installFakeExcel, type FakeExcel } from "./fake-excel";

const fakeFrom = (snapshot: WorkbookSnapshot): FakeExcel =>
  installFakeExcel(
    {
      name: snapshot.name,
      sheets: snapshot.sheets.map((sheet) => ({
        name: sheet.name,
        values: sheet.values,
        numberFormats: sheet.numberFormats,
        fills: sheet.fills,
        merges: sheet.merges,
      })),
    },
    { apiVersion: "1.17", platform: "web" }
  );

const PLAN = "Improvement Plan";
const TODAY = "2022-10-03";

/** Values and number formats of the council's sheets, and the RAG column's fills, by cell. */
const councilState = async (
  gateway: WorkbookGateway,
  fake: FakeExcel
): Promise<Map<string, string>> => {
  const read = await gateway.read();
  if (!read.ok) throw new Error(read.error.message);
  const cells = new Map<string, string>();
  for (const sheet of read.value.sheets) {
    if (sheet.mark !== undefined) continue;
    sheet.values.forEach((row, r) =>
      row.forEach(
        (value, c) =>
          value !== null &&
          cells.set(
            `${sheet.name}!R${r + sheet.firstRow}C${c + sheet.firstColumn}`,
            JSON.stringify(value)
          )
      )
    );
    for (const [address, format] of Object.entries(sheet.numberFormats))
      cells.set(`${sheet.name}!${address}#format`, format);
  }
  for (let row = 20; row <= 116; row += 1)
    cells.set(`${PLAN}!E${row}#fill`, fake.fill(PLAN, `E${row}`));
  return cells;
};

const changed = (a: Map<string, string>, b: Map<string, string>): string[] =>
  [...new Set([...a.keys(), ...b.keys()])].filter((key) => a.get(key) !== b.get(key)).sort();

describe("Updates through Office.js (strict fake)", () => {
  let fake: FakeExcel;
  beforeEach(() => {
    fake = fakeFrom(loadFixture("bcp"));
  });
  afterEach(() => fake.uninstall());

  it("write only their cells, in the same number of syncs however many fields, and undo", async () => {
    const gateway = createExcelGateway();
    const before = await councilState(gateway, fake);

    fake.resetStats();
    const three = await updateAction(
      gateway,
      {
        sheet: PLAN,
        row: 103,
        status: "Significant risk",
        note: "Partners met again.",
        revisedDate: "31/12/22",
      },
      TODAY,
      "2022-09-30"
    );
    if (!three.ok) throw new Error(three.error.message);
    const threeSyncs = fake.stats.syncs;
    expect(changed(before, await councilState(gateway, fake))).toEqual([
      `${PLAN}!E103#fill`,
      `${PLAN}!R103C4`,
      `${PLAN}!R103C7`,
    ]);
    expect(fake.fill(PLAN, "E103")).toBe("#FFC000");

    // Every write is undoable: Undo last run puts the three cells back.
    const undone = await gateway.undoLastRun!();
    if (!undone.ok) throw new Error(undone.error.message);
    expect(changed(before, await councilState(gateway, fake))).toEqual([]);

    fake.resetStats();
    const one = await updateAction(
      gateway,
      { sheet: PLAN, row: 100, note: "Closed at the board." },
      TODAY,
      "2022-09-30"
    );
    if (!one.ok) throw new Error(one.error.message);
    expect(fake.stats.syncs).toBe(threeSyncs);
    // A fresh read (four syncs: sheets, used ranges, the dropdowns' lists, the colour-only RAG column's fills), then the guarded write with its undo record (four).
    expect(threeSyncs).toBeLessThanOrEqual(8);
  });

  it("refuse a cell a co-author changed since the read, writing nothing", async () => {
    const gateway = createExcelGateway();
    const before = await councilState(gateway, fake);
    fake.resetStats();
    // The co-author types into the progress cell between Plan Tracker's read and its write.
    fake.onBeforeSync((sync) => {
      if (sync === 5) fake.setValue(PLAN, "G103", "Someone else's words");
    });
    const done = await updateAction(
      gateway,
      { sheet: PLAN, row: 103, note: "Mine." },
      TODAY,
      "2022-09-30"
    );
    fake.onBeforeSync(null);
    expect(!done.ok && done.error.kind).toBe("changed-since-read");
    const after = await councilState(gateway, fake);
    expect(changed(before, after)).toEqual([`${PLAN}!R103C7`]);
    expect(after.get(`${PLAN}!R103C7`)).toBe(JSON.stringify("Someone else's words"));
  });

  it("refuse a protected sheet before writing", async () => {
    fake.sheet(PLAN).protected = true;
    const done = await updateAction(
      createExcelGateway(),
      { sheet: PLAN, row: 103, note: "Mine." },
      TODAY,
      "2022-09-30"
    );
    expect(!done.ok && done.error.message).toMatch(/"Improvement Plan" is protected/);
  });
});

describe("This period's actuals through Office.js (strict fake)", () => {
  it("write the typed values only", async () => {
    const fake = fakeFrom(loadFixture("scorecard"));
    try {
      const gateway = createExcelGateway();
      const listed = await listPeriodActuals(gateway);
      if (!listed.ok) throw new Error(listed.error.message);
      const first = listed.value.measures.find((measure) => measure.percent)!;
      const before = await gateway.read();
      const done = await enterActuals(
        gateway,
        listed.value.period,
        [{ key: first.key, text: "40%" }],
        TODAY
      );
      if (!done.ok) throw new Error(done.error.message);
      expect(fake.value(first.sheet, first.address)).toBeCloseTo(0.4, 10);
      const after = await gateway.read();
      if (!before.ok || !after.ok) throw new Error("read");
      const sheet = (snapshot: WorkbookSnapshot) =>
        snapshot.sheets
          .find((candidate) => candidate.name === first.sheet)!
          .values.flat()
          .filter((value) => value !== null).length;
      expect(sheet(after.value)).toBe(sheet(before.value) + (first.current === "" ? 1 : 0));
    } finally {
      fake.uninstall();
    }
  });
});
