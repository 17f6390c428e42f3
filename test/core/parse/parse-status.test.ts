/** @jest-environment node */
import fc from "fast-check";
import { RAG_LEVELS, type RagLevel } from "../../../src/core/model/rag-level";
import {
  PRESET_VOCABULARIES,
  type StatusVocabulary,
} from "../../../src/core/model/status-vocabulary";
import {
  isTickMark,
  nearestColourMatch,
  nearestLevelByColour,
  parseStatus,
  type StatusReading,
} from "../../../src/core/parse/parse-status";
import { anyCell, anyFormat } from "./arbitraries";
import { readCsv, THURROCK_RATING_ROWS } from "./fixtures/domain-samples";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

const { gcc, bcp, thurrock, scorecard, generic } = PRESET_VOCABULARIES;

describe("GCC labels and glyphs (docs/STATUSES.md)", () => {
  it.each<[string, RagLevel, "label" | "glyph"]>([
    ["On target", "green", "label"],
    ["At risk", "amber", "label"],
    ["Compromised", "red", "label"],
    ["Completed", "blue", "label"],
    ["In progress", "unrated", "label"],
    ["■ On target", "green", "label"],
    ["◆ At risk", "amber", "label"],
    ["▲ Compromised", "red", "label"],
    ["● Completed", "blue", "label"],
    ["on TARGET ", "green", "label"],
    ["■", "green", "glyph"],
    ["▲", "red", "glyph"],
  ])("%j is %s by %s", (text, level, source) => {
    expect(parseStatus(text, undefined, gcc)).toEqual({
      kind: "level",
      level,
      source,
      score: null,
    });
  });

  it("maps by label, never by glyph, and reports the DASHBOARD's swapped glyphs (000 L128–129)", () => {
    expect(parseStatus("◆ Compromised", undefined, gcc)).toEqual({
      kind: "level",
      level: "red",
      source: "label",
      score: null,
      glyphMismatch: { glyph: "◆", glyphLevel: "amber" },
    });
    expect(parseStatus("▲ At risk", undefined, gcc)).toMatchObject({
      level: "amber",
      glyphMismatch: { glyph: "▲", glyphLevel: "red" },
    });
  });

  it("reads a tick by the row it sits in (v2.0 DASHBOARD, 001 L3672–3697)", () => {
    expect(parseStatus("X", undefined, gcc)).toEqual({
      kind: "level",
      level: "unrated",
      source: "tick",
      score: null,
    });
    expect(parseStatus("X", undefined, gcc, { tickLevel: "amber" })).toEqual({
      kind: "level",
      level: "amber",
      source: "tick",
      score: null,
    });
    expect(parseStatus("✔", undefined, gcc, { tickLevel: "green" })).toMatchObject({
      level: "green",
      source: "tick",
    });
    expect(isTickMark("x", gcc)).toBe(true);
    expect(isTickMark("On target", gcc)).toBe(false);
    expect(isTickMark(true, thurrock)).toBe(true);
  });

  it("calls unknown words invalid rather than guessing", () => {
    expect(parseStatus("Amber", undefined, gcc)).toEqual({
      kind: "invalid",
      reason: "unknown-text",
      text: "Amber",
    });
    expect(parseStatus("◆", undefined, scorecard)).toEqual({
      kind: "invalid",
      reason: "unknown-text",
      text: "◆",
    });
  });
});

describe("BCP key descriptions, matched by their opening words (003 L56–61)", () => {
  it.each<[string, RagLevel]>([
    [
      "High risk – action not started yet but expected it to have commenced / escalation required due to performance concerns /significant delay – action is a worry",
      "red",
    ],
    [
      "Significant risk - plan in place, action started but further work required to ensure improvement",
      "amber",
    ],
    [
      "On track – running to plan and within timescale, performance has improved against the plan",
      "green",
    ],
    ["Actioned – implemented and embedded", "blue"],
    ["Completed and can be removed from plan", "done"],
    ["On track", "green"],
  ])("%j is %s", (text, level) => {
    expect(parseStatus(text, undefined, bcp)).toMatchObject({
      kind: "level",
      level,
      source: "label",
    });
  });

  it("needs the whole opening word", () => {
    expect(parseStatus("On trackside", undefined, bcp).kind).toBe("invalid");
  });
});

describe("Thurrock 1–5 (docs/STATUSES.md rule 2)", () => {
  it.each<[number | string, RagLevel]>([
    [1, "red"],
    [2, "amber"],
    [3, "green"],
    [4, "blue"],
    [5, "done"],
    ["4", "blue"],
  ])("%j is %s with its score", (value, level) => {
    expect(parseStatus(value, undefined, thurrock)).toEqual({
      kind: "level",
      level,
      source: "number",
      score: Number(value),
    });
  });

  it("treats 0 as not rated and anything else as invalid", () => {
    expect(parseStatus(0, undefined, thurrock)).toEqual({ kind: "zero" });
    expect(parseStatus("0", undefined, thurrock)).toEqual({ kind: "zero" });
    expect(parseStatus(6, undefined, thurrock)).toEqual({
      kind: "invalid",
      reason: "out-of-scale",
      text: "6",
    });
    expect(parseStatus(2.5, undefined, thurrock)).toEqual({
      kind: "invalid",
      reason: "out-of-scale",
      text: "2.5",
    });
    expect(parseStatus(-1, undefined, thurrock).kind).toBe("invalid");
    expect(parseStatus("re", undefined, thurrock)).toEqual({
      kind: "invalid",
      reason: "unknown-text",
      text: "re",
    });
  });

  it("calls a 0 shown as a date (`Jan-00`, 004 L326) serial-zero", () => {
    expect(parseStatus(0, "mmm-yy", thurrock)).toEqual({
      kind: "invalid",
      reason: "serial-zero",
      text: "0",
    });
    expect(parseStatus(43191, "mmm-yy", thurrock)).toMatchObject({
      kind: "invalid",
      reason: "out-of-scale",
    });
  });

  it("reads every rating cell of the docs/SAMPLES.md#thurrock sample", () => {
    const rows = readCsv(THURROCK_RATING_ROWS);
    const readings = rows.flatMap((row) =>
      ["RAG initial", "RAG 01/18", "RAG 03/18", "RAG 05/18"].map((column) =>
        parseStatus(row[column] || null, undefined, thurrock)
      )
    );
    const count = (predicate: (reading: StatusReading) => boolean): number =>
      readings.filter(predicate).length;
    expect(readings).toHaveLength(72);
    expect(count((r) => r.kind === "level")).toBe(36); // RAG initial and RAG 01/18 on all 18 rows
    expect(count((r) => r.kind === "zero")).toBe(33);
    expect(count((r) => r.kind === "blank")).toBe(1); // L277 RAG 05/18
    expect(count((r) => r.kind === "invalid")).toBe(2); // `re` (L228) and the typed `Jan-00` (L326)
    const p1 = rows
      .filter((row) => row._priority === "1")
      .map((row) => parseStatus(row["RAG initial"], undefined, thurrock));
    expect(p1.map((r) => (r.kind === "level" ? r.score : null))).toEqual([4, 4, 2, 4, 2, 2, 2, 2]);
  });
});

describe("the scorecard's measure symbols (001 L6334–6340)", () => {
  it.each<[string, RagLevel]>([
    ["Performance Better than Target", "green"],
    ["Performance Worse than Target", "amber"],
    ["Performance significantly worse than Target", "red"],
    ["No information", "unrated"],
    ["Missing Target", "unrated"],
    ["No Value", "unrated"],
  ])("%j is %s", (text, level) => {
    expect(parseStatus(text, undefined, scorecard)).toMatchObject({ kind: "level", level });
  });
});

describe("the generic vocabulary", () => {
  it.each<[string, RagLevel]>([
    ["Red", "red"],
    ["R", "red"],
    ["Off track", "red"],
    ["Amber", "amber"],
    ["a", "amber"],
    ["Delayed", "amber"],
    ["Green", "green"],
    ["On track", "green"],
    ["Blue", "blue"],
    ["Complete", "blue"],
    ["Completed.", "blue"],
    ["Done", "done"],
    ["Not started", "unrated"],
    ["In progress", "unrated"],
    ["✓", "blue"],
  ])("%j is %s", (text, level) => {
    expect(parseStatus(text, undefined, generic)).toMatchObject({ kind: "level", level });
  });

  it("never reads a word that is not a rating as green", () => {
    expect(parseStatus("Going well I think", undefined, generic).kind).toBe("invalid");
  });

  it("reads blanks, checkbox booleans and Excel errors", () => {
    expect(parseStatus(null, undefined, generic)).toEqual({ kind: "blank" });
    expect(parseStatus("  ", undefined, generic)).toEqual({ kind: "blank" });
    expect(parseStatus(false, undefined, generic)).toEqual({ kind: "blank" });
    expect(parseStatus(true, undefined, generic)).toMatchObject({ kind: "level", source: "tick" });
    expect(parseStatus("#N/A", undefined, generic)).toMatchObject({
      kind: "invalid",
      reason: "unknown-text",
    });
    expect(parseStatus(3, undefined, generic)).toMatchObject({
      kind: "invalid",
      reason: "out-of-scale",
    });
  });

  it("lets a council bring its own vocabulary", () => {
    const harlow: StatusVocabulary = {
      id: "harlow",
      match: "exact",
      entries: [{ level: "amber", labels: ["Within tolerance"], glyphs: ["●"] }],
    };
    expect(parseStatus("● Within tolerance", undefined, harlow)).toEqual({
      kind: "level",
      level: "amber",
      source: "label",
      score: null,
    });
  });
});

describe("colour-only cells (docs/STATUSES.md rule 3)", () => {
  // Fills as a BCP-style key would have them; the workbook's own key is the legend, never hard-coded hex.
  const legend = [
    { level: "red" as const, fill: "#FF0000" },
    { level: "amber" as const, fill: "#FFC000" },
    { level: "green" as const, fill: "#00B050" },
    { level: "blue" as const, fill: "#0070C0" },
    { level: "done" as const, fill: "#7030A0" },
  ];

  it("matches a key colour exactly, whatever way it is spelt", () => {
    expect(nearestLevelByColour("#FFC000", legend)).toBe("amber");
    expect(nearestLevelByColour("FFFFC000", legend)).toBe("amber"); // exceljs ARGB
    expect(nearestLevelByColour("ffc000", legend)).toBe("amber");
    expect(nearestColourMatch("#00B050", legend)).toEqual({
      level: "green",
      fill: "#00B050",
      distance: 0,
    });
  });

  it("matches a near shade and refuses a colour that is not in the key", () => {
    expect(nearestLevelByColour("#FE0101", legend)).toBe("red");
    expect(nearestLevelByColour("#FFFFFF", legend)).toBeNull();
    expect(nearestLevelByColour("#92D050", legend)).toBeNull(); // light green is not the key's green
    expect(nearestLevelByColour("#92D050", legend, 60)).toBe("green");
  });

  it("refuses unreadable fills and ties between levels", () => {
    expect(nearestLevelByColour("not a colour", legend)).toBeNull();
    expect(nearestLevelByColour("#FF0000", [])).toBeNull();
    expect(
      nearestLevelByColour("#808080", [
        { level: "red", fill: "#808080" },
        { level: "amber", fill: "#808080" },
      ])
    ).toBeNull();
  });
});

describe("parseStatus on arbitrary input", () => {
  const vocabularies = Object.values(PRESET_VOCABULARIES);
  it(
    "never throws and returns a well-formed reading",
    () => {
      fc.assert(
        fc.property(
          anyCell,
          anyFormat,
          fc.constantFrom(...vocabularies),
          (value, format, vocabulary) => {
            const reading = parseStatus(value, format, vocabulary);
            switch (reading.kind) {
              case "level":
                expect(RAG_LEVELS).toContain(reading.level);
                expect(["label", "glyph", "number", "tick"]).toContain(reading.source);
                if (reading.source === "number") expect(reading.score).not.toBeNull();
                else expect(reading.score).toBeNull();
                if (reading.glyphMismatch)
                  expect(reading.glyphMismatch.glyphLevel).not.toBe(reading.level);
                break;
              case "invalid":
                expect(["serial-zero", "out-of-scale", "unknown-text"]).toContain(reading.reason);
                expect(typeof reading.text).toBe("string");
                break;
              case "blank":
              case "zero":
                break;
              default:
                throw new Error(`unexpected reading ${JSON.stringify(reading)}`);
            }
          }
        ),
        { numRuns: 3000 }
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "never throws on arbitrary fills",
    () => {
      fc.assert(
        fc.property(fc.string(), (fill) =>
          expect([...RAG_LEVELS, null]).toContain(
            nearestLevelByColour(fill, [{ level: "red", fill: "#FF0000" }])
          )
        )
      );
    },
    PROPERTY_TIMEOUT
  );
});
