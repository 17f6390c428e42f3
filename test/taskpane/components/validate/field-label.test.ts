/** @jest-environment node */
import { fieldLabel } from "../../../../src/taskpane/components/validate/field-label";

describe("fieldLabel", () => {
  it.each([
    ["owner", "Owner"],
    ["responsibleOfficer", "Responsible officer"],
    ["successMeasure", "Success measure"],
    ["ytd", "Ytd"],
    ["next_steps", "Next steps"],
    ["", ""],
  ])("%s → %s", (field, label) => {
    expect(fieldLabel(field)).toBe(label);
  });
});
