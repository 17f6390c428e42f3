/** @jest-environment node */
import { existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Mapping } from "../../src/core/mapping/mapping";
import { MAPPING_NAMESPACE } from "../../src/core/mapping/mapping";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";
import { runCli } from "../support/run-cli";
import { v1Of } from "../core/mapping/old-mappings";

/** The mapping commands and --schema (docs/HISTORY.md#issue-5), run in-process as the installed command runs them. */
const fixture = (id: string): string =>
  join(__dirname, "..", "fixtures", "generated", `${id}.xlsx`);
const AS_OF = {
  gcc: "2022-10-31",
  bcp: "2023-01-31",
  thurrock: "2018-07-03",
  scorecard: "2022-07-31",
} as const;
const FIXTURES = Object.keys(AS_OF) as (keyof typeof AS_OF)[];
const dir = mkdtempSync(join(tmpdir(), "plan-tracker-mapping-"));
let counter = 0;
const tempPath = (name: string): string => join(dir, `${(counter += 1)}-${name}`);

const cli = runCli;

/** The mapping detect --json prints, without the workbook kind it leads with (what detection said, not part of the mapping). */
const detectedMapping = async (file: string): Promise<Mapping> => {
  const {
    kind: _kind,
    nothingToRate: _sentence,
    ...mapping
  } = JSON.parse((await cli("detect", file, "--json")).out) as Mapping & {
    kind?: string;
    nothingToRate?: string;
  };
  return mapping;
};

const writeMapping = (mapping: unknown): string => {
  const path = tempPath("mapping.json");
  writeFileSync(path, JSON.stringify(mapping, null, 2));
  return path;
};

/** One plain sentence on stderr: one line, no stack frames. */
const expectOneSentence = (err: string, pattern: RegExp): void => {
  expect(err).toMatch(pattern);
  expect(err.trim().split("\n")).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at |Error:/);
};

/** A tidy BCP-style plan whose statuses include "Embedded", a word no preset knows. */
const embeddedPlan = async (): Promise<string> => {
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Improvement Plan");
  sheet.addRow(["Ref", "Action", "Lead", "Deadline", "RAG", "Progress to date"]);
  sheet.addRow([
    "1.1",
    "Strengthen the Early Help offer",
    "Juliette Blake",
    "30/04/23",
    "On track",
    "Lead started in December 2022.",
  ]);
  sheet.addRow([
    "1.2",
    "Embed the practice model",
    "Sarah Rempel",
    "30/09/22",
    "Embedded",
    "Audited in October.",
  ]);
  const path = tempPath("embedded.xlsx");
  await workbook.xlsx.writeFile(path);
  return path;
};

describe("detect --json → --schema gives exactly the results of detection", () => {
  it.each(FIXTURES)("%s: validate --json and rag --json are identical", async (id) => {
    const mapping = await detectedMapping(fixture(id));
    expect([mapping.version, mapping.source, mapping.layout]).toEqual([3, "detected", id]);
    const schema = writeMapping(mapping);
    const plainValidate = await cli("validate", fixture(id), "--json");
    const mappedValidate = await cli("validate", fixture(id), "--json", "--schema", schema);
    expect(mappedValidate.err).toBe("");
    expect(mappedValidate).toEqual(plainValidate);
    const plainRag = await cli("rag", fixture(id), "--json", "--as-of", AS_OF[id]);
    const mappedRag = await cli(
      "rag",
      fixture(id),
      "--json",
      "--as-of",
      AS_OF[id],
      "--schema",
      schema
    );
    expect(mappedRag).toEqual(plainRag);
    expect(
      JSON.parse(mappedRag.out).actions.length + JSON.parse(mappedRag.out).measures.length
    ).toBeGreaterThan(0);
  });

  it("says which mapping decided, in the readable detect", async () => {
    const plain = await cli("detect", fixture("bcp"));
    expect(plain.out.split("\n")[1]).toBe(
      `Mapping: none stored in the workbook, so its layout was detected from its headings (plan-tracker detect ${fixture("bcp")} --json prints it as a mapping to correct and save).`
    );
    const schema = writeMapping(await detectedMapping(fixture("bcp")));
    const given = await cli("detect", fixture("bcp"), "--schema", schema);
    expect(given.out.split("\n")[1]).toBe(
      `Mapping: from ${schema} (--schema), instead of detection.`
    );
    expect(given.out.split("\n").slice(2)).toEqual(plain.out.split("\n").slice(2));
  });
});

describe("a saved mapping after someone inserts rows above the plan", () => {
  it("follows the tables, says so on stderr and in detect, and reads the same actions", async () => {
    const plan = await embeddedPlan();
    const schema = writeMapping(await detectedMapping(plan));
    const ExcelJS = (await import("exceljs")).default;
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(plan);
    workbook.getWorksheet("Improvement Plan")?.spliceRows(1, 0, ["Improvement plan 2023"], []);
    const moved = tempPath("moved.xlsx");
    await workbook.xlsx.writeFile(moved);

    const sentence =
      'Rows were added or removed above a table since the mapping was saved, so its header was followed to where it is now ("Improvement Plan" row 1 → 3); save the mapping again to record it.';
    const rag = await cli("rag", moved, "--json", "--as-of", "2023-01-31", "--schema", schema);
    expect(rag.code).toBe(0);
    expect(rag.err).toBe(`${sentence}\n`);
    expect(
      JSON.parse(rag.out).actions.map((a: { ref: string; row: number }) => [a.ref, a.row])
    ).toEqual([
      ["1.1", 4],
      ["1.2", 5],
    ]);
    expect((await cli("detect", moved, "--schema", schema)).out.split("\n")[1]).toBe(
      `Mapping: from ${schema} (--schema), instead of detection. ${sentence}`
    );
    const followed = JSON.parse(
      (await cli("detect", moved, "--json", "--schema", schema)).out
    ) as Mapping;
    expect(followed.sheets[0].tables[0].headerRows).toEqual([3]);

    // Saving the old mapping into the moved workbook stores it where the table is now.
    const copy = tempPath("moved-with-mapping.xlsx");
    const saved = await cli("mapping", "save", moved, "--schema", schema, "--out", copy);
    expect([saved.code, saved.err]).toEqual([
      0,
      `${sentence.replace("save the mapping again to record it", "the mapping is saved with it there")}\n`,
    ]);
    const shown = await cli("mapping", "show", copy);
    expect([(JSON.parse(shown.out) as Mapping).sheets[0].tables[0].headerRows, shown.err]).toEqual([
      [3],
      "",
    ]);
  });
});

describe("plan-tracker mapping save / show", () => {
  it("writes a copy carrying the mapping, which detect then reports as stored", async () => {
    const mapping = await detectedMapping(fixture("bcp"));
    mapping.policy.amberWindowDays = 45;
    const schema = writeMapping(mapping);
    const before = readFileSync(fixture("bcp"));
    const copy = tempPath("bcp-with-mapping.xlsx");
    const saved = await cli("mapping", "save", fixture("bcp"), "--schema", schema, "--out", copy);
    expect(saved.code).toBe(0);
    expect(saved.out).toMatch(
      new RegExp(
        `^Saved the mapping \\(version 3: 1 sheet, 8 tables, 15 measures\\) in .*bcp-with-mapping\\.xlsx; Plan Tracker uses it whenever`
      )
    );
    expect(readFileSync(fixture("bcp")).equals(before)).toBe(true);

    // detect --json leads with the workbook's kind, which is what detection said, not part of the mapping.
    const { kind, ...detected } = JSON.parse(
      (await cli("detect", copy, "--json")).out
    ) as Mapping & { kind: string };
    expect(kind).toBe("actions");
    expect(detected.source).toBe("stored");
    expect({ ...detected, source: undefined }).toEqual(
      JSON.parse(JSON.stringify({ ...mapping, source: undefined }))
    );
    expect((await cli("detect", copy)).out.split("\n")[1]).toBe(
      "Mapping: stored in the workbook (version 3); detection was not needed."
    );

    const shown = await cli("mapping", "show", copy);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.out)).toEqual(detected);
    expect(shown.err).toBe("");
  });

  it("the stored mapping rules the ratings of the copy, and rag --write keeps it in its own copy", async () => {
    const mapping = await detectedMapping(fixture("gcc"));
    mapping.policy.amberWindowDays = 120;
    const copy = tempPath("gcc-120.xlsx");
    expect(
      (
        await cli(
          "mapping",
          "save",
          fixture("gcc"),
          "--schema",
          writeMapping(mapping),
          "--out",
          copy
        )
      ).code
    ).toBe(0);
    const amber = async (file: string): Promise<number> =>
      JSON.parse((await cli("rag", file, "--json", "--as-of", AS_OF.gcc)).out).overall.counts.amber;
    expect(await amber(copy)).toBeGreaterThan(await amber(fixture("gcc")));
    const rated = tempPath("gcc-rated.xlsx");
    expect((await cli("rag", copy, "--as-of", AS_OF.gcc, "--write", rated)).code).toBe(0);
    expect(JSON.parse((await cli("mapping", "show", rated)).out).policy.amberWindowDays).toBe(120);
  });

  it("replaces a mapping the workbook already carries", async () => {
    const first = await detectedMapping(fixture("scorecard"));
    const copy = tempPath("scorecard-1.xlsx");
    await cli(
      "mapping",
      "save",
      fixture("scorecard"),
      "--schema",
      writeMapping(first),
      "--out",
      copy
    );
    const second = { ...first, policy: { ...first.policy, amberWindowDays: 10 } };
    const again = tempPath("scorecard-2.xlsx");
    const saved = await cli(
      "mapping",
      "save",
      copy,
      "--schema",
      writeMapping(second),
      "--out",
      again
    );
    expect(saved.out).toMatch(/, replacing the one it carried;/);
    expect(JSON.parse((await cli("mapping", "show", again)).out).policy.amberWindowDays).toBe(10);
  });

  it("says plainly when a workbook carries no mapping", async () => {
    const shown = await cli("mapping", "show", fixture("thurrock"));
    expect(shown.code).toBe(0);
    expect(shown.out.trim()).toBe(
      `${fixture("thurrock")} carries no mapping, so Plan Tracker detects its layout each time it reads it (plan-tracker detect ${fixture("thurrock")} --json shows what it detects).`
    );
  });
});

describe("a changed setting in a --schema file changes the ratings", () => {
  it("tolerance: a wider one turns a red measure amber", async () => {
    const name =
      "% of Children in Care for more than 2.5 years in the same placement for at least 2 years";
    const levelOf = async (schema?: string): Promise<string> => {
      const args = [
        "rag",
        fixture("scorecard"),
        "--json",
        "--as-of",
        AS_OF.scorecard,
        ...(schema ? ["--schema", schema] : []),
      ];
      return (
        (JSON.parse((await cli(...args)).out).measures as { name: string; level: string }[]).find(
          (m) => m.name === name
        )?.level ?? "missing"
      );
    };
    const mapping = await detectedMapping(fixture("scorecard"));
    expect(await levelOf(writeMapping(mapping))).toBe("red");
    mapping.measures = mapping.measures.map((m) =>
      m.name === name ? { ...m, tolerance: { mode: "relative", value: 6 } } : m
    );
    expect(await levelOf(writeMapping(mapping))).toBe("amber");
    mapping.measures = mapping.measures.map((m) =>
      m.name === name ? { name: m.name, polarity: m.polarity } : m
    );
    mapping.policy.tolerance = { mode: "relative", value: 6 };
    expect(await levelOf(writeMapping(mapping))).toBe("amber");
  });

  it("amber window: a longer one turns green actions amber", async () => {
    const mapping = await detectedMapping(fixture("gcc"));
    const counts = async (): Promise<Record<string, number>> =>
      JSON.parse(
        (
          await cli(
            "rag",
            fixture("gcc"),
            "--json",
            "--as-of",
            AS_OF.gcc,
            "--schema",
            writeMapping(mapping)
          )
        ).out
      ).overall.counts;
    const before = await counts();
    mapping.policy.amberWindowDays = 120;
    const after = await counts();
    expect(after.amber).toBeGreaterThan(before.amber);
    expect(after.green).toBeLessThan(before.green);
  });

  it("a level's label and meaning: the council's word rates as that level, and its meaning is what the legend says", async () => {
    const plan = await embeddedPlan();
    const levelOfRow = async (...schema: string[]): Promise<string> =>
      (
        JSON.parse((await cli("rag", plan, "--json", "--as-of", "2023-01-31", ...schema)).out)
          .actions as { ref: string; level: string }[]
      ).find((a) => a.ref === "1.2")?.level ?? "missing";
    const detected = await levelOfRow();
    expect(detected).not.toBe("blue");
    const mapping = await detectedMapping(plan);
    const blue = mapping.levels.find((l) => l.id === "blue");
    if (!blue) throw new Error("no blue level");
    blue.label = "Embedded";
    blue.meaning = "Implemented and embedded in practice";
    const schema = writeMapping(mapping);
    expect(await levelOfRow("--schema", schema)).toBe("blue");
    expect((await cli("rag", plan, "--as-of", "2023-01-31", "--schema", schema)).out).toMatch(
      /● Embedded/
    );

    const rated = tempPath("embedded-rated.xlsx");
    expect(
      (await cli("rag", plan, "--as-of", "2023-01-31", "--schema", schema, "--write", rated)).code
    ).toBe(0);
    const opened = await openXlsxWorkbook(new Uint8Array(readFileSync(rated)), "rated.xlsx");
    if (!opened.ok) throw new Error(opened.error.message);
    const snapshot = await opened.value.read();
    const register = snapshot.ok
      ? snapshot.value.sheets.find((s) => s.name === "Plan Tracker RAG")
      : undefined;
    expect(register?.values.flat()).toContain("Implemented and embedded in practice");
  });
});

describe("a wrong mapping: exit code 2, one sentence on stderr, nothing written", () => {
  it.each<[string, () => Promise<string>, RegExp]>([
    [
      "not JSON",
      async () => {
        const p = tempPath("bad.json");
        writeFileSync(p, '{ "version": 2, }');
        return p;
      },
      /^plan-tracker: \d+-bad\.json: The mapping is not valid JSON: line 1, column 17: remove the comma before \}/,
    ],
    [
      "an unknown field",
      async () => {
        const mapping = await detectedMapping(fixture("bcp"));
        mapping.sheets[0].tables[1].fields[2] = {
          ...mapping.sheets[0].tables[1].fields[2],
          name: "leadd" as "owner",
        };
        return writeMapping(mapping);
      },
      /: sheets\[0\]\.tables\[1\]\.fields\[2\]\.name "leadd" is not a field Plan Tracker knows \(one of ref, title, owner, /,
    ],
    [
      "a newer version",
      async () => writeMapping({ ...(await detectedMapping(fixture("bcp"))), version: 4 }),
      /This mapping was saved by a newer Plan Tracker \(version 4\); this one understands up to version 3\./,
    ],
    [
      "a sheet the workbook lacks",
      async () => {
        const mapping = await detectedMapping(fixture("bcp"));
        mapping.sheets[0].name = "Action Plan";
        return writeMapping(mapping);
      },
      /The mapping does not fit this workbook: sheets\[0\] is the sheet "Action Plan", which is not in this workbook/,
    ],
    [
      "a missing file",
      async () => join(dir, "nowhere.json"),
      /Cannot find the mapping file .*nowhere\.json\./,
    ],
  ])("%s", async (_case, make, sentence) => {
    const schema = await make();
    for (const args of [
      ["validate", fixture("bcp"), "--json", "--schema", schema],
      ["detect", fixture("bcp"), "--json", "--schema", schema],
    ]) {
      const { code, out, err } = await cli(...args);
      expect([args[0], code, out]).toEqual([args[0], 2, ""]);
      expectOneSentence(`plan-tracker: ${err}`, sentence);
    }
    for (const args of [
      ["rag", fixture("bcp"), "--as-of", AS_OF.bcp, "--schema", schema, "--write"],
      ["report", fixture("bcp"), "--as-of", AS_OF.bcp, "--schema", schema, "--out"],
      ["mapping", "save", fixture("bcp"), "--schema", schema, "--out"],
    ]) {
      const target = tempPath("never-written.xlsx");
      const { code, out, err } = await cli(...args, target);
      expect([args[0], code, out]).toEqual([args[0], 2, ""]);
      expectOneSentence(`plan-tracker: ${err}`, sentence);
      expect(existsSync(target)).toBe(false);
    }
  });

  it("refuses a workbook whose stored mapping is newer, and reads one stored as version 1", async () => {
    const withPart = async (xml: string): Promise<string> => {
      const opened = await openXlsxWorkbook(
        new Uint8Array(readFileSync(fixture("bcp"))),
        "bcp.xlsx"
      );
      if (!opened.ok) throw new Error(opened.error.message);
      await opened.value.storeMapping(xml);
      const path = tempPath("stored.xlsx");
      writeFileSync(path, await opened.value.save());
      return path;
    };
    const part = (document: unknown, version: number) =>
      `<planTrackerMapping xmlns="${MAPPING_NAMESPACE}" version="${version}"><![CDATA[${JSON.stringify(document)}]]></planTrackerMapping>`;
    const current = await detectedMapping(fixture("bcp"));

    const newer = await withPart(part({ ...current, version: 4 }, 4));
    const refused = await cli("validate", newer, "--json");
    expect(refused.code).toBe(2);
    expectOneSentence(
      refused.err.trim(),
      /^This workbook's mapping was saved by a newer Plan Tracker \(version 4\); this one understands up to version 3\. Update Plan Tracker before using it, so nothing is misread\.$/
    );
    // --schema overrides what is stored, so the team can still work while they update.
    expect(
      (await cli("validate", newer, "--json", "--schema", writeMapping(current))).code
    ).not.toBe(2);

    const v1 = v1Of(current, {
      policy: {
        amberWindowDays: 30,
        tolerancePercent: 5,
        dayOrder: "dmy",
        seasons: "meteorological",
        financialYearStart: "04-01",
      },
    });
    const older = await withPart(part(v1, 1));
    expect((await cli("detect", older)).out.split("\n")[1]).toBe(
      "Mapping: stored in the workbook as version 1, read as version 3 (save it again to store the new version)."
    );
    expect(await cli("validate", older, "--json")).toEqual(
      await cli("validate", fixture("bcp"), "--json")
    );
    const shown = await cli("mapping", "show", older);
    expect(JSON.parse(shown.out).version).toBe(3);
    expect(shown.err.trim()).toBe(
      "The workbook stores version 1 of the mapping, shown here upgraded to version 3; mapping save stores it as version 3."
    );
  });

  it("never changes the input, even when saving a mapping from it", async () => {
    const mtime = statSync(fixture("thurrock")).mtimeMs;
    await cli(
      "mapping",
      "save",
      fixture("thurrock"),
      "--schema",
      writeMapping(await detectedMapping(fixture("thurrock"))),
      "--out",
      tempPath("t.xlsx")
    );
    expect(statSync(fixture("thurrock")).mtimeMs).toBe(mtime);
    const same = await cli(
      "mapping",
      "save",
      fixture("thurrock"),
      "--schema",
      writeMapping(await detectedMapping(fixture("thurrock"))),
      "--out",
      fixture("thurrock")
    );
    expect(same.code).toBe(2);
    expectOneSentence(same.err, /--out must name a new file/);
  });
});

describe("mapping command arguments", () => {
  it.each([
    [["mapping"], "The mapping command needs save or show: plan-tracker mapping show <file.xlsx>."],
    [
      ["mapping", "list", "a.xlsx"],
      'Unknown mapping action "list": use mapping save or mapping show.',
    ],
    [["mapping", "show"], "mapping show needs a workbook: plan-tracker mapping show <file.xlsx>."],
    [
      ["mapping", "save", "a.xlsx", "--out", "b.xlsx"],
      "mapping save needs --schema <mapping.json>: the mapping to store in the workbook.",
    ],
    [
      ["mapping", "save", "a.xlsx", "--schema", "m.json"],
      "mapping save needs --out <copy.xlsx>: the workbook you give is never changed.",
    ],
    [
      ["mapping", "show", "a.xlsx", "--schema", "m.json"],
      "--schema goes with mapping save, not mapping show.",
    ],
    [["validate", "a.xlsx", "--schema"], "--schema needs a value, e.g. --schema mapping.json."],
  ])("%p", async (args, sentence) => {
    const { code, err } = await cli(...args);
    expect(code).toBe(2);
    expect(err.trim()).toBe(sentence);
  });
});
