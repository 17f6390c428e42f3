import { valueText } from "../../../../src/taskpane/components/validate/IssueButton";
import { issue } from "../../helpers/workbook";

describe("valueText", () => {
  it.each([
    [null, "(blank)"],
    ["   ", "(blank)"],
    ["TBC", "“TBC”"],
    [0, "“0”"],
    [false, "“FALSE”"],
    ["<p>Juliette Blake</p>", "“<p>Juliette Blake</p>”"],
  ])("%j → %s", (value, text) => {
    expect(valueText(issue("Plan", "A1", "error", "m", { value }))).toBe(text);
  });
});
