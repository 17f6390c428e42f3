/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadMapping } from "../../../src/core/mapping/load-mapping";

/** The README's example mapping is a mapping this Plan Tracker accepts, so the documentation cannot drift from the format. */
describe("README: The mapping", () => {
  const readme = readFileSync(join(__dirname, "..", "..", "..", "README.md"), "utf8");
  const section = readme.slice(readme.indexOf("## The mapping"));
  const example = /```json\n([\s\S]*?)```/.exec(section)?.[1] ?? "";

  it("has an example that loads", () => {
    expect(example).not.toBe("");
    const loaded = loadMapping(example);
    expect(loaded.ok ? "loads" : loaded.error).toBe("loads");
  });

  it("quotes the refusal sentence Plan Tracker really gives", () => {
    const broken = loadMapping(example.replace('"name": "title"', '"name": "leadd"'));
    expect(broken.ok).toBe(false);
    const sentence = broken.ok ? "" : broken.error;
    expect(
      sentence.startsWith(
        'sheets[0].tables[0].fields[1].name "leadd" is not a field Plan Tracker knows (one of ref, title, owner, '
      )
    ).toBe(true);
    expect(section.replace(/\n/g, " ")).toContain(
      'sheets[0].tables[0].fields[1].name "leadd" is not a field Plan Tracker knows (one of ref, title, owner, …).'
    );
  });
});
