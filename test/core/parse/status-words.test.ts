/** @jest-environment node */
import type { RagLevel } from "../../../src/core/model/rag-level";
import { PRESET_VOCABULARIES } from "../../../src/core/model/status-vocabulary";
import { DELIVERY_CONFIDENCE_ORDER } from "../../../src/core/model/status-words";
import { readStatusText } from "../../../src/core/parse/detect/cell-readers";
import { parseStatus } from "../../../src/core/parse/parse-status";
import { statusKey } from "../../../src/core/parse/status-key";

const read = (text: string) => readStatusText(text, undefined);

describe("common status words, known without help", () => {
  it.each<[string, RagLevel]>([
    ["Not started", "unrated"],
    ["Not yet started", "unrated"],
    ["Started", "unrated"],
    ["In progress", "unrated"],
    ["In-Progress", "unrated"],
    ["Ongoing", "unrated"],
    ["On hold", "unrated"],
    ["On-Hold", "unrated"],
    ["Paused", "unrated"],
    ["Deferred", "unrated"],
    ["Open", "unrated"],
    ["Re-opened", "unrated"],
    ["BAU", "unrated"],
    ["Business as usual", "unrated"],
    ["On track", "green"],
    ["on-track", "green"],
    ["Delayed", "amber"],
    ["At risk", "amber"],
    ["AT RISK", "amber"],
    ["Off track", "red"],
    ["Off-track", "red"],
    ["Overdue", "red"],
    ["Completed", "blue"],
    ["Complete", "blue"],
    ["Completed - BAU", "blue"],
    ["Completed – BAU", "blue"],
    ["Closed", "done"],
  ])("%j reads as %s", (text, level) => {
    expect(read(text)).toMatchObject({ kind: "level", level, source: "label" });
  });

  it.each(["Cancelled", "Withdrawn", "Superseded", "Merged"])(
    "%j is withdrawn work, not a rating",
    (text) => {
      expect(read(text)).toMatchObject({ kind: "level", level: "unrated", standing: "withdrawn" });
    }
  );

  it.each([
    "Exempt under FOI",
    "exempt",
    "Withheld",
    "Not published",
    "n/a – commercially sensitive",
    "N/A - Commercially Sensitive",
  ])("%j is a withheld rating, never an invalid one", (text) => {
    expect(read(text)).toMatchObject({ kind: "level", level: "unrated", standing: "withheld" });
  });

  it.each<[string, RagLevel]>([
    ["1. Not yet started", "unrated"],
    ["2. Ongoing - on track", "green"],
    ["3. Ongoing - delayed", "amber"],
    ["4. Completed", "blue"],
    ["1 - Not yet started", "unrated"],
    ["3 - Ongoing – delayed", "amber"],
    ["In progress – at risk", "amber"],
  ])(
    "the numbered dropdown item %j reads by its words (%s), the number is no score",
    (text, level) => {
      const reading = read(text);
      expect(reading).toMatchObject({ kind: "level", level, source: "label" });
      if (reading.kind === "level") expect(reading.score).toBeNull();
    }
  );

  it("still reads Plan Tracker's own scored labels by their number", () => {
    expect(read("4 – Completed, monitoring")).toMatchObject({
      level: "blue",
      source: "number",
      score: 4,
    });
    expect(read("5 – Completed, can be removed")).toMatchObject({ level: "done", score: 5 });
    expect(read("1 – Not started or significant delay")).toMatchObject({ level: "red", score: 1 });
    expect(read("2 – Some delay")).toMatchObject({ level: "amber", score: 2 });
  });

  it("compares words whatever their case, hyphens, slashes and stops", () => {
    expect(statusKey("Amber / Green")).toBe(statusKey("amber-green"));
    expect(statusKey("A/G")).toBe("a g");
    expect(statusKey("1. Not yet started")).toBe("not yet started");
    expect(statusKey("1.5")).toBe("1 5");
  });

  it("calls a word no vocabulary knows invalid, as before", () => {
    expect(read("Banana")).toMatchObject({ kind: "invalid", reason: "unknown-text" });
  });
});

describe("the five Delivery Confidence ratings", () => {
  const { deliveryConfidence } = PRESET_VOCABULARIES;

  it("keep their order, Red worst to Green best, with their own labels", () => {
    expect(DELIVERY_CONFIDENCE_ORDER).toEqual([
      "Red",
      "Amber/Red",
      "Amber",
      "Amber/Green",
      "Green",
    ]);
    const ranks = DELIVERY_CONFIDENCE_ORDER.map((label) => {
      const reading = parseStatus(label, undefined, deliveryConfidence);
      return reading.kind === "level" ? [reading.rank, reading.label] : null;
    });
    expect(ranks).toEqual([
      [1, "Red"],
      [2, "Amber/Red"],
      [3, "Amber"],
      [4, "Amber/Green"],
      [5, "Green"],
    ]);
  });

  it.each<[string, RagLevel, string]>([
    ["Red", "red", "Red"],
    ["Amber/Red", "red", "Amber/Red"],
    ["amber / red", "red", "Amber/Red"],
    ["Amber-Red", "red", "Amber/Red"],
    ["A/R", "red", "Amber/Red"],
    ["Amber", "amber", "Amber"],
    ["Amber/Green", "green", "Amber/Green"],
    ["Amber-Green", "green", "Amber/Green"],
    ["amber / green", "green", "Amber/Green"],
    ["A/G", "green", "Amber/Green"],
    ["Green", "green", "Green"],
  ])("%j is level %s, labelled %j", (text, level, label) => {
    expect(read(text)).toMatchObject({ kind: "level", level, label });
  });

  it("roll up onto the three colours: two red, one amber, two green", () => {
    const levels = DELIVERY_CONFIDENCE_ORDER.map((label) => {
      const reading = read(label);
      return reading.kind === "level" ? reading.level : null;
    });
    expect(levels).toEqual(["red", "red", "amber", "green", "green"]);
  });
});
