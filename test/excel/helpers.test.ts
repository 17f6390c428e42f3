/** @jest-environment node */
import { orderForExcel } from "../../src/excel/apply-order";
import { detectApiSupport } from "../../src/excel/capabilities";
import { fillRectangles } from "../../src/excel/fill-rectangles";
import { toExcelValue } from "../../src/excel/queue-write-op";
import { boundFillRange } from "../../src/excel/read-fills";
import { halveRows, takeGroup, type AreaPiece } from "../../src/excel/read-in-budget";
import { jsonBytesOfRows, learntDensity, utf8Length } from "../../src/excel/response-bytes";
import {
  PLAN_TRACKER_NAMESPACE,
  settingsFromXml,
  settingsToXml,
  settingText,
} from "../../src/excel/settings-store";
import { mergedAreaList, toCellValue } from "../../src/excel/snapshot-cells";
import type { WriteOp } from "../../src/core/write-plan/write-plan";

describe("detectApiSupport", () => {
  it.each([
    // protection … mergedAreas, then columnWidths (1.2), freezePanes (1.7), pageLayout and rangeAreas (1.9).
    ["1.1", [false, false, false, false, false, false, false, false, false, false, false, false]],
    ["1.2", [true, false, false, false, false, false, false, false, true, false, false, false]],
    ["1.7", [true, true, true, true, true, false, false, false, true, true, false, false]],
    ["1.9", [true, true, true, true, true, true, true, false, true, true, true, true]],
    ["1.13", [true, true, true, true, true, true, true, true, true, true, true, true]],
  ])("on ExcelApi %s", (highest, expected) => {
    const minor = Number(highest.split(".")[1]);
    const support = detectApiSupport(
      (name, version) => name === "ExcelApi" && Number(version.split(".")[1]) <= minor
    );
    expect(Object.values(support)).toEqual(expected);
  });

  it("treats a throwing host as supporting nothing", () => {
    const support = detectApiSupport(() => {
      throw new Error("Office is not ready");
    });
    expect(Object.values(support).every((value) => value === false)).toBe(true);
  });
});

describe("fillRectangles", () => {
  it("covers a status column with one rectangle per run of a colour", () => {
    const colours = [["#D4351C"], ["#d4351c"], ["#00703C"], [null], [null], ["#D4351C"]];
    expect(fillRectangles(5, 4, colours)).toEqual([
      { colour: "#D4351C", area: { top: 5, bottom: 6, left: 4, right: 4 } },
      { colour: "#00703C", area: { top: 7, bottom: 7, left: 4, right: 4 } },
      { colour: null, area: { top: 8, bottom: 9, left: 4, right: 4 } },
      { colour: "#D4351C", area: { top: 10, bottom: 10, left: 4, right: 4 } },
    ]);
  });

  it("stacks repeated row runs and paints every cell exactly once", () => {
    const colours = [
      ["#FFBF47", "#FFBF47", null],
      ["#FFBF47", "#FFBF47", null],
      ["#FFBF47", "#00703C", null],
    ];
    const rectangles = fillRectangles(1, 1, colours);
    expect(rectangles).toHaveLength(4);
    const painted = new Map<string, string | null>();
    for (const { area, colour } of rectangles) {
      for (let r = area.top; r <= area.bottom; r += 1) {
        for (let c = area.left; c <= area.right; c += 1) {
          expect(painted.has(`${r},${c}`)).toBe(false);
          painted.set(`${r},${c}`, colour);
        }
      }
    }
    colours.forEach((row, r) =>
      row.forEach((colour, c) => expect(painted.get(`${r + 1},${c + 1}`)).toBe(colour))
    );
  });
});

describe("settings store", () => {
  it("round-trips settings through its XML, escaping markup", () => {
    const settings = {
      "plan-tracker.layout": "bcp",
      note: 'Use <RAG> & "blue" for done',
      empty: "",
    };
    const xml = settingsToXml(settings);
    expect(xml).toContain(`xmlns="${PLAN_TRACKER_NAMESPACE}"`);
    expect(settingsFromXml(xml)).toEqual(settings);
  });

  it("reads self-closing entries and numeric character references", () => {
    expect(
      settingsFromXml(
        '<settings><setting key="a"/><setting key="b">&#163;5 &#x2713;</setting></settings>'
      )
    ).toEqual({ a: "", b: "£5 ✓" });
  });

  it("keeps text settings as they are and other values as JSON", () => {
    expect([settingText("Q3"), settingText(3), settingText({ a: [1] }), settingText(null)]).toEqual(
      ["Q3", "3", '{"a":[1]}', "null"]
    );
  });
});

describe("snapshot cells", () => {
  it.each<[unknown, string | number | boolean | null]>([
    ["", null],
    [null, null],
    ["On track", "On track"],
    [0, 0],
    [false, false],
    ["#N/A", "#N/A"],
    [Number.NaN, "NaN"],
  ])("reads %p as %p", (raw, expected) => {
    expect(toCellValue(raw)).toEqual(expected);
  });

  it("lists merged areas without sheet names, even quoted ones with commas", () => {
    expect(mergedAreaList("Actions!A3:A10,Actions!$C$5:$D$5")).toEqual(["A3:A10", "C5:D5"]);
    expect(mergedAreaList("'Plan, 2024!'!B2:C2,'Plan, 2024!'!E4:E9")).toEqual(["B2:C2", "E4:E9"]);
  });
});

describe("boundFillRange", () => {
  const used = { top: 3, left: 2, bottom: 40, right: 9 };
  it.each([
    ["E5:E9", { top: 5, left: 5, bottom: 9, right: 5 }],
    ["Actions!$F$2", { top: 2, left: 6, bottom: 2, right: 6 }],
    ["F:F", { top: 3, left: 6, bottom: 40, right: 6 }],
    ["H:F", { top: 3, left: 6, bottom: 40, right: 8 }],
    ["7:7", { top: 7, left: 2, bottom: 7, right: 9 }],
    ["not a range", null],
  ])("bounds %s", (address, expected) => {
    expect(boundFillRange(address, used)).toEqual(expected);
  });

  it("cannot bound a whole column on a blank sheet", () => {
    expect(boundFillRange("F:F", null)).toBeNull();
  });
});

describe("takeGroup: a sync's worth of rows by expected response bytes", () => {
  const piece = (sheet: string, top: number, bottom: number, left = 1, right = 4): AreaPiece => ({
    sheet,
    area: { top, bottom, left, right },
  });
  const rows = (group: AreaPiece[]) => group.map((p) => [p.sheet, p.area.top, p.area.bottom]);

  it("fills a group up to the bytes, cutting a piece by rows and leaving the rest pending", () => {
    // 10 bytes a cell, 4 columns: 40 a row, so 1,000 bytes hold 25 rows.
    const pending = [piece("Plan", 2, 101)];
    const budget = { maxCells: 1_000_000, density: learntDensity(10) };
    expect(rows(takeGroup(pending, 1_000, budget))).toEqual([["Plan", 2, 26]]);
    expect(rows(pending)).toEqual([["Plan", 27, 101]]);
  });

  it("packs several sheets into one group while they fit, and stops at the first that does not", () => {
    const pending = [piece("Lists", 1, 5), piece("Plan", 1, 100), piece("Metrics", 1, 10)];
    const budget = { maxCells: 1_000_000, density: learntDensity(10) };
    expect(rows(takeGroup(pending, 1_000, budget))).toEqual([
      ["Lists", 1, 5],
      ["Plan", 1, 20],
    ]);
    expect(rows(takeGroup(pending, 1_000, budget))).toEqual([["Plan", 21, 45]]);
  });

  it("uses what a sheet measured rather than the prior once it has come back", () => {
    const density = learntDensity(10);
    density.learn("Plan", 100, 500);
    const pending = [piece("Plan", 1, 1_000), piece("Other", 1, 1_000)];
    // Plan: 5 bytes a cell → 50 rows per 1,000 bytes.
    expect(rows(takeGroup(pending, 1_000, { maxCells: 1_000_000, density }))).toEqual([
      ["Plan", 1, 50],
    ]);
    expect(density.perCell("Other")).toBe(10);
  });

  it("cuts by cells per proxy too (Excel's read limit), continuing in the same group while bytes remain", () => {
    const pending = [piece("Plan", 1, 100)];
    expect(
      rows(takeGroup(pending, 1_000_000, { maxCells: 40, density: learntDensity(1) }))
    ).toEqual([
      ["Plan", 1, 10],
      ["Plan", 11, 20],
      ["Plan", 21, 30],
      ["Plan", 31, 40],
      ["Plan", 41, 50],
      ["Plan", 51, 60],
      ["Plan", 61, 70],
      ["Plan", 71, 80],
      ["Plan", 81, 90],
      ["Plan", 91, 100],
    ]);
    expect(pending).toEqual([]);
  });

  it("always takes one row, however wide, so a read never stalls", () => {
    const pending = [piece("Wide", 1, 2, 1, 100)];
    expect(rows(takeGroup(pending, 10, { maxCells: 40, density: learntDensity(50) }))).toEqual([
      ["Wide", 1, 1],
    ]);
    expect(rows(takeGroup(pending, 10, { maxCells: 40, density: learntDensity(50) }))).toEqual([
      ["Wide", 2, 2],
    ]);
  });

  it("halves a refused piece by rows; one row cannot be cut", () => {
    expect(halveRows(piece("Plan", 1, 5))?.map((p) => [p.area.top, p.area.bottom])).toEqual([
      [1, 3],
      [4, 5],
    ]);
    expect(halveRows(piece("Plan", 7, 7))).toBeNull();
  });
});

describe("response bytes", () => {
  it("counts UTF-8 bytes: an en dash is 3, a pound sign 2, an emoji 4", () => {
    expect(utf8Length("ab")).toBe(2);
    expect(utf8Length("–")).toBe(3);
    expect(utf8Length("£")).toBe(2);
    expect(utf8Length("😀")).toBe(4);
  });

  it("measures a 2D array as the JSON Excel sends, exactly when small and within 1% when sampled", () => {
    const small = [
      ["Ref", 1.5, ""],
      [null, "On track", true],
    ];
    expect(jsonBytesOfRows(small)).toBe(JSON.stringify(small).length);
    const large = Array.from({ length: 20_000 }, (_, i) => [
      `Action ${i}`,
      i % 7 === 0 ? "Progress recorded with partners this month" : "",
      45_000 + i,
    ]);
    const exact = JSON.stringify(large).length;
    expect(Math.abs(jsonBytesOfRows(large) - exact) / exact).toBeLessThan(0.01);
    expect(jsonBytesOfRows(null)).toBe(0);
  });
});

describe("toExcelValue", () => {
  it.each<[string | number | boolean | null, string | number | boolean | null]>([
    [null, null],
    ["", ""],
    ["2.10", "'2.10"],
    ["Apr-18", "'Apr-18"],
    ["=SUM(A1)", "'=SUM(A1)"],
    ["TRUE", "'TRUE"],
    ["#N/A", "'#N/A"],
    ["-5", "'-5"],
    // Text Excel cannot misread goes as it is: a Text-formatted (@) cell would keep a prefix as a character.
    ["▲ Red", "▲ Red"],
    ["On track", "On track"],
    [45000, 45000],
    [true, true],
  ])("writes %p as %p", (value, expected) => {
    expect(toExcelValue(value)).toBe(expected);
  });
});

describe("orderForExcel", () => {
  it("puts sheets first, number formats before values, fills after, layers last, stable within a kind", () => {
    const ops: WriteOp[] = [
      { kind: "listValidation", sheet: "S", range: "A1:A2", source: "=L!A1:A2" },
      { kind: "fills", sheet: "S", topLeft: "A1", colours: [["#D4351C"]] },
      { kind: "values", sheet: "S", topLeft: "A1", values: [[1]] },
      { kind: "values", sheet: "S", topLeft: "B1", values: [[2]] },
      { kind: "numberFormats", sheet: "S", topLeft: "A1", formats: [["0"]] },
      { kind: "ensureSheet", sheet: "S" },
    ];
    expect(
      orderForExcel(ops).map((op) => op.kind + ("topLeft" in op ? `@${op.topLeft}` : ""))
    ).toEqual([
      "ensureSheet",
      "numberFormats@A1",
      "values@A1",
      "values@B1",
      "fills@A1",
      "listValidation",
    ]);
  });
});
