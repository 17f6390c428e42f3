#!/usr/bin/env node
// The CLI is bundled by webpack (npm run build:cli, run by `npm ci` through the prepare script),
// because TypeScript's bundler-style imports cannot be run by Node directly.
const path = require("node:path");
const fs = require("node:fs");

const bundle = path.join(__dirname, "..", "dist-cli", "cli.js");
if (!fs.existsSync(bundle)) {
  process.stderr.write("plan-tracker: the command line is not built yet. Run `npm run build:cli` (npm ci does this) and try again.\n");
  process.exit(2);
}
require(bundle).main();
