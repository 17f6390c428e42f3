/** @jest-environment node */
import fc from "fast-check";
import { stripHtml } from "../../../src/core/text/strip-html";
import { anyCell } from "../parse/arbitraries";

// Property runs take a second or two alone; a busy machine must not turn that into a failure.
const PROPERTY_TIMEOUT = 60_000;

describe("stripHtml (docs/RULES.md rule 18)", () => {
  it("turns <p> blocks into lines (003 L85)", () => {
    expect(stripHtml("<p>Juliette Blake</p> <p>Rachel Gravett</p>")).toEqual({
      text: "Juliette Blake\nRachel Gravett",
      hadHtml: true,
    });
  });

  it("removes an unclosed <ul style=…> and starts a line at each bullet (000 L293)", () => {
    const cell =
      'Revise and launch a new Placement Sufficiency Strategy that will include: <ul style="list-style-type: none"> • Delivery of Southfield House – a new 30 supported accommodation provision • Development of a supported lodgings scheme • Develop a wider range of housing options to meet the needs of YP ';
    expect(stripHtml(cell)).toEqual({
      text: [
        "Revise and launch a new Placement Sufficiency Strategy that will include:",
        "• Delivery of Southfield House – a new 30 supported accommodation provision",
        "• Development of a supported lodgings scheme",
        "• Develop a wider range of housing options to meet the needs of YP",
      ].join("\n"),
      hadHtml: true,
    });
  });

  it("removes a tag cut off before its closing bracket", () => {
    expect(stripHtml('Monitoring of PEPs <ul style="list-style-type: none"').text).toBe(
      "Monitoring of PEPs"
    );
  });

  it("makes <br> and </li> line breaks and table cells readable", () => {
    expect(stripHtml("a<br>b<br/>c<ul><li>one</li><li>two</li></ul>").text).toBe(
      "a\nb\nc\none\ntwo"
    );
    expect(
      stripHtml(
        '<table border="1"><tr><td>Caseloads</td><td>CHAD</td></tr><tr><td>Range</td><td>4-7</td></tr></table>'
      ).text
    ).toBe("Caseloads | CHAD\nRange | 4-7");
  });

  it("decodes entities once, so an escaped entity stays escaped", () => {
    expect(
      stripHtml("Safety &amp; Wellbeing&nbsp;plan &lt;18&gt; &#39;x&#39; &quot;y&quot;").text
    ).toBe(`Safety & Wellbeing plan <18> 'x' "y"`);
    expect(stripHtml("&amp;lt;").text).toBe("&lt;");
    expect(stripHtml("&#x2013; &#8212; &bogus; &#xD800;").text).toBe("– — &bogus; &#xD800;");
  });

  it("leaves text without HTML alone and says so", () => {
    expect(stripHtml("Children <18 and a<b & c")).toEqual({
      text: "Children <18 and a<b & c",
      hadHtml: false,
    });
    expect(stripHtml(null)).toEqual({ text: "", hadHtml: false });
  });

  it(
    "never throws and never leaves a known tag behind",
    () => {
      fc.assert(
        fc.property(anyCell, (value) => {
          const { text, hadHtml } = stripHtml(value);
          expect(typeof hadHtml).toBe("boolean");
          expect(text).not.toMatch(/<\/?(?:p|br|ul|li|table|td)\b[^<>]*>/i);
        }),
        { numRuns: 2000 }
      );
    },
    PROPERTY_TIMEOUT
  );
});
