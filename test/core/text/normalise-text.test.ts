/** @jest-environment node */
import fc from "fast-check";
import {
  normaliseHeader,
  normaliseLine,
  normaliseText,
} from "../../../src/core/text/normalise-text";
import { anyCell } from "../parse/arbitraries";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

describe("normaliseText (docs/DATES.md steps 1–3, docs/RULES.md rule 19)", () => {
  it.each([
    ["From 1 st May 2022", "From 1st May 2022"],
    ["pilot commenced on 1 st April 2022", "pilot commenced on 1st April 2022"],
    ["SM Practice Surgery 4 th August 2022", "SM Practice Surgery 4th August 2022"],
    ["22 nd and 3 rd", "22nd and 3rd"],
    ["18 March 2 0 2 2", "18 March 2022"],
    ["% of audits\u00a0judged as good", "% of audits judged as good"],
    ["  Lead:   Ann James ", "Lead: Ann James"],
  ])("%j → %j", (raw, text) => {
    expect(normaliseText(raw)).toEqual({ text, changed: true });
  });

  it("leaves clean text unchanged and says so", () => {
    expect(normaliseText("By June 2022")).toEqual({ text: "By June 2022", changed: false });
    expect(normaliseText("")).toEqual({ text: "", changed: false });
  });

  it("does not join digits that are not a spaced year or an ordinal", () => {
    expect(normaliseText("1 2 0 2 2 3").text).toBe("1 2 0 2 2 3");
    expect(normaliseText("version 2 0 1").text).toBe("version 2 0 1");
    expect(normaliseText("the 1 stage").text).toBe("the 1 stage");
  });

  it("keeps line breaks, tidying each line and dropping blank runs", () => {
    expect(normaliseText(" Juliette Blake \r\n\r\n\r\n Rachel  Gravett\n").text).toBe(
      "Juliette Blake\n\nRachel Gravett"
    );
    expect(normaliseLine("Good Performance\nHigh/Low").text).toBe("Good Performance High/Low");
  });

  it("reads non-text cells as a person would see them", () => {
    expect(normaliseText(12.5).text).toBe("12.5");
    expect(normaliseText(null)).toEqual({ text: "", changed: false });
  });

  it(
    "is idempotent: normalised text needs no further normalising",
    () => {
      fc.assert(
        fc.property(anyCell, (value) => {
          const once = normaliseText(value);
          expect(normaliseText(once.text)).toEqual({ text: once.text, changed: false });
        }),
        { numRuns: 2000 }
      );
    },
    PROPERTY_TIMEOUT
  );
});

describe("normaliseHeader (docs/LAYOUTS.md#header-matching)", () => {
  it.each([
    ["Lead:", "lead"],
    ["Actions Status", "actions status"],
    ["Actions status", "actions status"],
    ["RAG Initial", "rag initial"],
    ["Reporting period:", "reporting period"],
    ["Good Performance\nHigh/Low", "good performance high/low"],
    ["Director\u2019s  Report", "director's report"],
    ["\u00a0Target\u00a0", "target"],
  ])("%j → %j", (raw, header) => {
    expect(normaliseHeader(raw)).toBe(header);
  });

  it(
    "never throws and returns one trimmed lower-case line for any cell",
    () => {
      fc.assert(
        fc.property(anyCell, (value) => {
          const header = normaliseHeader(value);
          expect(typeof header).toBe("string");
          expect(header).toBe(header.toLowerCase());
          expect(header).not.toMatch(/\n|^\s|\s$|\s{2}|:$/);
          expect(normaliseHeader(header)).toBe(header);
        }),
        { numRuns: 2000 }
      );
    },
    PROPERTY_TIMEOUT
  );
});
