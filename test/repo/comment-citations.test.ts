/** @jest-environment node */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import ts from "typescript";

/**
 * Comments (and test names) cite only the repository's own docs/ pages or public standards: a reader of
 * the code has those, and nothing else. Documents kept outside the repository, and issue numbers, mean
 * nothing to them (docs/HISTORY.md says what each earlier piece of work asked for).
 */
const ROOT = join(__dirname, "..", "..");
const SCANNED = ["src", "test"];
const SOURCE = /\.(ts|tsx|js|cjs|mjs)$/;
const SKIPPED = new Set(["node_modules", "generated", "fixtures"]);

// Spelled in pieces so that this file does not cite them itself.
const OUTSIDE: Array<[RegExp, string]> = [
  [new RegExp(`\\b${"DOM"}${"AIN"}\\b`), "a document outside the repository"],
  [new RegExp(`\\b${"DES"}${"IGN"}\\.md\\b`), "a document outside the repository"],
  [new RegExp(`\\b${"ECO"}${"SYSTEM"}\\b`), "a document outside the repository"],
  [new RegExp(`\\b${"iss"}ue #\\d+`, "i"), "an issue number (cite docs/HISTORY.md#issue-N)"],
];
/** A section sign is fine beside the public standard it belongs to. */
const SECTION = "\u00a7";
const STANDARD = /ECMA-376|ISO\/IEC|XML 1\.0|RFC \d+|WCAG|Unicode|ECMA-262|HTML/;

const files = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    if (SKIPPED.has(name)) return [];
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return SOURCE.test(name) ? [path] : [];
  });

const COMMENTS = new Set([
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
]);
const STRINGS = new Set([
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateHead,
]);

/** Each comment and string literal of a file, with its line. */
const textsOf = (path: string): Array<{ line: number; text: string }> => {
  const source = readFileSync(path, "utf8");
  const scanner = ts.createScanner(
    ts.ScriptTarget.Latest,
    false,
    path.endsWith(".tsx") ? ts.LanguageVariant.JSX : ts.LanguageVariant.Standard,
    source
  );
  const texts: Array<{ line: number; text: string }> = [];
  for (let token = scanner.scan(); token !== ts.SyntaxKind.EndOfFileToken; token = scanner.scan()) {
    if (COMMENTS.has(token) || STRINGS.has(token)) {
      texts.push({
        line: source.slice(0, scanner.getTokenStart()).split("\n").length,
        text: scanner.getTokenText(),
      });
    }
  }
  return texts;
};

describe("comments cite only what is in the repository", () => {
  const all = SCANNED.flatMap((dir) => files(join(ROOT, dir))).filter(
    (path) => path !== __filename
  );

  it("finds the sources to check", () => {
    expect(all.length).toBeGreaterThan(100);
  });

  it("names no document kept outside the repository, no issue number, and no section outside a public standard", () => {
    const found: string[] = [];
    for (const path of all) {
      for (const { line, text } of textsOf(path)) {
        const where = `${relative(ROOT, path)}:${line}`;
        for (const [pattern, what] of OUTSIDE)
          if (pattern.test(text))
            found.push(`${where} cites ${what}: ${text.trim().slice(0, 100)}`);
        if (text.includes(SECTION) && !STANDARD.test(text))
          found.push(
            `${where} cites a section of no public standard: ${text.trim().slice(0, 100)}`
          );
      }
    }
    expect(found).toEqual([]);
  });
});
