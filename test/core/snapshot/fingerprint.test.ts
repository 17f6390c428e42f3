/** @jest-environment node */
import type { CellValue } from "../../../src/core/model/cell-value";
import { fingerprintSheets } from "../../../src/core/snapshot/fingerprint";
import type { SheetSnapshot } from "../../../src/core/snapshot/workbook-snapshot";

const sheet = (values: CellValue[][], name = "Actions", firstRow = 1): SheetSnapshot => ({
  name,
  firstRow,
  firstColumn: 1,
  values,
  numberFormats: {},
  fills: {},
  merges: [],
  protected: false,
  visibility: "visible",
});

const base = [
  sheet([
    ["Ref", "Status"],
    ["1.1", "On track"],
  ]),
];

describe("fingerprintSheets", () => {
  it("is eight hex digits and the same for the same content", () => {
    expect(fingerprintSheets(base)).toMatch(/^[0-9a-f]{8}$/);
    expect(
      fingerprintSheets([
        sheet([
          ["Ref", "Status"],
          ["1.1", "On track"],
        ]),
      ])
    ).toBe(fingerprintSheets(base));
  });

  it("ignores formats and fills, which a co-author's edit to a value would not change", () => {
    expect(
      fingerprintSheets([{ ...base[0], numberFormats: { B2: "@" }, fills: { B2: "#D4351C" } }])
    ).toBe(fingerprintSheets(base));
  });

  it.each<[string, SheetSnapshot[]]>([
    [
      "a changed value",
      [
        sheet([
          ["Ref", "Status"],
          ["1.1", "At risk"],
        ]),
      ],
    ],
    [
      "a number instead of the same text",
      [
        sheet([
          ["Ref", "Status"],
          [1.1, "On track"],
        ]),
      ],
    ],
    [
      "an emptied cell",
      [
        sheet([
          ["Ref", "Status"],
          ["1.1", null],
        ]),
      ],
    ],
    [
      "text moved between cells",
      [
        sheet([
          ["Ref", "Status"],
          ["1.1O", "n track"],
        ]),
      ],
    ],
    [
      "a renamed sheet",
      [
        sheet(
          [
            ["Ref", "Status"],
            ["1.1", "On track"],
          ],
          "Key actions"
        ),
      ],
    ],
    [
      "rows shifted down",
      [
        sheet(
          [
            ["Ref", "Status"],
            ["1.1", "On track"],
          ],
          "Actions",
          2
        ),
      ],
    ],
    ["an extra row", [sheet([["Ref", "Status"], ["1.1", "On track"], []])]],
  ])("changes with %s", (_change, changed) => {
    expect(fingerprintSheets(changed)).not.toBe(fingerprintSheets(base));
  });

  it("tells the boolean TRUE from the text TRUE", () => {
    expect(fingerprintSheets([sheet([[true]])])).not.toBe(fingerprintSheets([sheet([["TRUE"]])]));
  });
});
