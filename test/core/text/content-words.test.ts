/** @jest-environment node */
import { contentWords, stem } from "../../../src/core/text/content-words";

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
