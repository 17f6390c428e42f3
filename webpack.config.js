// Builds the task pane (taskpane.html + lazy preview chunks), the ribbon function file
// (commands.html), and copies the icons, the sample workbooks and the manifest into dist/.
//
// Build options (webpack --env NAME=value):
//   OFFICE_JS_URL   where taskpane.html / commands.html load office.js from. Default: Microsoft's CDN,
//                   the only supported source (docs/TOOLCHAIN.md#office-js). Never bundled.
//   ADDIN_BASE_URL  replaces https://localhost:3000 in the copied manifest.xml (where the add-in is hosted).
//   HTTPS=1         dev server over https with the certificates in .certs/ (see "HTTPS" below).
//
// HTTPS: sideloading into Excel needs a trusted https origin; the preview does not. The dev server
// runs on plain http://localhost:3000 unless --env HTTPS=1 is given, and then it reads
// .certs/localhost.crt and .certs/localhost.key. office-addin-dev-certs is not a dependency; to
// create those files without touching the machine's trust store, install it and run its JS API
// (never its `install` command, which uses sudo):
//   node -e 'require("office-addin-dev-certs").generateCertificates(".certs/ca.crt", ".certs/localhost.crt", ".certs/localhost.key", 30)'
// then trust .certs/ca.crt in the browser or OS that runs Excel yourself. See docs/TOOLCHAIN.md.
const fs = require("fs");
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const { NormalModuleReplacementPlugin } = require("webpack");

const OFFICE_JS_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const DEV_BASE_URL = "https://localhost:3000";
// The JS that Excel loads for the pane must stay small: the desktop host restarts an add-in that is
// unresponsive for 5 s (docs/EXCEL.md#limits), and exceljs alone is 925 KiB (docs/TOOLCHAIN.md#exceljs), so it is lazy.
const PANE_BUDGET_BYTES = 350 * 1024;
const FLUENT_TOKENS = path.resolve(__dirname, "src/taskpane/theme/fluent-tokens.ts");

const httpsOptions = () => {
  const key = path.resolve(__dirname, ".certs/localhost.key");
  const cert = path.resolve(__dirname, ".certs/localhost.crt");
  if (!fs.existsSync(key) || !fs.existsSync(cert)) {
    throw new Error(
      "HTTPS=1 needs .certs/localhost.crt and .certs/localhost.key; see the HTTPS note at the top of webpack.config.js.",
    );
  }
  return { type: "https", options: { key: fs.readFileSync(key), cert: fs.readFileSync(cert) } };
};

const rewriteManifest = (content, baseUrl) => {
  const base = baseUrl.replace(/\/+$/, "");
  if (!/^https:\/\//.test(base)) {
    throw new Error(`ADDIN_BASE_URL must be an https:// address (Office loads add-ins only over https); got ${baseUrl}.`);
  }
  return content.toString().split(DEV_BASE_URL).join(base);
};

const config = (env = {}, argv = {}) => {
  const production = argv.mode === "production";
  const officeJsUrl = env.OFFICE_JS_URL || OFFICE_JS_CDN;
  const baseUrl = env.ADDIN_BASE_URL || DEV_BASE_URL;
  const samplesDir = path.resolve(__dirname, "assets/samples");

  return {
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: production ? "[name].[contenthash:8].js" : "[name].js",
      chunkFilename: production ? "[name].[contenthash:8].chunk.js" : "[name].chunk.js",
      // Chunks sit beside taskpane.html, so a relative path works wherever the add-in is hosted, and
      // webpack leaves out its "auto" publicPath probe (which falls back to new Function).
      publicPath: "",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [{ test: /\.tsx?$/, loader: "ts-loader", options: { transpileOnly: true }, exclude: /node_modules/ }],
    },
    // webpack's `global` shim falls back to `new Function("return this")`, which the pane's CSP
    // (no 'unsafe-eval') forbids; nothing here needs Node's `global`.
    node: { global: false },
    plugins: [
      // Fluent's `tokens` is a 30 KB literal of CSS variable names that the theme's own keys give
      // (src/taskpane/theme/fluent-tokens.ts, checked equal by its test): built instead, in start-up JS.
      new NormalModuleReplacementPlugin(/^\.\/tokens\.js$/, (resource) => {
        if (/[\\/]@fluentui[\\/]tokens[\\/]lib$/.test(resource.context)) resource.request = FLUENT_TOKENS;
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJsUrl,
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJsUrl,
      }),
      // SupportUrl and the ribbon's "learn more" link in manifest.xml: a static page, no script.
      new HtmlWebpackPlugin({ filename: "support.html", template: "./src/taskpane/support.html", chunks: [], inject: false }),
      new CopyWebpackPlugin({
        patterns: [
          // Icons only; the samples go to samples/ below, where the preview fetches them.
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "manifest.xml", to: "manifest.xml", transform: (content) => rewriteManifest(content, baseUrl) },
          ...(fs.existsSync(samplesDir) ? [{ from: "assets/samples/*.xlsx", to: "samples/[name][ext]" }] : []),
        ],
      }),
    ],
    optimization: {
      // One small runtime file shared by the pages, so a change in one chunk does not re-send the rest.
      runtimeChunk: "single",
      splitChunks: {
        chunks: "async",
        cacheGroups: {
          // exceljs gets its own lazily loaded file; it is fetched only in the browser preview.
          exceljs: { test: /[\\/]node_modules[\\/]exceljs[\\/]/, name: "exceljs", chunks: "async", priority: 20 },
          // JSZip (exceljs's own zip library, used directly to write charts and the mapping part) likewise
          // gets a named lazy file: only the .xlsx gateway (preview, CLI) loads it, never the pane in Excel,
          // and the e2e's eval check can tell vendor code from ours by its name.
          jszip: { test: /[\\/]node_modules[\\/]jszip[\\/]/, name: "jszip", chunks: "async", priority: 20 },
        },
      },
    },
    // The engine's Web Worker (src/taskpane/engines/start-engine-worker.ts: `new Worker(new URL("./engines.worker.ts",
    // import.meta.url))`) needs no entry here: webpack 5 makes it its own file, engine-worker.[hash].chunk.js,
    // which loads the core's chunks with importScripts (relative to itself, so publicPath "" holds) and
    // shares them with the in-thread fallback. It is fetched the first time a view runs an engine, never
    // at start-up, so it sits outside the start-up budget below (scripts/e2e.cjs scans it for eval).
    performance: production
      ? {
          hints: "error",
          maxEntrypointSize: PANE_BUDGET_BYTES,
          maxAssetSize: PANE_BUDGET_BYTES,
          // Only what loads inside Excel is budgeted; the lazy preview chunks are not.
          assetFilter: (file) => /^(runtime|taskpane|commands)\.[0-9a-f]+\.js$/.test(file),
        }
      : false,
    // No eval-based source maps, in development either: the CSP in taskpane.html has no 'unsafe-eval'.
    devtool: production ? "source-map" : "cheap-module-source-map",
    devServer: {
      port: 3000,
      // Everything is served from the in-memory build, samples included (CopyWebpackPlugin above).
      static: false,
      headers: { "Access-Control-Allow-Origin": "*" },
      server: env.HTTPS ? httpsOptions() : "http",
    },
  };
};

module.exports = config;
// For test/manifest/manifest.test.ts: the manifest the build writes must stay valid for any host.
module.exports.rewriteManifest = rewriteManifest;
