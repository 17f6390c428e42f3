/** @jest-environment node */
import {
  issueCountSentence,
  severityCount,
  severityHeading,
} from "../../../../src/taskpane/components/validate/severity-words";

describe("issue count in words", () => {
  it.each([
    [{ error: 3, warning: 7, info: 2 }, "12 issues: 3 errors, 7 warnings, 2 info"],
    [{ error: 1, warning: 0, info: 0 }, "1 issue: 1 error, 0 warnings, 0 info"],
    [{ error: 0, warning: 1, info: 1 }, "2 issues: 0 errors, 1 warning, 1 info"],
    [{ error: 0, warning: 0, info: 0 }, "0 issues: 0 errors, 0 warnings, 0 info"],
  ])("%j → %s", (summary, sentence) => {
    expect(issueCountSentence(summary)).toBe(sentence);
  });

  it("names every severity in words", () => {
    expect([
      severityCount("error", 2),
      severityCount("warning", 1),
      severityCount("info", 5),
    ]).toEqual(["2 errors", "1 warning", "5 info"]);
    expect([severityHeading("error"), severityHeading("warning"), severityHeading("info")]).toEqual(
      ["Errors", "Warnings", "Info"]
    );
  });
});
