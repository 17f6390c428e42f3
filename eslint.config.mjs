// Lint for `npm run lint` (office-addin-lint check, which picks this file up; docs/TOOLCHAIN.md).
// - office-addins/* catch Office.js load/sync mistakes that the tests' fakes cannot.
// - no `any`, anywhere (house rule).
// - Dependencies point inwards (docs/EXCEL.md): the core imports nothing outside itself; excel/ and xlsx/
//   never import each other; the pane and the ribbon receive a gateway and do not import the
//   gateways' internals. The pane's preview reaches src/xlsx only through a dynamic import(), which
//   this rule (static imports only) deliberately allows: that keeps exceljs out of the Excel bundle.
import tsParser from "@typescript-eslint/parser";
import officeAddins from "eslint-plugin-office-addins";
import react from "eslint-plugin-react";
import globals from "globals";

const restrict = (patterns) => ["error", { patterns }];

// The plugin's recommended config registers its own copy of @typescript-eslint (for .ts/.js only);
// reuse that copy, since ESLint refuses two different plugins under one name for the same file.
const officeBlock = officeAddins.configs.recommended.find((config) => config.plugins && config.plugins["@typescript-eslint"]);
const tsPlugin = officeBlock.plugins["@typescript-eslint"];

export default [
  { ignores: ["dist/**", "dist-cli/**", "build-tsc/**", "coverage/**", "node_modules/**", "test-output/**", "**/generated/**"] },
  ...officeAddins.configs.recommended,
  {
    files: ["**/*.{ts,tsx}"],
    languageOptions: {
      // The recommended config names a parser it does not ship (it arrives undefined) and ES6.
      parser: tsParser,
      ecmaVersion: "latest",
      sourceType: "module",
      parserOptions: { ecmaFeatures: { jsx: true } },
      globals: { ...globals.browser },
    },
    plugins: { "@typescript-eslint": tsPlugin, "office-addins": officeAddins, react },
    settings: { react: { version: "18.3" } },
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      // TypeScript already checks names and types; these core rules misfire on type-only code.
      "no-undef": "off",
      "no-unused-vars": "off",
      "no-redeclare": "off",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "react/jsx-key": "error",
      "react/jsx-no-target-blank": "error",
      "react/no-danger": "error", // workbook text is rendered as text, never as HTML (docs/RULES.md rule 18)
      "react/no-unknown-property": "error",
      "react/jsx-no-duplicate-props": "error",
    },
  },
  {
    // Type-aware rules: a promise nobody awaits or catches fails silently (a write that never happened,
    // a read whose error nobody sees), and a switch that misses a case of a union (a new RAG level, a
    // new issue kind) must say so when the union grows.
    files: ["src/**/*.{ts,tsx}", "test/**/*.{ts,tsx}", "bench/**/*.ts"],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
    },
  },
  {
    files: ["src/core/**/*.ts"],
    rules: {
      "no-restricted-imports": restrict([
        { group: ["**/app/**", "**/excel/**", "**/xlsx/**", "**/taskpane/**", "**/commands/**", "**/cli/**"], message: "src/core is pure: it imports nothing outside src/core." },
        { group: ["exceljs", "react", "react-dom", "@fluentui/*", "fs", "path", "node:*"], message: "src/core is pure: no I/O, no UI, no exceljs." },
      ]),
      "no-restricted-globals": ["error", "document", "window", "Office", "Excel", "localStorage", "fetch"],
      "no-restricted-properties": ["error", { object: "Date", property: "now", message: "Pass the date in; the core never reads the clock." }],
    },
  },
  {
    files: ["src/excel/**/*.ts"],
    rules: { "no-restricted-imports": restrict([{ group: ["**/xlsx/**", "exceljs", "**/taskpane/**"], message: "The Excel gateway never imports the .xlsx gateway or the UI." }]) },
  },
  {
    files: ["src/xlsx/**/*.ts"],
    rules: { "no-restricted-imports": restrict([{ group: ["**/excel/**", "**/taskpane/**"], message: "The .xlsx gateway never imports the Excel gateway or the UI." }]) },
  },
  {
    // The pane and the ribbon get a WorkbookGateway; only the pane's entry creates the Excel one.
    files: ["src/taskpane/**/*.{ts,tsx}", "src/commands/**/*.ts"],
    ignores: ["src/taskpane/index.tsx"],
    rules: {
      "no-restricted-imports": restrict([
        { group: ["**/excel/**"], message: "Only src/taskpane/index.tsx creates the Excel gateway; components receive a WorkbookGateway." },
        { group: ["**/xlsx/**", "exceljs"], message: "Load the .xlsx gateway with a dynamic import() (preview-gateway.ts) so exceljs stays out of the Excel bundle." },
      ]),
    },
  },
  {
    files: ["**/*.{cjs,js}"],
    languageOptions: { ecmaVersion: "latest", sourceType: "commonjs", globals: { ...globals.node } },
  },
  {
    files: ["**/*.mjs"],
    languageOptions: { ecmaVersion: "latest", sourceType: "module", globals: { ...globals.node } },
  },
  {
    // Scripts that run in the page (the office.js stand-ins for the end-to-end test).
    files: ["test/e2e/**/*.js"],
    languageOptions: { sourceType: "script", globals: { ...globals.browser } },
  },
  {
    // Formatting is not a lint error here: the recommended config's prettier rule assumes an
    // 80-column style this codebase does not use, and would bury real findings.
    rules: { "prettier/prettier": "off" },
  },
];
