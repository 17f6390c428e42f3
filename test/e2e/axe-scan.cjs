// The accessibility scan of scripts/e2e.cjs (docs/HISTORY.md#issue-16): axe-core, run inside the page on every pane
// state the end-to-end test visits, against WCAG 2.2 A/AA and axe's best practices. Every violation of
// any impact counts; the test fails with one readable line per rule and state.
"use strict";
const path = require("path");

const AXE_SOURCE = require.resolve("axe-core/axe.min.js");
// Served from the page's own origin: the pane's CSP (script-src 'self' …) refuses an inline script,
// and a bypassed CSP would hide the violations scripts/e2e.cjs is there to catch.
const AXE_PATH = "/__e2e__/axe.min.js";
const AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

/** One violation as the log prints it: rule, impact, how many nodes, and the first node's selector and HTML. */
const describe = ({ state, id, impact, help, nodes }) => {
  const first = nodes[0];
  const html = first.html.replace(/\s+/g, " ").slice(0, 240);
  return `[${state}] ${id} (${impact}, ${nodes.length} node${nodes.length === 1 ? "" : "s"}): ${help}\n    at ${first.target.join(" ")}\n    ${html}`;
};

/**
 * Scans pages and keeps what it found per state. `base` is the origin serving dist/; the scanner
 * serves axe.min.js beside it, on each page it scans, from node_modules (never a network fetch).
 */
const createAxeScanner = (base) => {
  const routed = new WeakSet();
  const scans = [];

  const scan = async (page, state) => {
    if (!routed.has(page)) {
      routed.add(page);
      await page.route(`${base}${AXE_PATH}`, (route) => route.fulfill({ status: 200, contentType: "text/javascript", path: AXE_SOURCE }));
    }
    // A page navigated since the last scan has lost the script: add it again.
    const loaded = await page.evaluate(() => typeof globalThis.axe !== "undefined");
    if (!loaded) await page.addScriptTag({ url: `${base}${AXE_PATH}` });
    // Fluent animates colours (a button enabled after a run fades from grey): a scan mid-transition
    // reports a contrast the person never sees for more than a moment, so let transitions finish first.
    await page.evaluate(() =>
      Promise.race([
        Promise.all(
          globalThis.document
            .getAnimations()
            // A spinner turns for ever; only animations that end are waited for.
            .filter((animation) => animation.effect === null || animation.effect.getTiming().iterations !== Infinity)
            .map((animation) => animation.finished.catch(() => undefined)),
        ),
        new Promise((resolve) => globalThis.setTimeout(resolve, 2000)),
      ]),
    );
    // Runs in the page, where axe and document exist.
    const violations = await page.evaluate(async (tags) => {
      const result = await globalThis.axe.run(globalThis.document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html })),
      }));
    }, AXE_TAGS);
    const found = violations.map((v) => ({ state, ...v }));
    scans.push({ state, violations: found });
    const nodes = found.reduce((sum, v) => sum + v.nodes.length, 0);
    console.log(`        axe [${state}]: ${found.length} violation${found.length === 1 ? "" : "s"} (${nodes} node${nodes === 1 ? "" : "s"})${found.length ? ": " + found.map((v) => v.id).join(", ") : ""}`);
    return found;
  };

  /** Every violation found so far, one paragraph each; empty when the pane passed in every state. */
  const report = () => scans.flatMap((s) => s.violations).map(describe);
  const states = () => scans.map((s) => s.state);
  return { scan, report, states };
};

module.exports = { createAxeScanner, AXE_TAGS, AXE_SOURCE: path.relative(path.resolve(__dirname, "..", ".."), AXE_SOURCE) };
