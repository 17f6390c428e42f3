/** @jest-environment node */
import { enterActuals, listPeriodActuals } from "../../../src/app/period-actuals";
import { changedCells, councilCells, openSample, readSnapshot } from "./open-sample";

const TODAY = "2022-06-05";

describe("This period's actuals", () => {
  it("GCC: lists the measures that take a May 22 value, with the last value and polarity", async () => {
    const listed = await listPeriodActuals(await openSample("gcc"));
    if (!listed.ok) throw new Error(listed.error.message);
    expect(listed.value.period).toBe("May 22");
    const turnover = listed.value.measures.find(
      (measure) => measure.name === "Turnover (overall)"
    )!;
    expect(turnover).toMatchObject({
      address: "G37",
      last: "24.9% (Apr 22)",
      polarity: "lower_is_better",
      percent: true,
      current: "",
    });
  });

  it("writes a percentage the way the measure stores them and says the new rating; Undo puts it back", async () => {
    const gateway = await openSample("scorecard");
    const listed = await listPeriodActuals(gateway);
    if (!listed.ok) throw new Error(listed.error.message);
    const withTarget = listed.value.measures.find(
      (measure) => measure.percent && measure.target !== null
    )!;
    const before = councilCells(await readSnapshot(gateway));
    const done = await enterActuals(
      gateway,
      listed.value.period,
      [{ key: withTarget.key, text: "12.5%" }],
      TODAY
    );
    if (!done.ok) throw new Error(done.error.message);
    expect(done.value.written[0].sentence).toMatch(/^Row \d+ \(.+\): 12\.5% against a target of/);
    const after = await readSnapshot(gateway);
    const changed = changedCells(before, councilCells(after));
    expect(changed).toHaveLength(1);
    const sheet = after.sheets.find((candidate) => candidate.name === withTarget.sheet)!;
    const column = changed[0].split(":")[1];
    expect(
      sheet.values[withTarget.row - sheet.firstRow][Number(column) - sheet.firstColumn]
    ).toBeCloseTo(0.125, 10);
    const undone = await gateway.undoLastRun();
    expect(undone.ok).toBe(true);
    expect(changedCells(before, councilCells(await readSnapshot(gateway)))).toEqual([]);
  });

  it.each([
    ["140", /140% is not a percentage from 0 to 100/],
    ["about 12", /'about 12' is not a number/],
    ["-3", /-3% is not a percentage|below zero/],
  ])("refuses %s for a percentage measure, writing nothing", async (text, sentence) => {
    const gateway = await openSample("gcc");
    const before = councilCells(await readSnapshot(gateway));
    const listed = await listPeriodActuals(gateway);
    if (!listed.ok) throw new Error(listed.error.message);
    const done = await enterActuals(gateway, listed.value.period, [{ key: "M01", text }], TODAY);
    expect(!done.ok && done.error.message).toMatch(sentence);
    expect(changedCells(before, councilCells(await readSnapshot(gateway)))).toEqual([]);
  });
});
