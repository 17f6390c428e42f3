/** @jest-environment node */
import { mappingOptions } from "../../../src/core/mapping/mapping-options";
import { exampleMapping } from "./example-mapping";

describe("what a mapping decides", () => {
  it("passes the council's no-value words to detection, and none when it names none", () => {
    expect(
      mappingOptions({ ...exampleMapping(), missingValues: ["TBC", "Awaited"] }).detect
        .missingValues
    ).toEqual(["TBC", "Awaited"]);
    const { missingValues, ...withoutWords } = exampleMapping();
    expect(missingValues).toBeUndefined();
    expect(mappingOptions(withoutWords).detect.missingValues).toBeUndefined();
  });
});
