/* eslint-disable @typescript-eslint/no-require-imports */
// The command line as one file: Node cannot resolve the extensionless imports that
// `moduleResolution: "bundler"` allows, so the CLI is bundled rather than compiled (docs/TOOLCHAIN.md).
// exceljs stays external: it is a runtime dependency, and bundling it would pull its browser build.
const path = require("path");

module.exports = {
  target: "node20",
  mode: "production",
  entry: { cli: "./src/cli/main.ts" },
  // commonjs2 so bin/plan-tracker.js can require the bundle and call its main().
  output: { path: path.resolve(__dirname, "dist-cli"), filename: "[name].js", clean: true, library: { type: "commonjs2" } },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }] },
  externals: { exceljs: "commonjs exceljs" },
  // A CLI is read in stack traces, not shipped to browsers: keep names, and a source map beside it.
  optimization: { minimize: false },
  devtool: "source-map",
};
