/** @jest-environment node */
import * as fs from "fs";
import * as path from "path";

/** The pane's build (webpack.config.js) and page template: what Excel is given to load. */
const ROOT = path.resolve(__dirname, "../..");
type HtmlPlugin = {
  constructor: { name: string };
  userOptions?: { filename?: string; officeJsUrl?: string; chunks?: string[] };
};
type CacheGroup = { test: RegExp; name: string; chunks: string };
type Config = {
  plugins: HtmlPlugin[];
  devtool: string;
  node: { global: boolean };
  output: { publicPath: string };
  optimization: { splitChunks: { cacheGroups: Record<string, CacheGroup> } };
};
const makeConfig = require("../../webpack.config.js") as (
  env: Record<string, string>,
  argv: Record<string, string>
) => Config;

const pages = (config: Config) =>
  config.plugins
    .filter((p) => p.constructor.name === "HtmlWebpackPlugin")
    .map((p) => p.userOptions ?? {});

describe("webpack.config.js", () => {
  it("loads office.js from Microsoft's CDN by default, and from --env OFFICE_JS_URL when given", () => {
    const byDefault = pages(makeConfig({}, { mode: "production" }));
    expect(
      byDefault.filter((p) => p.filename !== "support.html").map((p) => [p.filename, p.officeJsUrl])
    ).toEqual([
      ["taskpane.html", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
      ["commands.html", "https://appsforoffice.microsoft.com/lib/1/hosted/office.js"],
    ]);
    const stubbed = pages(
      makeConfig({ OFFICE_JS_URL: "/test/office-stub.js" }, { mode: "production" })
    );
    expect(stubbed.find((p) => p.filename === "taskpane.html")?.officeJsUrl).toBe(
      "/test/office-stub.js"
    );
  });

  it("never uses eval-based source maps, which the pane's CSP would block", () => {
    expect(makeConfig({}, { mode: "production" }).devtool).toBe("source-map");
    expect(makeConfig({}, { mode: "development" }).devtool).not.toMatch(/eval/);
  });

  it("puts exceljs and JSZip, which only the .xlsx gateway uses, in their own named lazy chunks", () => {
    const groups = makeConfig({}, { mode: "production" }).optimization.splitChunks.cacheGroups;
    for (const name of ["exceljs", "jszip"]) {
      expect(groups[name]).toMatchObject({ name, chunks: "async" });
      expect(groups[name].test.test(path.join(ROOT, "node_modules", name, "lib", "index.js"))).toBe(
        true
      );
    }
    expect(
      groups.jszip.test.test(path.join(ROOT, "node_modules", "exceljs", "dist", "exceljs.min.js"))
    ).toBe(false);
  });

  it("refuses HTTPS=1 without certificates, in one sentence", () => {
    if (fs.existsSync(path.join(ROOT, ".certs", "localhost.key"))) return;
    expect(() => makeConfig({ HTTPS: "1" }, { mode: "development" })).toThrow(
      "HTTPS=1 needs .certs/localhost.crt and .certs/localhost.key; see the HTTPS note at the top of webpack.config.js."
    );
  });
});

describe("taskpane.html", () => {
  const html = fs.readFileSync(path.join(ROOT, "src/taskpane/taskpane.html"), "utf8");
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? "";
  const directives = new Map(
    csp
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .map(([name, ...values]) => [name, values])
  );

  it("has a Content-Security-Policy with no unsafe-eval and no remote code beyond office.js", () => {
    expect(csp).not.toContain("unsafe-eval");
    expect(directives.get("default-src")).toEqual(["'self'"]);
    expect(directives.get("script-src")).toEqual([
      "'self'",
      "https://appsforoffice.microsoft.com",
      "https://ajax.aspnetcdn.com",
    ]);
    expect(directives.get("connect-src")).toEqual(["'self'"]);
    expect(directives.get("object-src")).toEqual(["'none'"]);
    expect(directives.get("img-src")).toEqual(["'self'", "data:"]);
  });

  it("loads office.js with a plain script tag in <head>, from the build option", () => {
    const head = html.slice(0, html.indexOf("</head>"));
    expect(head).toContain('<script src="<%= htmlWebpackPlugin.options.officeJsUrl %>"></script>');
  });
});
