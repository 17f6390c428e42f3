/** @jest-environment node */
import type { Action } from "../../../src/core/model/action";
import type { RagLevel } from "../../../src/core/model/rag-level";
import { DEFAULT_DATE_POLICY } from "../../../src/core/model/timescale";
import { parseTimescale } from "../../../src/core/parse/timescale/parse-timescale";
import { rateAction } from "../../../src/core/rag/action-rag";
import { anAction } from "../../support/model-builder";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";

const action = (timescale: string | number | null, progress = "", numberFormat?: string): Action =>
  anAction({
    key: "t",
    ref: null,
    owners: ["Ann James"],
    ownerText: "Ann James",
    timescale: parseTimescale(timescale, numberFormat, DEFAULT_DATE_POLICY),
    progress,
  });

// docs/RATINGS.md#action-rag vectors: as-of 2022-10-31, window 30 days, no manual status (seed 000).
const VECTORS: [string, string | null, RagLevel, RagLevel][] = [
  ["1.1.01", "By June 2022", "red", "red"],
  ["1.1.11", "From 1 st May 2022", "amber", "green"],
  ["1.4.01", "End of May 2022", "red", "red"],
  ["1.4.03", "Autumn 2022", "amber", "amber"],
  ["1.4.16", "Ongoing", "unrated", "unrated"],
  ["1.5.07", "July 2023", "green", "green"],
  ["2.2.12", "By September 22", "red", "red"],
  ["2.3.04", "May 2022 to September 2022", "red", "red"],
  ["2.3.07", "December 2022 onwards", "green", "green"],
  ["3.1.02", "Sept 22 onwards", "amber", "green"],
  ["3.2.03", null, "unrated", "unrated"],
  ["3.4.09", "2024/2025", "green", "green"],
  ["3.5.01", "May to Sept 2022", "red", "red"],
];

describe("action RAG from the timescale (docs/RATINGS.md#action-rag)", () => {
  it.each(VECTORS)(
    "%s %p: %s without a progress note, %s with one",
    (_id, raw, withoutNote, withNote) => {
      expect(rateAction(action(raw), "2022-10-31", DEFAULT_RAG_POLICY, null).level).toBe(
        withoutNote
      );
      expect(
        rateAction(action(raw, "Met the team in October"), "2022-10-31", DEFAULT_RAG_POLICY, null)
          .level
      ).toBe(withNote);
    }
  );

  it.each([
    ["By June 2022", "2022-05-30", "green"],
    ["By June 2022", "2022-05-31", "amber"],
    ["By June 2022", "2022-06-30", "amber"],
    ["By June 2022", "2022-07-01", "red"],
    ["Summer 2022", "2022-08-31", "amber"],
    ["Summer 2022", "2022-09-01", "red"],
  ])("boundary: %s on %s is %s", (raw, asOf, level) => {
    expect(rateAction(action(raw), asOf, DEFAULT_RAG_POLICY, null).level).toBe(level);
  });

  it("gives a one-line reason a board member can read", () => {
    const rating = rateAction(action("By June 2022"), "2022-10-31", DEFAULT_RAG_POLICY, null);
    expect(rating.reason).toBe("due 30 Jun 2022, 123 days overdue, no completion recorded");
    expect(rating.overdueDays).toBe(123);
  });

  it("honours a different amber window", () => {
    expect(
      rateAction(
        action("By December 2022"),
        "2022-10-31",
        { ...DEFAULT_RAG_POLICY, amberWindowDays: 90 },
        null
      ).level
    ).toBe("amber");
    expect(
      rateAction(action("By December 2022"), "2022-10-31", DEFAULT_RAG_POLICY, null).level
    ).toBe("green");
  });
});

describe("combining a manual status with the date check (docs/RATINGS.md#action-rag steps 1–5)", () => {
  it.each([
    ["July 2023", "amber", "amber", []],
    ["By June 2022", "green", "red", ["status-contradicts-date"]],
    ["By June 2022", "blue", "blue", []],
    [null, "green", "unrated", ["green-without-date"]],
    ["Ongoing", "red", "red", []],
  ] as [string | null, RagLevel, RagLevel, string[]][])(
    "%p recorded %s → %s",
    (raw, manual, level, flags) => {
      const rating = rateAction(action(raw), "2022-10-31", DEFAULT_RAG_POLICY, manual);
      expect(rating.level).toBe(level);
      expect(rating.flags).toEqual(flags);
    }
  );

  it("lets a green stand without a date only when the council allows it", () => {
    expect(
      rateAction(
        action(null),
        "2022-10-31",
        { ...DEFAULT_RAG_POLICY, allowGreenWithoutDate: true },
        "green"
      ).level
    ).toBe("green");
  });

  // Thurrock, as-of 2018-07-03, manual status from RAG 01/18 (Time held as Excel dates shown mmm-yy).
  it.each([
    ["L153", 43101, "blue", "blue", []],
    ["L155", 43344, "amber", "amber", []],
    ["L177", 43252, "amber", "red", []],
    ["L276", 42614, "amber", "red", []],
    ["L326", 42675, "green", "red", ["status-contradicts-date"]],
  ] as [string, number, RagLevel, RagLevel, string[]][])(
    "Thurrock %s",
    (_line, serial, manual, level, flags) => {
      const rating = rateAction(
        action(serial, "", "mmm-yy"),
        "2018-07-03",
        DEFAULT_RAG_POLICY,
        manual
      );
      expect(rating.level).toBe(level);
      expect(rating.flags).toEqual(flags);
    }
  );
});
