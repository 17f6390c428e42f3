/** @jest-environment node */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Mapping } from "../../src/core/mapping/mapping";
import { runCli } from "../support/run-cli";

// docs/HISTORY.md#issue-10-6: --accept-suggestions writes the polarities Plan Tracker suggested into the mapping, as confirmed.

const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);
const dir = mkdtempSync(join(tmpdir(), "plan-tracker-accept-"));

const cli = runCli;

const measuresOf = (out: string): Mapping["measures"] => (JSON.parse(out) as Mapping).measures;

interface RatedMeasure {
  name: string;
  polarity: string | null;
  polaritySource: string | null;
  polarityReason: string | null;
  reason: string;
}

describe("--accept-suggestions", () => {
  it("detect --json leaves suggestions out of the mapping; with the flag they are written in as confirmed", async () => {
    const plain = await cli("detect", fixture("gcc"), "--json");
    expect(plain.code).toBe(0);
    expect(measuresOf(plain.out).filter((m) => m.polarity !== undefined)).toEqual([]);

    const accepted = await cli("detect", fixture("gcc"), "--json", "--accept-suggestions");
    expect(accepted.code).toBe(0);
    expect(accepted.err).toMatch(/Accepted 12 suggested polarities/);
    const measures = measuresOf(accepted.out);
    expect(measures.filter((m) => m.polarity !== undefined)).toHaveLength(12);
    expect(measures.find((m) => m.name === "Turnover (overall)")).toEqual({
      name: "Turnover (overall)",
      polarity: "lower_is_better",
    });
  });

  it("rag --json says a polarity is suggested until the accepted mapping is given, then says it comes from the mapping", async () => {
    const before = JSON.parse(
      (await cli("rag", fixture("gcc"), "--json", "--as-of", "2022-10-31")).out
    ) as { measures: RatedMeasure[] };
    const turnover = before.measures.find((m) => m.name === "Turnover (overall)");
    expect(turnover).toMatchObject({
      polarity: "lower_is_better",
      polaritySource: "suggested",
      polarityReason: "name says 'turnover'",
    });
    expect(turnover?.reason).toMatch(/\(lower is better, suggested\)/);

    const schema = join(dir, "accepted.json");
    writeFileSync(
      schema,
      (await cli("detect", fixture("gcc"), "--json", "--accept-suggestions")).out
    );
    const after = JSON.parse(
      (await cli("rag", fixture("gcc"), "--json", "--as-of", "2022-10-31", "--schema", schema)).out
    ) as { measures: RatedMeasure[] };
    expect(after.measures.find((m) => m.name === "Turnover (overall)")).toMatchObject({
      polarity: "lower_is_better",
      polaritySource: "mapping",
      polarityReason: null,
    });
    expect(after.measures.some((m) => m.polaritySource === "suggested")).toBe(false);
    expect(after.measures.find((m) => m.name === "Turnover (overall)")?.reason).not.toMatch(
      /suggested/
    );
  });

  it("mapping save --accept-suggestions stores the confirmed polarities in the copy", async () => {
    const schema = join(dir, "detected.json");
    writeFileSync(schema, (await cli("detect", fixture("bcp"), "--json")).out);
    const out = join(dir, "bcp-with-mapping.xlsx");
    const saved = await cli(
      "mapping",
      "save",
      fixture("bcp"),
      "--schema",
      schema,
      "--out",
      out,
      "--accept-suggestions"
    );
    expect(saved.code).toBe(0);
    expect(saved.err).toMatch(/Accepted 10 suggested polarities/);
    const shown = await cli("mapping", "show", out);
    const measures = measuresOf(shown.out);
    expect(measures.filter((m) => m.polarity !== undefined)).toHaveLength(10);
    expect(measures.find((m) => m.name === "Days lost to sickness (CSC)")?.polarity).toBe(
      "lower_is_better"
    );
  });

  it("detect (text) lists each suggestion with its reason", async () => {
    const { out } = await cli("detect", fixture("gcc"));
    expect(out).toMatch(/Polarity suggested for 12 of 15 measures/);
    expect(out).toContain(
      "  Turnover (overall): lower is better, suggested (name says 'turnover')"
    );
  });

  it.each([
    [
      ["detect", "x.xlsx", "--accept-suggestions"],
      /--accept-suggestions goes with detect --json and mapping save/,
    ],
    [
      ["rag", "x.xlsx", "--accept-suggestions"],
      /--accept-suggestions goes with detect --json and mapping save/,
    ],
    [
      ["mapping", "show", "x.xlsx", "--accept-suggestions"],
      /--accept-suggestions goes with mapping save/,
    ],
  ])("%j is refused before anything is read", async (args, message) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err).toMatch(message);
  });
});
