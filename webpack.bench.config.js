/* eslint-disable @typescript-eslint/no-require-imports */
// The benchmark runner (npm run bench): TypeScript bundled for Node like the CLI, so it can time the
// real core, the strict fake Excel API and the real CLI bundle in one run.
const path = require("path");

module.exports = {
  target: "node20",
  mode: "production",
  entry: { bench: "./bench/run-bench.ts" },
  output: { path: path.resolve(__dirname, "dist-bench"), filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".js"] },
  module: { rules: [{ test: /\.ts$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }] },
  externals: { exceljs: "commonjs exceljs" },
  optimization: { minimize: false },
  devtool: "source-map",
};
