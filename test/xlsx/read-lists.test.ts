/** @jest-environment node */
import ExcelJS from "exceljs";
import { detectPlan } from "../../src/core/parse/detect-plan";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

/**
 * A Towns-Fund-like return built in the test: a status dropdown of numbered words, a second dropdown
 * whose words live on another sheet, and a sheet of scores 1–5 with a key beside its table saying
 * 1 = no problems and 5 = major issues.
 */
const buildReturn = async (): Promise<Uint8Array> => {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Programme Progress");
  const lists = workbook.addWorksheet("Lists");
  ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"].forEach(
    (word, i) => (lists.getCell(i + 1, 1).value = word)
  );
  sheet.addRow([
    "Ref",
    "Project",
    "Lead",
    "Completion date",
    "Status",
    "Delivery RAG",
    "Confidence",
  ]);
  const rows: [string, string, string][] = [
    ["3. Ongoing - delayed", "Amber/Red", "B1"],
    ["4. Completed", "Green", "B2"],
    ["2. Ongoing - on track", "Amber", "B3"],
    ["5. Other", "Amber/Green", "B4"],
  ];
  rows.forEach(([status, confidence, ref], i) =>
    sheet.addRow([
      ref,
      `Project ${i + 1}`,
      "Programme manager",
      "March 2030",
      status,
      i + 1,
      confidence,
    ])
  );
  for (let r = 2; r <= 12; r += 1) {
    sheet.getCell(`E${r}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: [
        '"1. Not yet started,2. Ongoing - on track,3. Ongoing - delayed,4. Completed,5. Other"',
      ],
    };
    sheet.getCell(`G${r}`).dataValidation = {
      type: "list",
      allowBlank: true,
      formulae: ["Lists!$A$1:$A$5"],
    };
  }
  const key: [string, number][] = [
    ["Major issues causing significant delay", 5],
    ["Issues arising causing long delays", 4],
    ["Some short delays", 3],
    ["Minor issues have arisen causing only small delays", 2],
    ["No problems. Project is on track", 1],
  ];
  // The scores as a table of their own, read through its Status column, with the key beside it.
  const delivery = workbook.addWorksheet("Delivery");
  delivery.addRow(["Ref", "Action", "Lead", "Timescale", "Status"]);
  [1, 2, 3, 4].forEach((score) =>
    delivery.addRow([
      `D${score}`,
      `Deliver phase ${score}`,
      "Programme manager",
      "March 2030",
      score,
    ])
  );
  delivery.getCell("J1").value = "RAG Guidance";
  key.forEach(([words, score], i) => {
    delivery.getCell(i + 2, 10).value = words;
    delivery.getCell(i + 2, 11).value = score;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
};

describe("the .xlsx reader's dropdowns and a scale's key", () => {
  it("reads each dropdown's area and words, an explicit list and a range on another sheet", async () => {
    const opened = await openXlsxWorkbook(await buildReturn(), "return.xlsx");
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await opened.value.read();
    if (!read.ok) throw new Error(read.error.message);
    const sheet = read.value.sheets.find((s) => s.name === "Programme Progress");
    expect(sheet?.lists).toEqual([
      {
        range: "E2:E12",
        values: [
          "1. Not yet started",
          "2. Ongoing - on track",
          "3. Ongoing - delayed",
          "4. Completed",
          "5. Other",
        ],
      },
      { range: "G2:G12", values: ["Red", "Amber/Red", "Amber", "Amber/Green", "Green"] },
    ]);
    expect(read.value.sheets.find((s) => s.name === "Lists")?.lists).toBeUndefined();
  });

  it("reads the statuses by the dropdown's words and the scores the way the key says", async () => {
    const opened = await openXlsxWorkbook(await buildReturn(), "return.xlsx");
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await opened.value.read();
    if (!read.ok) throw new Error(read.error.message);
    const model = detectPlan(read.value);
    const actions = model.actions.filter((a) => a.sheet === "Programme Progress");
    expect(actions.map((a) => a.status && [a.status.level, a.status.label, a.status.rank])).toEqual(
      [
        ["amber", "3. Ongoing - delayed", 3],
        ["blue", "4. Completed", 4],
        ["green", "2. Ongoing - on track", 2],
        ["unrated", "5. Other", 5],
      ]
    );
    // The Delivery scores: 1 = no problems (green) … 4 = long delays (red), by the key, not Thurrock's 1 = red.
    const scores = model.actions
      .filter((a) => a.sheet === "Delivery")
      .map((a) => a.status && [a.status.level, a.status.score]);
    expect(scores).toEqual([
      ["green", 1],
      ["green", 2],
      ["amber", 3],
      ["red", 4],
    ]);
  });
});
