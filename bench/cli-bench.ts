import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { generatePlan } from "../test/support/generated-plan";

export interface CliFigure {
  actions: number;
  ms: number;
  peakRssMb: number;
}

/** Write a generated plan as a real .xlsx with exceljs (numbers formats and fills included). */
const writeWorkbook = async (actions: number, path: string): Promise<void> => {
  const ExcelJS = (await import("exceljs")).default;
  const snapshot = generatePlan({ actions, measures: 200, months: 24 });
  const workbook = new ExcelJS.Workbook();
  for (const sheet of snapshot.sheets) {
    const worksheet = workbook.addWorksheet(sheet.name);
    sheet.values.forEach((row) => worksheet.addRow(row.map((v) => (v === null ? undefined : v))));
    for (const [address, format] of Object.entries(sheet.numberFormats))
      worksheet.getCell(address).numFmt = format;
    for (const [address, fill] of Object.entries(sheet.fills))
      worksheet.getCell(address).fill = {
        type: "pattern",
        pattern: "solid",
        fgColor: { argb: `FF${fill.slice(1)}` },
      };
  }
  writeFileSync(path, new Uint8Array(await workbook.xlsx.writeBuffer()));
};

/**
 * The command line end to end on a generated 20,000-action workbook: wall time and the process's
 * peak memory (budget: under 10 s and 1 GB), measured on the real CLI bundle.
 */
export const cliBench = async (root: string, actions: number): Promise<CliFigure> => {
  const path = join(
    mkdtempSync(join(tmpdir(), "plan-tracker-bench-")),
    `generated-${actions}.xlsx`
  );
  await writeWorkbook(actions, path);
  // The child reports its own peak resident memory when it exits (a file, so argv is as the CLI's).
  const probe = join(dirname(path), "probe.js");
  writeFileSync(
    probe,
    `process.on("exit", () => process.stderr.write("PEAK_RSS_KB=" + process.resourceUsage().maxRSS + "\\n")); require(${JSON.stringify(join(root, "dist-cli", "cli.js"))}).main();\n`
  );
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, [probe, "validate", path, "--json"], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (run.status !== 0 && run.status !== 1)
    throw new Error(`the CLI failed: ${run.stderr.split("\n")[0]}`);
  const peak = /PEAK_RSS_KB=(\d+)/.exec(run.stderr);
  writeFileSync(`${path}.out.json`, run.stdout);
  return { actions, ms: Math.round(ms), peakRssMb: peak ? Math.round(Number(peak[1]) / 1024) : -1 };
};
