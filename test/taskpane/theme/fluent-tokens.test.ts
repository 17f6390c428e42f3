/** @jest-environment node */
import { tokens as fluents } from "@fluentui/tokens";
import { tokens as ours } from "../../../src/taskpane/theme/fluent-tokens";

describe("the design tokens built from the theme's keys", () => {
  it("are Fluent's own, key for key and string for string", () => {
    expect(ours).toStrictEqual({ ...fluents });
    expect(Object.keys(ours).length).toBeGreaterThan(400);
  });
});
