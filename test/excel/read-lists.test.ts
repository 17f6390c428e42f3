/** @jest-environment node */
import { createExcelGateway } from "../../src/excel/excel-gateway";
import { detectPlan } from "../../src/core/parse/detect-plan";
import { installFakeExcel, type FakeExcel } from "./fake-excel";
import { parseArea } from "./fake/grid";

const clock = () => new Date("2025-01-15T09:30:00.000Z");
const STATUS_WORDS =
  "1. Not yet started,2. Ongoing - on track,3. Ongoing - delayed,4. Completed,5. Other";

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const plan = (statuses: string[]) => ({
  name: "Return.xlsx",
  sheets: [
    {
      name: "Programme",
      values: [
        ["Ref", "Project", "Lead", "Timescale", "Status"],
        ...statuses.map((status, i) => [
          `B${i + 1}`,
          `Project ${i + 1}`,
          "Programme manager",
          "March 2030",
          status,
        ]),
      ],
    },
    { name: "Lists", values: [["Red"], ["Amber/Red"], ["Amber"], ["Amber/Green"], ["Green"]] },
  ],
});

const syncsToRead = async (apiVersion: string, withDropdown: boolean, statuses: string[]) => {
  fake = installFakeExcel(plan(statuses), { apiVersion });
  if (withDropdown)
    fake.sheet("Programme").dataValidations.push({
      area: parseArea("E2:E40"),
      rule: { list: { source: STATUS_WORDS, inCellDropDown: true } },
    });
  fake.resetStats();
  const result = await createExcelGateway({ now: clock }).read();
  if (!result.ok) throw new Error(result.error.message);
  return { snapshot: result.value, syncs: fake.stats.syncs };
};

const OWN_WORDS = [
  "3. Ongoing - delayed",
  "5. Other",
  "2. Ongoing - on track",
  "5. Other",
  "4. Completed",
];

describe("Office.js reader: the dropdowns of status columns", () => {
  it("reads a status column's dropdown with one more sync, whatever the number of rows", async () => {
    const plain = await syncsToRead("1.17", false, OWN_WORDS);
    const listed = await syncsToRead("1.17", true, OWN_WORDS);
    // Without a dropdown the probe finds nothing but still asked; with one, the same single sync.
    expect(listed.syncs).toBe(plain.syncs);
    const known = await syncsToRead("1.17", true, ["On track", "At risk", "On track", "Completed"]);
    expect(known.syncs).toBe(plain.syncs - 1);
    expect(listed.snapshot.sheets[0].lists).toEqual([
      { range: "E2:E6", values: STATUS_WORDS.split(",") },
    ]);
    expect(known.snapshot.sheets[0].lists).toBeUndefined();
  });

  it("costs no sync for 2,000 rows more than for five", async () => {
    const few = await syncsToRead("1.17", true, OWN_WORDS);
    const many = await syncsToRead(
      "1.17",
      true,
      Array.from({ length: 2_000 }, (_, i) => OWN_WORDS[i % OWN_WORDS.length])
    );
    expect(many.syncs).toBe(few.syncs);
    expect(many.snapshot.sheets[0].lists?.[0]).toEqual({
      range: "E2:E2001",
      values: STATUS_WORDS.split(","),
    });
  });

  it("gives the core the dropdown's words: the unknown '5. Other' is unrated, not invalid", async () => {
    const { snapshot } = await syncsToRead("1.17", true, OWN_WORDS);
    expect(
      detectPlan(snapshot).actions.map((a) => a.status && [a.status.level, a.status.rank])
    ).toEqual([
      ["amber", 3],
      ["unrated", 5],
      ["green", 2],
      ["unrated", 5],
      ["blue", 4],
    ]);
  });

  it("resolves a dropdown whose words are a range on another sheet", async () => {
    fake = installFakeExcel(plan(["Amber/Red", "Amber/Red", "Grey", "Green"]));
    fake.sheet("Programme").dataValidations.push({
      area: parseArea("E2:E5"),
      rule: { list: { source: "=Lists!$A$1:$A$5", inCellDropDown: true } },
    });
    const result = await createExcelGateway({ now: clock }).read();
    if (!result.ok) throw new Error(result.error.message);
    expect(result.value.sheets[0].lists).toEqual([
      { range: "E2:E5", values: ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"] },
    ]);
  });

  it("reads no dropdowns and takes no extra sync on Excel without data validation (ExcelApi 1.7)", async () => {
    const old = await syncsToRead("1.7", true, OWN_WORDS);
    const modern = await syncsToRead("1.17", false, [
      "On track",
      "At risk",
      "On track",
      "Completed",
    ]);
    expect(old.snapshot.sheets[0].lists).toBeUndefined();
    expect(old.syncs).toBeLessThanOrEqual(modern.syncs);
  });
});
