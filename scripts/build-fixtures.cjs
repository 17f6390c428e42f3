"use strict";
// Builds the four fixture workbooks from the seed facts (scripts/fixtures/data, copied from docs/SAMPLES.md
// and the seeds): for each layout the .xlsx and the WorkbookSnapshot JSON a gateway must read back
// (test/fixtures/generated/), plus copies of the .xlsx for the browser preview (assets/samples/).
// Generated files are never committed. See test/fixtures/README.md for what each fixture holds.
const fs = require("fs");
const path = require("path");

const ROOT = path.resolve(__dirname, "..");
const GENERATED_DIR = path.join(ROOT, "test", "fixtures", "generated");
const SAMPLES_DIR = path.join(ROOT, "assets", "samples");
const INPUT_DIR = path.join(__dirname, "fixtures");
const LAYOUT_IDS = ["gcc", "bcp", "thurrock", "scorecard"];

const outputsOf = (id) => [path.join(GENERATED_DIR, `${id}.xlsx`), path.join(GENERATED_DIR, `${id}.snapshot.json`), path.join(SAMPLES_DIR, `${id}.xlsx`)];

const listFiles = (dir) =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? listFiles(full) : [full];
  });

const mtime = (file) => {
  try {
    return fs.statSync(file).mtimeMs;
  } catch {
    return null;
  }
};

/** True when every output exists and is newer than this script and everything under scripts/fixtures. */
const outputsAreCurrent = () => {
  const newestInput = Math.max(...[__filename, ...listFiles(INPUT_DIR)].map((f) => mtime(f) || 0));
  return LAYOUT_IDS.flatMap(outputsOf).every((file) => {
    const t = mtime(file);
    return t !== null && t > newestInput;
  });
};

/** Write via a temporary file and rename, so a test run reading concurrently never sees half a file. */
const writeAtomically = (file, bytes) => {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temporary, bytes);
  fs.renameSync(temporary, file);
};

/** The snapshot JSON with one line per worksheet row, so a person can read the grid in the file. */
const formatSnapshot = (snapshot) =>
  `${JSON.stringify({ ...snapshot, sheets: snapshot.sheets.map((sheet, i) => ({ ...sheet, values: `@@values${i}@@` })) }, null, 1).replace(
    /"@@values(\d+)@@"/g,
    (_, i) => `[\n${snapshot.sheets[Number(i)].values.map((row) => `   ${JSON.stringify(row)}`).join(",\n")}\n  ]`,
  )}\n`;

const buildLayout = (id) => {
  const builders = {
    gcc: () => require("./fixtures/gcc.cjs").buildGcc(),
    bcp: () => require("./fixtures/bcp.cjs").buildBcp(),
    thurrock: () => require("./fixtures/thurrock.cjs").buildThurrock(),
    scorecard: () => require("./fixtures/scorecard.cjs").buildScorecard(),
  };
  return builders[id]();
};

/**
 * Builds every fixture unless all outputs are newer than the builder's inputs.
 * @param {{ quiet?: boolean, force?: boolean }} [options]
 * @returns {Promise<{ built: boolean, files: string[] }>}
 */
async function buildFixtures({ quiet = false, force = false } = {}) {
  const log = quiet ? () => {} : (message) => console.log(message);
  if (!force && outputsAreCurrent()) {
    log("fixtures: up to date");
    return { built: false, files: LAYOUT_IDS.flatMap(outputsOf) };
  }
  const { renderLayout } = require("./fixtures/render-layout.cjs");
  const files = [];
  for (const id of LAYOUT_IDS) {
    const { xlsx, snapshot } = await renderLayout(buildLayout(id));
    const [generatedXlsx, snapshotJson, sample] = outputsOf(id);
    writeAtomically(generatedXlsx, xlsx);
    writeAtomically(snapshotJson, formatSnapshot(snapshot));
    writeAtomically(sample, xlsx);
    files.push(generatedXlsx, snapshotJson, sample);
    log(`fixtures: ${id} (${snapshot.sheets.map((s) => `${s.name} ${s.values.length} rows`).join(", ")})`);
  }
  return { built: true, files };
}

module.exports = { buildFixtures, LAYOUT_IDS };

if (require.main === module) {
  buildFixtures({ force: process.argv.includes("--force") }).catch((error) => {
    console.error(`fixtures: could not build the fixture workbooks: ${error.message}`);
    process.exitCode = 1;
  });
}
