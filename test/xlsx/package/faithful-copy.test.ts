/**
 * @jest-environment node
 */
import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { runCli } from "../../support/run-cli";
import { compareParts, partText, partsOf, type Parts } from "../helpers/package-parts";
import { visibleCells } from "../helpers/visible-cells";
import { EXTRA_PARTS, withExtraParts } from "../helpers/with-extra-parts";
import { withPrefixes } from "../helpers/with-prefixes";

/**
 * A copy differs from its input only where Plan Tracker wrote (docs/EXCEL.md#faithful-copies): every
 * part it did not mean to change is byte for byte the input's, and in a sheet it wrote to, every
 * element outside the cells and rules it changed, and every cell it did not write, is as it was.
 */
const SAMPLES = join(__dirname, "..", "..", "fixtures", "generated");
const REAL_WORLD = join(__dirname, "../../../../shared/real-world");
const BIN = join(__dirname, "..", "..", "..", "bin", "plan-tracker.js");
const realWorld = existsSync(REAL_WORLD) ? describe : describe.skip;
if (!existsSync(REAL_WORLD))
  console.warn(`Skipping the real-world copies: ${REAL_WORLD} is not there.`);

let folder = "";
beforeAll(() => {
  folder = mkdtempSync(join(tmpdir(), "plan-tracker-faithful-"));
});
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const WORKBOOK_PARTS = new Set([
  "[Content_Types].xml",
  "xl/workbook.xml",
  "xl/_rels/workbook.xml.rels",
  "xl/styles.xml",
]);

// Any namespace prefix, so a part written "<x:sheetData>…" is compared like one written "<sheetData>".
const P = "(?:[A-Za-z_][\\w.-]*:)?";

/** A sheet part without its cells and the rules and lists Plan Tracker may rewrite: what must never change. */
const frame = (xml: string): string =>
  xml
    .replace(new RegExp(`<${P}sheetData[\\s\\S]*?</${P}sheetData>|<${P}sheetData/>`), "")
    .replace(
      new RegExp(`<${P}conditionalFormatting\\b[\\s\\S]*?</${P}conditionalFormatting>`, "g"),
      ""
    )
    .replace(new RegExp(`<${P}dataValidations\\b[\\s\\S]*?</${P}dataValidations>`), "")
    .replace(new RegExp(`<${P}cols>[\\s\\S]*?</${P}cols>`), "")
    .replace(new RegExp(`<${P}dimension\\b[^>]*/>`), "");

const CELL = new RegExp(`<${P}c\\b[^>]*?\\br="([A-Z]+\\d+)"[^>]*?(?:/>|>[\\s\\S]*?</${P}c>)`, "g");

const cellsOf = (xml: string): Map<string, string> =>
  new Map([...xml.matchAll(CELL)].map((match) => [match[1], match[0]]));

/** The columns whose cells changed in a sheet part. */
const changedColumns = (before: string, after: string): string[] => {
  const [a, b] = [cellsOf(before), cellsOf(after)];
  const columns = new Set<string>();
  for (const address of new Set([...a.keys(), ...b.keys()]))
    if (a.get(address) !== b.get(address)) columns.add(address.replace(/\d+$/, ""));
  return [...columns].sort();
};

const expectFaithful = (before: Parts, after: Parts, maxColumns: number): void => {
  const diff = compareParts(before, after);
  expect(diff.removed).toEqual([]);
  for (const path of diff.changed) {
    if (WORKBOOK_PARTS.has(path)) continue;
    expect(path).toMatch(/^xl\/worksheets\/[^/]+\.xml$/);
    expect(frame(partText(after, path))).toBe(frame(partText(before, path)));
    expect(
      changedColumns(partText(before, path), partText(after, path)).length
    ).toBeLessThanOrEqual(maxColumns);
  }
  expect(
    diff.added.every((path) => /^(xl\/(worksheets|drawings|charts)\/|customXml\/)/.test(path))
  ).toBe(true);
};

const copyOf = async (command: string[], input: string, output: string): Promise<Parts> => {
  const result = await runCli(
    ...command.slice(0, 1),
    input,
    ...command.slice(1),
    output,
    "--as-of",
    "2025-01-31"
  );
  expect(result.err).toBe("");
  expect(result.code).toBe(0);
  return partsOf(new Uint8Array(readFileSync(output)));
};

describe("copies of the samples", () => {
  it.each(["bcp", "gcc", "thurrock", "scorecard"])(
    "Refresh RAG and the board report on %s change only what they write",
    async (sample) => {
      const input = join(SAMPLES, `${sample}.xlsx`);
      const before = await partsOf(new Uint8Array(readFileSync(input)));
      // Refresh RAG writes one column of ratings and its heading on each table it rates.
      expectFaithful(
        before,
        await copyOf(["rag", "--write"], input, join(folder, `${sample}-rag.xlsx`)),
        4
      );
      expectFaithful(
        before,
        await copyOf(["report", "--out"], input, join(folder, `${sample}-report.xlsx`)),
        0
      );
    },
    60_000
  );
});

describe("a workbook carrying every kind of part the writer does not model", () => {
  let input = "";
  let before: Parts;
  beforeAll(async () => {
    input = join(folder, "decorated.xlsx");
    writeFileSync(
      input,
      await withExtraParts(new Uint8Array(readFileSync(join(SAMPLES, "bcp.xlsx"))))
    );
    before = await partsOf(new Uint8Array(readFileSync(input)));
  });

  it.each([
    ["rag", "--write"],
    ["report", "--out"],
  ])(
    "keeps charts, notes, printer settings, links, pivot caches, names, protection, custom XML and labels through %s",
    async (...command) => {
      const after = await copyOf(command, input, join(folder, `decorated-${command[0]}.xlsx`));
      expectFaithful(before, after, 4);
      for (const part of EXTRA_PARTS)
        expect(
          Buffer.from(after.get(part) ?? []).equals(Buffer.from(before.get(part) ?? [0]))
        ).toBe(true);
      expect(partText(after, "_rels/.rels")).toBe(partText(before, "_rels/.rels"));
      const workbook = partText(after, "xl/workbook.xml");
      expect(workbook).toContain('<workbookProtection lockStructure="1"/>');
      expect(workbook).toContain(
        '<externalReferences><externalReference r:id="rIdX5"/></externalReferences>'
      );
      expect(workbook).toContain(
        '<definedName name="LocalTotal" localSheetId="0">[1]Budget!$A$1</definedName>'
      );
      const plan = partText(after, "xl/worksheets/sheet1.xml");
      expect(plan).toContain('<drawing r:id="rIdX1"/><legacyDrawing r:id="rIdX3"/><extLst>');
      expect(plan).toMatch(/<pageSetup\b[^>]*r:id="rIdX4"/);
    },
    60_000
  );

  it("is undone on its copy to the cells the plan sheet had, the extra parts untouched", async () => {
    const rated = join(folder, "decorated-rag.xlsx");
    if (!existsSync(rated)) await copyOf(["rag", "--write"], input, rated);
    const out = join(folder, "decorated-undone.xlsx");
    const result = await runCli("undo", rated, "--out", out);
    expect(result.code).toBe(0);
    const undone = await partsOf(new Uint8Array(readFileSync(out)));
    for (const part of EXTRA_PARTS)
      expect(Buffer.from(undone.get(part) ?? []).equals(Buffer.from(before.get(part) ?? [0]))).toBe(
        true
      );
    // What a person sees on the plan sheet is as before Refresh RAG (Plan Tracker's own sheets stay, emptied of the record).
    const plan = (lines: string[]): string[] =>
      lines.filter((line) => line.startsWith("Improvement Plan!"));
    expect(plan(await visibleCells(new Uint8Array(readFileSync(out))))).toEqual(
      plan(await visibleCells(new Uint8Array(readFileSync(input))))
    );
  }, 60_000);
});

realWorld("copies of the real-world trackers", () => {
  const files = existsSync(REAL_WORLD)
    ? readdirSync(REAL_WORLD).filter((name) => name.endsWith(".xlsx"))
    : [];

  // Through the built command line, as a person runs it (some of these files need Node's own stream decoders).
  const cli = async (...args: string[]): Promise<string> =>
    (await promisify(execFile)(process.execPath, [BIN, ...args], { maxBuffer: 64 * 1024 * 1024 }))
      .stdout;

  it.each(files)(
    "mapping save on %s changes only the mapping's parts",
    async (name) => {
      const input = join(REAL_WORLD, name);
      const mapping = join(folder, `${name}.json`);
      writeFileSync(
        mapping,
        await cli("detect", input, "--json").catch(
          (error: { stdout?: string }) => error.stdout ?? ""
        )
      );
      const out = join(folder, `${name}.mapped.xlsx`);
      await cli("mapping", "save", input, "--schema", mapping, "--out", out);
      const diff = compareParts(
        await partsOf(new Uint8Array(readFileSync(input))),
        await partsOf(new Uint8Array(readFileSync(out)))
      );
      expect(diff.removed).toEqual([]);
      expect(
        diff.changed.filter(
          (path) => path !== "[Content_Types].xml" && path !== "xl/_rels/workbook.xml.rels"
        )
      ).toEqual([]);
      expect(diff.added.every((path) => path.startsWith("customXml/"))).toBe(true);
    },
    90_000
  );

  it.each(
    [
      "nhse-operational-priorities.xlsx",
      "nhse-balanced-scorecard.xlsx",
      "ipa-gmpp-2019.xlsx",
    ].filter((name) => files.includes(name))
  )(
    "Refresh RAG and the report on %s change only what they write",
    async (name) => {
      const input = join(REAL_WORLD, name);
      const before = await partsOf(new Uint8Array(readFileSync(input)));
      expectFaithful(
        before,
        await copyOf(["rag", "--write"], input, join(folder, `${name}-rag.xlsx`)),
        4
      );
      expectFaithful(
        before,
        await copyOf(["report", "--out"], input, join(folder, `${name}-report.xlsx`)),
        0
      );
    },
    90_000
  );
});

describe("a workbook whose parts bind their namespaces to prefixes", () => {
  let input = "";
  let before: Parts;
  beforeAll(async () => {
    input = join(folder, "prefixed.xlsx");
    writeFileSync(
      input,
      await withPrefixes(new Uint8Array(readFileSync(join(SAMPLES, "bcp.xlsx"))))
    );
    before = await partsOf(new Uint8Array(readFileSync(input)));
  });

  it.each([
    ["rag", "--write"],
    ["report", "--out"],
  ])(
    "is copied by %s with its prefixes, each part it adds to written in the part's own",
    async (...command) => {
      const output = join(folder, `prefixed-${command[0]}.xlsx`);
      const after = await copyOf(command, input, output);
      expectFaithful(before, after, 4);
      // An element added without the prefix would be in no namespace: unread, or a damaged file.
      const unprefixed = /<(?:sheet|row|c|Relationship|Override|Default)\b/;
      for (const path of [
        "xl/workbook.xml",
        "xl/_rels/workbook.xml.rels",
        "[Content_Types].xml",
        "xl/worksheets/sheet1.xml",
      ])
        expect(partText(after, path)).not.toMatch(unprefixed);
      expect(partText(after, "xl/workbook.xml").match(/<x:sheet\b/g)?.length).toBeGreaterThan(1);
      // Read back, the copy is the plan it was, and its own sheets are known as Plan Tracker's.
      const issues = async (file: string): Promise<unknown> =>
        (JSON.parse((await runCli("validate", file, "--json")).out) as { issues: unknown }).issues;
      expect(await issues(output)).toEqual(await issues(join(SAMPLES, "bcp.xlsx")));
    },
    60_000
  );
});

const SOFFICE = "/usr/bin/soffice";
const soffice = (args: string[]) =>
  promisify(execFile)(
    SOFFICE,
    ["--headless", `-env:UserInstallation=file://${join(folder, "lo-profile")}`, ...args],
    { timeout: 240_000 }
  );

/** Every relationship in a package points at a part it has (external targets aside). */
const danglingTargets = (parts: Parts): string[] => {
  const missing: string[] = [];
  for (const path of [...parts.keys()].filter((name) => name.endsWith(".rels"))) {
    // "xl/_rels/workbook.xml.rels" belongs to xl/workbook.xml; "_rels/.rels" to the package itself.
    const base = path.split("/").slice(0, -2);
    for (const match of partText(parts, path).matchAll(/<Relationship\b[^>]*>/g)) {
      if (/TargetMode="External"/.test(match[0])) continue;
      const target = /Target="([^"]+)"/.exec(match[0])?.[1] ?? "";
      const resolved: string[] = target.startsWith("/") ? [] : [...base];
      for (const piece of target.replace(/^\//, "").split("/")) {
        if (piece === "..") resolved.pop();
        else if (piece !== ".") resolved.push(piece);
      }
      if (!parts.has(resolved.join("/"))) missing.push(`${path} → ${target}`);
    }
  }
  return missing;
};

(existsSync(SOFFICE) ? describe : describe.skip)("LibreOffice", () => {
  it("saves a workbook whose copy still has every part its relationships name (the theme included)", async () => {
    const saved = join(folder, "lo");
    await soffice([
      "--convert-to",
      "xlsx:Calc MS Excel 2007 XML",
      "--outdir",
      saved,
      join(SAMPLES, "bcp.xlsx"),
    ]);
    const input = join(saved, "bcp.xlsx");
    const copy = await copyOf(["rag", "--write"], input, join(folder, "lo-saved-rag.xlsx"));
    expect(danglingTargets(copy)).toEqual([]);
    expectFaithful(await partsOf(new Uint8Array(readFileSync(input))), copy, 4);
  }, 300_000);

  it("opens every copy made above", async () => {
    const copies = readdirSync(folder).filter(
      (name) => name.endsWith(".xlsx") && name !== "decorated.xlsx"
    );
    expect(copies.length).toBeGreaterThan(8);
    const out = join(folder, "csv");
    await soffice([
      "--convert-to",
      "csv",
      "--outdir",
      out,
      ...copies.map((name) => join(folder, name)),
    ]);
    const converted = readdirSync(out);
    expect(copies.filter((name) => !converted.includes(name.replace(/\.xlsx$/, ".csv")))).toEqual(
      []
    );
  }, 300_000);
});
