/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { columnNumber } from "../../src/core/model/address";
import type { CellValue } from "../../src/core/model/cell-value";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/core/snapshot/workbook-snapshot";
import { readSeedCsv } from "../support/seed-data";

// test/fixtures/README.md says where each fixture keeps the seed's faults; other engineers test
// detection and validation against those cells, so this checks the README's claims hold.
const ROOT = join(__dirname, "..", "..");
const snapshot = (id: string): WorkbookSnapshot =>
  JSON.parse(
    readFileSync(join(ROOT, "test", "fixtures", "generated", `${id}.snapshot.json`), "utf8")
  ) as WorkbookSnapshot;
const sheetOf = (book: WorkbookSnapshot, name: string): SheetSnapshot => {
  const sheet = book.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`${book.name} has no sheet ${name}`);
  return sheet;
};
const value = (sheet: SheetSnapshot, address: string): CellValue => {
  const match = /^([A-Z]+)(\d+)$/.exec(address);
  if (!match) throw new Error(address);
  return sheet.values[Number(match[2]) - 1]?.[columnNumber(match[1]) - 1] ?? null;
};
const column = (sheet: SheetSnapshot, letter: string, rows: number[]): CellValue[] =>
  rows.map((r) => value(sheet, `${letter}${r}`));

describe("gcc", () => {
  const book = snapshot("gcc");
  const focus = sheetOf(book, "Focus on Practice");
  const rowsWhere = (test: (row: CellValue[]) => boolean): number[] =>
    focus.values.flatMap((row, i) => (test(row) ? [i + 1] : []));
  const titleRows = rowsWhere((row) => typeof row[0] === "string" && /^\d\.\d /.test(row[0]));
  const blockOf = (ws: string): number[] => {
    const start = titleRows.find((r) => String(value(focus, `A${r}`)).startsWith(`${ws} `));
    if (!start) throw new Error(`no block ${ws}`);
    const next = titleRows.find((r) => r > start) ?? focus.values.length + 1;
    return Array.from({ length: next - start }, (_, i) => start + i);
  };
  /** Key action rows of a workstream: from the header to the blank row. */
  const actionRows = (ws: string): number[] => {
    const block = blockOf(ws);
    const header = block.find((r) => value(focus, `A${r}`) === "Key Actions");
    if (!header) throw new Error(`no Key Actions in ${ws}`);
    const rows: number[] = [];
    for (let r = header + 1; focus.values[r - 1]?.some((v) => v !== null); r += 1) rows.push(r);
    return rows;
  };
  const workstreams = titleRows.map((r) => String(value(focus, `A${r}`)).slice(0, 3));

  it("has the three sheets and all 16 workstream blocks in plan order at the README's rows", () => {
    expect(book.sheets.map((s) => s.name)).toEqual([
      "Version control",
      "DASHBOARD",
      "Focus on Practice",
    ]);
    expect(workstreams).toEqual([
      "1.1",
      "1.2",
      "1.3",
      "1.4",
      "1.5",
      "2.1",
      "2.2",
      "2.3",
      "2.4",
      "2.5",
      "3.1",
      "3.2",
      "3.3",
      "3.4",
      "3.5",
      "3.6",
    ]);
    expect(titleRows).toEqual([
      3, 40, 74, 102, 142, 171, 208, 241, 274, 300, 325, 354, 379, 414, 452, 488,
    ]);
    expect(focus.merges).toContain("A3:C3");
  });

  it("puts every docs/SAMPLES.md#gcc-actions action at its id's row-order position, verbatim", () => {
    for (const sample of readSeedCsv("domain-10-1-gcc-key-actions.csv")) {
      const rows = actionRows(sample.ws).filter(
        (r) =>
          value(focus, `B${r}`) !== null ||
          value(focus, `C${r}`) !== null ||
          !String(value(focus, `A${r}`)).startsWith("- ")
      );
      const r = rows[Number(sample.id.split(".")[2]) - 1];
      expect([
        sample.id,
        value(focus, `A${r}`),
        value(focus, `B${r}`),
        value(focus, `C${r}`),
      ]).toEqual([
        sample.id,
        sample["Key Actions"],
        sample.Owners || null,
        sample.Timescale || null,
      ]);
    }
    expect(value(focus, "C24")).toBe("From 1 st May 2022"); // 1.1.11
  });

  it("holds the 163 key actions whose timescales are exactly docs/DATES.md's table", () => {
    const counts = new Map<string, number>();
    let actions = 0;
    for (const ws of workstreams) {
      for (const r of actionRows(ws)) {
        if (
          value(focus, `B${r}`) === null &&
          value(focus, `C${r}`) === null &&
          String(value(focus, `A${r}`)).startsWith("- ")
        )
          continue;
        actions += 1;
        const timescale = String(value(focus, `C${r}`) ?? "");
        counts.set(timescale, (counts.get(timescale) ?? 0) + 1);
      }
    }
    expect(actions).toBe(163);
    expect(Object.fromEntries(counts)).toEqual(
      Object.fromEntries(
        readSeedCsv("domain-4-gcc-timescales.csv").map((t) => [t.timescale_raw, Number(t.count)])
      )
    );
  });

  it("keeps the seed's structural faults where the README says", () => {
    expect(value(focus, "A433")).toBe("- Residential CH framework - Dedicated UASC accommodation");
    expect([value(focus, "B433"), value(focus, "C433")]).toEqual([null, null]);
    expect([value(focus, "A242"), value(focus, "A489")]).toEqual(["Rationale", "Rationale"]);
    expect(blockOf("3.3").some((r) => /^Rationa/.test(String(value(focus, `A${r}`))))).toBe(false);
    expect(blockOf("2.5").some((r) => focus.values[r - 1].includes("Impact Status"))).toBe(false);
    for (const ws of ["2.2", "2.4"])
      expect(blockOf(ws).some((r) => value(focus, `E${r}`) === "● Completed")).toBe(false);
    expect(column(focus, "E", [174, 175, 176, 177])).toEqual([
      "■ On target",
      "◆ Compromised",
      "▲ At risk",
      "● Completed",
    ]);
    expect(value(focus, "F175")).toBe("X");
    expect(value(focus, "E452")).toBe("Lead:");
    expect(column(focus, "C", [365, 366, 367, 368, 369])).toEqual([null, null, null, null, null]);
  });

  it("ticks Actions for 8 workstreams and Impact for 4, as listed", () => {
    const ticks = focus.values.flatMap((row, i) =>
      row.flatMap((v, c) => (v === "X" ? [`${String.fromCharCode(65 + c)}${i + 1}`] : []))
    );
    expect(ticks.sort()).toEqual(
      [
        "F107",
        "F145",
        "F175",
        "F245",
        "F381",
        "F419",
        "F44",
        "F6",
        "H278",
        "H381",
        "H45",
        "H7",
      ].sort()
    );
  });

  it("writes percentages in all three spellings", () => {
    expect([value(focus, "B37"), focus.numberFormats.B37]).toEqual([0.13, "0%"]);
    expect([value(focus, "E37"), focus.numberFormats.E37]).toEqual([0.249, "0.0%"]);
    expect([value(focus, "C72"), focus.numberFormats.C72]).toEqual(["81.6 %", undefined]);
    expect([value(focus, "C298"), value(focus, "E298"), focus.numberFormats.C298]).toEqual([
      "6%",
      "2%",
      undefined,
    ]);
    expect(value(focus, "A139")).toMatch(/\(in development\)$/);
    expect(value(focus, "A206")).toMatch(
      /\(data provided once cohorts have finished the training\)$/
    );
  });

  it("has a DASHBOARD with the placeholder period and every value cell empty", () => {
    const dashboard = sheetOf(book, "DASHBOARD");
    expect(value(dashboard, "C2")).toBe("Improvement Board – xx 2022");
    const rows = Array.from({ length: 12 }, (_, i) => i + 4);
    expect(
      [...column(dashboard, "C", rows), ...column(dashboard, "E", rows)].every((v) => v === null)
    ).toBe(true);
    expect(value(dashboard, "B5")).toBe("◆ Compromised");
    expect(value(sheetOf(book, "Version control"), "D4")).toBe("18 March 2 0 2 2");
  });
});

describe("bcp", () => {
  const sheet = sheetOf(snapshot("bcp"), "Improvement Plan");
  const refRows = sheet.values.flatMap((row, i) =>
    typeof row[0] === "string" && /^\d+\.\d+$/.test(row[0]) ? [i + 1] : []
  );

  it("has the colour-only key with the counts of its fills", () => {
    expect(column(sheet, "A", [5, 6, 7, 8, 9])).toEqual([null, null, null, null, null]);
    expect([5, 6, 7, 8, 9].map((r) => sheet.fills[`A${r}`])).toEqual([
      "#FF0000",
      "#FFC000",
      "#00B050",
      "#0070C0",
      "#7030A0",
    ]);
    expect(column(sheet, "C", [5, 6, 7, 8, 9])).toEqual([2, 17, 13, 2, 4]);
    const counts: Record<string, number> = {};
    for (const r of refRows) {
      expect(value(sheet, `E${r}`)).toBeNull(); // the RAG is only the fill
      const fill = sheet.fills[`E${r}`] ?? "none";
      counts[fill] = (counts[fill] ?? 0) + 1;
    }
    expect(counts).toEqual({
      "#FF0000": 2,
      "#FFC000": 17,
      "#00B050": 13,
      "#0070C0": 2,
      "#7030A0": 4,
      none: 9,
    });
  });

  it("leaves the tombstone and 8 live actions without a fill", () => {
    const unfilled = refRows.filter((r) => !sheet.fills[`E${r}`]).map((r) => value(sheet, `A${r}`));
    expect(unfilled).toEqual(["1.2", "1.5", "1.8", "1.16", "2.8", "3.2", "3.9", "3.10", "3.12"]);
    expect([value(sheet, "A26"), value(sheet, "B26")]).toEqual(["1.5", "Removed and put into 1.7"]);
  });

  it("keeps continuation rows, the caseload table, short rows and dash rows where the README says", () => {
    for (const r of [23, 28, 33, 49, 52, 68, 72, 75, 78, 80, 83, 98, 107]) {
      expect([r, value(sheet, `A${r}`), value(sheet, `C${r}`), value(sheet, `D${r}`)]).toEqual([
        r,
        null,
        null,
        null,
      ]);
      expect(sheet.values[r - 1].some((v) => typeof v === "string" && v.length > 0)).toBe(true);
    }
    expect(column(sheet, "A", [40, 41, 43])).toEqual(["Caseloads", "Assessment", "CHAD"]);
    expect([value(sheet, "B41"), value(sheet, "C41"), value(sheet, "D44")]).toEqual([
      22,
      "25-44",
      "15 Ave",
    ]);
    expect([value(sheet, "I39"), value(sheet, "AR39")]).toEqual(["Caseloads", 20]);
    expect([
      value(sheet, "A53"),
      value(sheet, "G53"),
      value(sheet, "H53"),
      value(sheet, "A54"),
      value(sheet, "G54"),
    ]).toEqual(["1.22", null, null, "1.23", null]);
    expect(String(value(sheet, "F54"))).toMatch(/^<p>The EOC Team is available/);
    expect([value(sheet, "A69"), value(sheet, "A84")]).toEqual(["--", "--"]);
    expect(value(sheet, "D108")).toBe("30/6/2022 23/11/2022 23/01/2023");
    expect(column(sheet, "A", [11, 56, 86, 111])).toEqual([
      "1. The experiences and progress of children who need help and protection",
      "2. The experiences and progress of children in care and care leavers",
      "3. Leadership and management",
      "COMPLETED ACTIONS REMOVED FROM MAIN PLAN",
    ]);
    expect(column(sheet, "A", [113, 114, 115, 116])).toEqual(["1.12", "3.1", "3.3", "3.4"]);
  });

  it("types KPI values as a person would have typed them", () => {
    expect([value(sheet, "B14"), sheet.numberFormats.B14]).toEqual([0.88, "0%"]);
    expect(column(sheet, "N", [14])).toEqual(["-"]);
    expect([
      value(sheet, "B60"),
      value(sheet, "I61"),
      value(sheet, "B90"),
      value(sheet, "B93"),
    ]).toEqual(["Autumn term", "Q1 4.2%", "n/a", 538]);
  });
});

describe("thurrock", () => {
  const sheet = sheetOf(snapshot("thurrock"), "Development Plan");

  it("keeps the summaries, boxes and page text at the README's rows", () => {
    expect([
      value(sheet, "A5"),
      value(sheet, "B5"),
      value(sheet, "C5"),
      sheet.numberFormats.C5,
    ]).toEqual(["RAG Summary of all areas", 2, 2.6, "0.0"]);
    expect(
      column(sheet, "A", [27, 46, 59, 68, 100, 113, 125, 139]).every(
        (v) => v === "This page is intentionally left blank"
      )
    ).toBe(true);
    expect([value(sheet, "A17"), value(sheet, "A85")]).toEqual(["Page 7", "51.866d"]);
    expect(
      column(sheet, "B", [43, 44, 53, 54, 77, 78, 92, 93, 106, 107, 122, 123, 136, 137])
    ).toEqual([3, 3, 2, 2, 2, 3, 2, 2, 2, 3, 2, 2, 3, 3]);
    expect([value(sheet, "H33"), value(sheet, "H56")]).toEqual(["RAG initial", "RAG Initial"]);
    expect(sheet.values[81]).toEqual(sheet.values[79]); // row 82 repeats P4's header (row 80)
  });

  it("merges Priority / Outcome / Action down as the council did", () => {
    expect(sheet.merges).toEqual(["A34:A41", "C34:C35", "A96:A98", "B96:B98", "A110:A111"]);
  });

  it("keeps the shifted rows, odd ratings and dates", () => {
    expect([
      value(sheet, "A57"),
      value(sheet, "B57"),
      value(sheet, "D57"),
      value(sheet, "F57"),
      sheet.numberFormats.F57,
      value(sheet, "G57"),
    ]).toEqual([null, null, "Clare Moore", 43252, "mmm-yy", 2]);
    expect([
      value(sheet, "A134"),
      value(sheet, "B134"),
      value(sheet, "D134"),
      sheet.numberFormats.D134,
      value(sheet, "E134"),
    ]).toEqual([
      "All teams use recording system to capture their work",
      "Strategic Leads and Service Managers",
      43132,
      "mmm-yy",
      2,
    ]);
    expect([value(sheet, "K133"), sheet.numberFormats.K133]).toEqual([0, "mmm-yy"]);
    expect(value(sheet, "K81")).toBe("re");
    expect([
      value(sheet, "G83"),
      value(sheet, "G37"),
      value(sheet, "G34"),
      sheet.numberFormats.G34,
    ]).toEqual(["01/16/2018", "01 April 2018", 43101, "mmm-yy"]);
  });

  it("gives the docs/RATINGS.md#thurrock-averages worked example its ratings (P1 2.75 / 3.25, P6 1.5 / 2.5)", () => {
    const mean = (values: CellValue[]) =>
      values.reduce<number>((sum, v) => sum + Number(v), 0) / values.length;
    const p1 = Array.from({ length: 8 }, (_, i) => 34 + i);
    expect([mean(column(sheet, "H", p1)), mean(column(sheet, "I", p1))]).toEqual([2.75, 3.25]);
    expect([mean(column(sheet, "H", [110, 111])), mean(column(sheet, "I", [110, 111]))]).toEqual([
      1.5, 2.5,
    ]);
  });

  it("keeps indicator faults: notes with numbers, plain numbers beside percentages", () => {
    expect([
      value(sheet, "C30"),
      value(sheet, "L50"),
      value(sheet, "L51"),
      value(sheet, "L89"),
      value(sheet, "L90"),
    ]).toEqual(["Asked John Cooke", 4, 0.967, "88.80% Only collected quarterly", 0.694]);
    expect([value(sheet, "F62"), value(sheet, "F49"), sheet.numberFormats.F49]).toEqual([
      94.6,
      0.997,
      "0.0%",
    ]);
    expect([value(sheet, "N103"), value(sheet, "M128"), value(sheet, "A128")]).toEqual([
      "♦",
      0,
      null,
    ]);
  });
});

describe("scorecard", () => {
  const book = snapshot("scorecard");
  const sheet = sheetOf(book, "Scorecard");

  it("has the 17 measures under their five sections, with the export's faults", () => {
    const measures = sheet.values.slice(4).filter((row) => row[1] !== null);
    expect(measures).toHaveLength(17);
    expect(column(sheet, "A", [5, 8, 12, 17, 24])).toEqual([
      "Quality Assurance",
      "Contact Activity",
      "Children in Need of Help & Protection",
      "Children in Care",
      "Care Experienced Young People",
    ]);
    expect(value(sheet, "A6")).toBe("% of audits judged as good or better".replace(/ /g, "\u00a0"));
    expect([
      value(sheet, "D6"),
      sheet.numberFormats.D6,
      value(sheet, "K6"),
      value(sheet, "K22"),
      value(sheet, "K9"),
    ]).toEqual([0.44, "0.0%", "n/a", "?", 0.213]);
    expect(value(sheet, "J11")).toMatch(
      /^Inmonth, performance improved in April and May to 75% timeliness .* of 69% overall\.$/
    );
    expect(
      sheetOf(book, "Key to Symbols")
        .values.slice(18, 21)
        .map((row) => row[0])
    ).toEqual(["Bigger is Better", "Smaller is Better", "Plan is best"]);
  });
});
