import { isNumberedRef, REF_PATTERN } from "../../../../src/core/validate/shared/refs";

describe("isNumberedRef", () => {
  // The hand-written reading must say what the pattern says, for every shape a Ref cell holds.
  const samples = [
    "1",
    "52",
    "1.9",
    "1.11",
    "2.4.1",
    "007.010",
    "",
    ".",
    "1.",
    ".1",
    "1..2",
    "1.2.",
    "1,2",
    "1.a",
    "a1",
    "1 .2",
    " 1.2",
    "1.2 ",
    "١.٢",
    "Caseloads",
    "1.2a",
    "12345678901234567890.1",
  ];
  it.each(samples)("agrees with REF_PATTERN on %p", (ref) => {
    expect(isNumberedRef(ref)).toBe(REF_PATTERN.test(ref));
  });

  it("accepts numbers joined by dots and nothing else", () => {
    expect(isNumberedRef("1.11")).toBe(true);
    expect(isNumberedRef("1.2.")).toBe(false);
  });
});
