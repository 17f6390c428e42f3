import { join } from "node:path";
import { bundleBench } from "./bundle-bench";
import { cliBench } from "./cli-bench";
import { engineBench } from "./engine-bench";
import { excelBench } from "./excel-bench";

const args = process.argv.slice(2);
const json = args.includes("--json");
const only = args.find((a) => a.startsWith("--only="))?.slice(7);
// --sizes=100000 runs the engine at the sizes given (e.g. under --cpu-prof while profiling one size).
const sizes = args
  .find((a) => a.startsWith("--sizes="))
  ?.slice(8)
  .split(",")
  .map(Number);
const root = join(__dirname, "..");

const BUDGET = {
  ratio: 5,
  requestBytes: 4 * 1024 * 1024,
  taskpaneBytes: 350 * 1024,
  cliMs: 10_000,
  cliMb: 1024,
};

const TIMED_RUNS = 5;

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

const main = async (): Promise<void> => {
  const results: Record<string, unknown> = {};
  // Five timed runs, not three: at 100,000 actions a major collection (~100–140 ms) lands in one run
  // in three often enough that the median of three swung between 3.9× and 5.2× (docs/SPEED.md).
  if (!only || only === "engine")
    results.engine = engineBench(sizes ?? [1000, 10_000, 100_000], TIMED_RUNS);
  if (!only || only === "excel") results.excel = await excelBench([100, 10_000, 100_000]);
  if (!only || only === "bundle") results.bundle = bundleBench(join(root, "dist"));
  if (!only || only === "cli") results.cli = await cliBench(root, 20_000);
  if (json) {
    process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
    return;
  }
  const lines: string[] = [];
  for (const e of (results.engine as ReturnType<typeof engineBench>) ?? [])
    lines.push(
      `engine  ${String(e.actions).padStart(7)} actions  ${e.ms} ms  floor ${e.floorMs} ms  ×${e.ratio}${e.ratio > BUDGET.ratio ? `  OVER ${BUDGET.ratio}× BUDGET` : ""}`
    );
  for (const x of (results.excel as Awaited<ReturnType<typeof excelBench>>) ?? [])
    lines.push(
      `excel   ${String(x.rows).padStart(7)} rows  ${x.operation.padEnd(8)} ${x.syncs} syncs  largest request ${Math.round(x.maxRequestBytes / 1024)} KB${x.maxRequestBytes > BUDGET.requestBytes ? "  OVER 4 MB" : ""}  largest response ${Math.round(x.maxResponseBytes / 1024)} KB  moved ${mib(x.totalRequestBytes)} up ${mib(x.totalResponseBytes)} down${x.refusedSyncs > 0 ? `  ${x.refusedSyncs} REFUSED` : ""}`
    );
  const cli0 = results.cli as { ms: number; peakRssMb: number } | undefined;
  if (cli0 && (cli0.ms > BUDGET.cliMs || cli0.peakRssMb > BUDGET.cliMb))
    lines.push("cli     OVER BUDGET (10 s, 1 GB)");
  const bundle = results.bundle as ReturnType<typeof bundleBench> | undefined;
  if (bundle)
    lines.push(
      `bundle  loads in Excel at start-up ${Math.round(bundle.taskpaneBytes / 1024)} KB${bundle.taskpaneBytes > BUDGET.taskpaneBytes ? "  OVER 350 KB" : ""} (with every view opened ${Math.round(bundle.excelOnDemandBytes / 1024)} KB), preview-only ${Math.round(bundle.previewBytes / 1024)} KB`
    );
  const cli = results.cli as Awaited<ReturnType<typeof cliBench>> | undefined;
  if (cli)
    lines.push(
      `cli     ${cli.actions} actions  ${(cli.ms / 1000).toFixed(1)} s  peak ${cli.peakRssMb} MB`
    );
  process.stdout.write(`${lines.join("\n")}\n`);
};

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
