import {
  decodeValueDetail,
  encodeValueDetail,
  isPlainLink,
} from "../../../src/core/undo/value-detail";

describe("a kept cell's value detail", () => {
  it("round-trips style, error, link and formatted text, and is absent when there is nothing to say", () => {
    const detail = {
      style: '{"font":{"bold":true}}',
      link: { address: "https://example.gov.uk/a", tip: "Open" },
      runs: JSON.stringify([{ text: "Do" }, { text: "ne" }]),
    };
    expect(decodeValueDetail(encodeValueDetail(detail) ?? "", "Done")).toEqual(detail);
    expect(decodeValueDetail(encodeValueDetail({ error: true }) ?? "", "#REF!")).toEqual({
      error: true,
    });
    expect(encodeValueDetail({})).toBeNull();
  });

  it("refuses what a forged record could plant", () => {
    expect(
      decodeValueDetail(JSON.stringify({ link: { address: "javascript:alert(1)" } }), "x")
    ).toEqual({ problem: "a link Plan Tracker would not put back" });
    expect(
      decodeValueDetail(JSON.stringify({ link: { address: "\\\\server\\share\\x.exe" } }), "x")
    ).toEqual({ problem: "a link Plan Tracker would not put back" });
    expect(
      decodeValueDetail(
        JSON.stringify({ runs: JSON.stringify([{ text: "Something else" }]) }),
        "Done"
      )
    ).toEqual({ problem: "formatted text that does not match the kept value" });
    expect(decodeValueDetail(JSON.stringify({ error: true }), "=WEBSERVICE(1)")).toEqual({
      problem: "an error value that is not one",
    });
    expect(decodeValueDetail("not json", "x")).toEqual({
      problem: "a cell detail that is not JSON",
    });
  });

  it("takes web pages, e-mail addresses and places in the workbook as plain links", () => {
    expect(
      ["https://a.gov.uk", "http://a", "mailto:x@y.gov.uk", "#'Plan'!A9", "Plan!B2"].every(
        isPlainLink
      )
    ).toBe(true);
    expect(["file:///c:/x", "javascript:x", "ftp://x", "\\\\server\\x"].some(isPlainLink)).toBe(
      false
    );
  });
});
