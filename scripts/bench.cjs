#!/usr/bin/env node
// npm run bench [-- --json]: build what is measured (the pane, the CLI, the bench runner), then run it.
const { execFileSync, spawnSync } = require("node:child_process");
const path = require("node:path");

const root = path.join(__dirname, "..");
const quiet = { cwd: root, stdio: ["ignore", "ignore", "inherit"] };
const webpack = path.join(root, "node_modules", ".bin", "webpack");
execFileSync(process.execPath, [path.join(root, "scripts", "build-fixtures.cjs")], quiet);
execFileSync(webpack, ["--mode", "production"], quiet);
execFileSync(webpack, ["--config", "webpack.cli.config.js"], quiet);
execFileSync(webpack, ["--config", "webpack.bench.config.js"], quiet);
const run = spawnSync(process.execPath, ["--max-old-space-size=4096", path.join(root, "dist-bench", "bench.js"), ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
process.exit(run.status ?? 1);
