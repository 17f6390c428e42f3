import { createHash } from "node:crypto";
import { sha256Hex } from "../../../src/core/undo/sha256";

describe("sha256Hex", () => {
  it.each([
    "",
    "abc",
    "a".repeat(55),
    "a".repeat(56),
    "a".repeat(64),
    "Plan Tracker ▲ Red 😀 £",
    "x".repeat(100_000),
  ])("agrees with Node's crypto on %#", (text) => {
    expect(sha256Hex(text)).toBe(createHash("sha256").update(text, "utf8").digest("hex"));
  });
});
