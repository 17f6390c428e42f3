import { engineBench } from "./engine-bench";

const args = process.argv.slice(2);
const json = args.includes("--json");
const only = args.find((a) => a.startsWith("--only="))?.slice(7);

const main = async (): Promise<void> => {
  const results: Record<string, unknown> = {};
  if (!only || only === "engine") results.engine = engineBench([1000, 10_000, 100_000], 3);
  if (json) process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
  else process.stdout.write(`${JSON.stringify(results, null, 2)}\n`);
};

void main();
