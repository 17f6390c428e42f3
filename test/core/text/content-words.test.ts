/** @jest-environment node */
import fc from "fast-check";
import { ContentWordIds, contentWords, stem } from "../../../src/core/text/content-words";

describe("content words", () => {
  it.each([
    ["remodelling", "remodel"],
    ["remodel", "remodel"],
    ["delivery", "deliver"],
    ["deliver", "deliver"],
    ["strategies", "strateg"],
    ["strategy", "strateg"],
    ["revised", "revis"],
    ["revise", "revis"],
    ["teams", "team"],
    ["use", "use"],
  ])("stems %s as %s", (word, expected) => expect(stem(word)).toBe(expected));

  it("keeps the words that name the work, once each, without joining words or numbers", () => {
    expect(contentWords("Revise, launch and deliver Sufficiency strategy")).toEqual([
      "revis",
      "launch",
      "deliver",
      "sufficienc",
      "strateg",
    ]);
    expect(contentWords("Remodel 11+ Service, to deliver the service")).toEqual([
      "remodel",
      "servic",
      "deliver",
    ]);
  });
});

describe("ContentWordIds", () => {
  // Titles from a small vocabulary in any case and with any punctuation, so words repeat across
  // titles and the table of words grows past its first size.
  const WORDS = [
    "Revise",
    "launch",
    "and",
    "deliver",
    "Sufficiency",
    "strategy",
    "the",
    "service",
    "services",
    "delivery",
    "remodelling",
    "Remodel",
    "planned",
    "plans",
    "team",
    "11+",
    "é",
    // Letters outside ASCII that toLowerCase turns into ASCII ones: the Kelvin sign, dotted capital I.
    "\u212Aelvin",
    "kelvin",
    "\u0130nclude",
    "children's",
    "in",
    "of",
    "audit",
    "audits",
    "Audited",
  ];
  const title = fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(" ", ", ", "-", "/", " & ")), {
      maxLength: 12,
    })
    .map((parts) => parts.map(([word, gap]) => word + gap).join(""));

  it("numbers exactly the stems contentWords finds, one id per stem across a plan", () => {
    fc.assert(
      fc.property(fc.array(title, { maxLength: 60 }), (titles) => {
        const ids = new ContentWordIds();
        const stemOfId = new Map<number, string>();
        for (const text of titles) {
          const stems = contentWords(text);
          const found = ids.idsOf(text);
          expect(found.length).toBe(stems.length);
          found.forEach((id, i) => {
            expect(stemOfId.get(id) ?? stems[i]).toBe(stems[i]);
            stemOfId.set(id, stems[i]);
          });
        }
        // One id per stem: no two ids name the same stem.
        expect(new Set(stemOfId.values()).size).toBe(stemOfId.size);
      }),
      { numRuns: 300 }
    );
  });

  it("reads thousands of distinct words, growing its table", () => {
    const ids = new ContentWordIds();
    const words = Array.from(
      { length: 5_000 },
      (_, n) => `word${"abcdefghij"[n % 10]}${n.toString(36).replace(/\d/g, "x")}`
    );
    const found = ids.idsOf(words.join(" "));
    expect(found.length).toBe(new Set(contentWords(words.join(" "))).size);
    expect(ids.idsOf(words.join(" "))).toEqual(found);
  });
});
