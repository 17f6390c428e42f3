/** @jest-environment node */
import { describeError } from "../../src/excel/describe-error";
import { isPayloadLimitError, toGatewayError } from "../../src/excel/office-errors";
import { FakeOfficeError } from "./fake-excel";

describe("toGatewayError", () => {
  it.each([
    ["InvalidArgument", "host-error"],
    ["ItemNotFound", "changed-since-read"],
    ["AccessDenied", "read-only"],
    ["InsertDeleteConflict", "changed-since-read"],
    ["RequestPayloadSizeLimitExceeded", "too-large"],
    ["ResponsePayloadSizeLimitExceeded", "too-large"],
    ["ApiNotFound", "unsupported"],
    ["GeneralException", "host-error"],
    ["InvalidOperationInCellEditMode", "busy"],
    ["NeverHeardOfIt", "host-error"],
  ])("maps %s to %s with one plain sentence", (code, kind) => {
    const error = toGatewayError(
      new FakeOfficeError(code, "Internal wording that must not reach people.", "Range.values")
    );
    expect(error.kind).toBe(kind);
    expect(error.message).toMatch(/^[A-Z"][^\n]+\.$/);
    expect(error.message.split(/\.\s/)).toHaveLength(1);
    expect(error.message).not.toMatch(/Internal wording|Range\.values|RichApi|\bat\b.+:\d+/);
  });

  it("names the sheet when the caller knows it", () => {
    expect(toGatewayError(new FakeOfficeError("AccessDenied", "x"), "Actions").sheet).toBe(
      "Actions"
    );
  });

  it("answers non-Office errors and odd values without their text or stack", () => {
    for (const thrown of [
      new RangeError("Invalid array length"),
      "a string",
      undefined,
      { code: 42 },
    ]) {
      expect(toGatewayError(thrown)).toEqual({
        kind: "host-error",
        message:
          "Plan Tracker hit an unexpected problem while talking to Excel; please try again, and report it if it keeps happening.",
      });
    }
  });

  it("recognises Excel on the web's payload limits", () => {
    expect(isPayloadLimitError(new FakeOfficeError("ResponsePayloadSizeLimitExceeded", "x"))).toBe(
      true
    );
    expect(isPayloadLimitError(new FakeOfficeError("GeneralException", "x"))).toBe(false);
  });
});

describe("describeError", () => {
  it("reads an Office error's code, message and debug location", () => {
    expect(
      describeError(
        new FakeOfficeError(
          "ItemNotFound",
          "The requested resource doesn't exist.",
          "WorksheetCollection.getItem"
        )
      )
    ).toEqual({
      name: "RichApi.Error",
      code: "ItemNotFound",
      message: "The requested resource doesn't exist.",
      location: "WorksheetCollection.getItem",
      statement: "WorksheetCollection.getItem",
    });
  });

  it("describes anything else without a stack", () => {
    const described = describeError(new TypeError("boom"));
    expect(described).toEqual({
      name: "TypeError",
      code: null,
      message: "boom",
      location: null,
      statement: null,
    });
    expect(JSON.stringify(described)).not.toContain("at ");
    expect(describeError(7)).toEqual({
      name: "Error",
      code: null,
      message: "7",
      location: null,
      statement: null,
    });
  });
});
