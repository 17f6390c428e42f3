// The keyboard-only part of scripts/e2e.cjs (docs/HISTORY.md#issue-16): each person's main task done with
// page.keyboard alone, through the skip links — validate and go to a cell; rate and refresh RAG;
// generate the board report — with the live region's sentence checked at the end of each run, and
// the message bars checked to wrap, not clip, at a 320 px pane. Locators are used only to read the
// page, never to act on it.
"use strict";

// What has focus, in words: its role-ish tag, its text or label, and the data the checks look at.
const focused = (page) =>
  page.evaluate(() => {
    const element = globalThis.document.activeElement;
    if (element === null) return { tag: "", text: "", id: "", cell: null, tab: null };
    return {
      tag: element.tagName.toLowerCase(),
      text: (element.getAttribute("aria-label") || element.textContent || "").replace(/\s+/g, " ").trim(),
      id: element.id,
      cell: element.getAttribute("data-issue-cell"),
      tab: element.getAttribute("role") === "tab" ? element.getAttribute("aria-selected") : null,
      width: element.getBoundingClientRect().width,
    };
  });

/** Presses Tab (or Shift+Tab) until `wanted(focus)` holds; returns how many presses it took. */
const tabTo = async (page, wanted, what, { back = false, max = 60 } = {}) => {
  for (let presses = 1; presses <= max; presses += 1) {
    await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    if (wanted(await focused(page))) return presses;
  }
  throw new Error(`${what} was not reached in ${max} ${back ? "Shift+Tab" : "Tab"} presses`);
};

const announced = (page) => page.getByTestId("pane-announcer");

const keyboardChecks = async ({ check, expect, context, base, watch, axe, shot, timeout }) => {
  const open = async (query) => {
    const page = await context.newPage();
    watch(page);
    page.setDefaultTimeout(timeout);
    await page.goto(`${base}/taskpane.html${query}`);
    await page.getByRole("grid").first().waitFor();
    return page;
  };

  await check("keyboard only: skip link to Validate workbook, validate, announce the result, go to an issue's cell", async () => {
    const page = await open("?sample=gcc");
    // Without the skip links, Tab walks the picker and the view tabs first (their presses, less the two links).
    const walked = await tabTo(page, (f) => f.text === "Validate workbook", "Validate workbook");
    await page.keyboard.press("Shift+Tab");
    await tabTo(page, (f) => f.text === "Skip to Validate workbook", "the skip link", { back: true });
    await page.keyboard.press("Enter");
    const onButton = await focused(page);
    expect(onButton.text === "Validate workbook", `the skip link left focus on "${onButton.text}"`);
    await page.keyboard.press("Enter");
    await page.getByTestId("issue-count").waitFor();
    await announced(page).getByText(/^Validation finished: \d+ errors?, \d+ warnings?, \d+ info\.$/).waitFor();
    const sentence = (await announced(page).innerText()).trim();
    // Back to the top, then the second skip link lands on the results; the first issue is a Tab or so away.
    await tabTo(page, (f) => f.text === "Skip to validation results", "the results skip link", { back: true });
    await page.keyboard.press("Enter");
    expect((await focused(page)).id === "plan-tracker-results", "the results skip link did not focus the results");
    const toIssue = await tabTo(page, (f) => f.cell !== null, "the first issue");
    const issue = await focused(page);
    await page.keyboard.press("Enter");
    await page.locator(`td[data-address="${issue.cell}"][aria-selected="true"]`).waitFor();
    console.log(`        Tab presses to Validate workbook: 1 and Enter (${walked} without the skip link, ${walked - 2} before it existed)`);
    console.log(`        said: "${sentence}"; first issue ${issue.cell} ${toIssue} Tab(s) after the results`);
    await page.close();
  });

  await check("keyboard only: a skip link shows when focused", async () => {
    const page = await open("");
    await page.keyboard.press("Tab");
    const link = await focused(page);
    expect(link.tag === "a" && link.text === "Skip to Validate workbook", `the first Tab stop is "${link.text}"`);
    expect(link.width > 40, `the focused skip link is ${link.width}px wide, so not visible`);
    await page.close();
  });

  await check("keyboard only: to the RAG tab by arrow key, skip link to Rate, rate, then Refresh RAG, each announced", async () => {
    const page = await open("?sample=bcp");
    await tabTo(page, (f) => f.tab === "true", "the selected view tab");
    await page.keyboard.press("ArrowRight");
    const tab = await focused(page);
    expect(tab.text === "RAG" && tab.tab === "true", `ArrowRight focused "${tab.text}" (selected: ${tab.tab})`);
    await page.getByRole("button", { name: "Refresh RAG" }).waitFor();
    const walked = await tabTo(page, (f) => f.text === "Rate", "Rate");
    await tabTo(page, (f) => f.text === "Skip to Rate and Refresh RAG", "the RAG skip link", { back: true, max: 80 });
    await page.keyboard.press("Enter");
    expect((await focused(page)).text === "Rate", "the skip link did not focus Rate");
    await page.keyboard.press("Enter");
    await page.getByTestId("rag-summary").waitFor();
    await announced(page).getByText(/^Rating finished\. Rated as of /).waitFor();
    await page.keyboard.press("Tab");
    expect((await focused(page)).text === "Refresh RAG", "Tab after Rate did not reach Refresh RAG");
    await page.keyboard.press("Enter");
    await page.getByText("The ratings are written into the copy shown here.").waitFor();
    await announced(page).getByText(/^Refresh RAG finished\. .*The ratings are written into the workbook\.$/).waitFor();
    console.log(`        Tab presses to Rate (after the view tab): ${walked}; from the page's top: 1 and Enter`);
    await axe.scan(page, "RAG: rated then refreshed by keyboard (BCP)");
    await page.close();
  });

  await check("keyboard only: skip link to Generate report, generate, announce it, go to the report", async () => {
    const page = await open("?sample=bcp&view=report");
    await page.getByRole("button", { name: "Generate report" }).waitFor();
    const walked = await tabTo(page, (f) => f.text === "Generate report", "Generate report", { max: 80 });
    await tabTo(page, (f) => f.text === "Skip to Generate report", "the Report skip link", { back: true, max: 80 });
    await page.keyboard.press("Enter");
    expect((await focused(page)).text === "Generate report", "the skip link did not focus Generate report");
    await page.keyboard.press("Enter");
    await page.getByTestId("report-summary").waitFor();
    await announced(page).getByText(/^Report finished: the sheet 'Board report' is written\./).waitFor();
    await tabTo(page, (f) => f.text === "Go to the report", "Go to the report", { max: 40 });
    await page.keyboard.press("Enter");
    await page.locator('td[data-address="A1"][aria-selected="true"]').waitFor();
    console.log(`        Tab presses to Generate report: 1 and Enter (${walked} without the skip link, ${walked - 2} before it existed)`);
    await page.close();
  });

  await check("at a 320 px pane the message bars wrap: none is clipped or scrolls sideways", async () => {
    const page = await context.newPage();
    watch(page);
    page.setDefaultTimeout(timeout);
    await page.setViewportSize({ width: 320, height: 720 });
    await page.goto(`${base}/taskpane.html?sample=bcp&view=rag`);
    await page.getByRole("button", { name: "Refresh RAG" }).waitFor();
    await tabTo(page, (f) => f.text === "Skip to Rate and Refresh RAG", "the RAG skip link");
    await page.keyboard.press("Enter");
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await page.getByText("The ratings are written into the copy shown here.").waitFor();
    // Runs in the page: each message bar's body fits its box (no clipped, unwrapped line).
    const clipped = await page.evaluate(() =>
      [...globalThis.document.querySelectorAll(".fui-MessageBar")]
        .filter((bar) => bar.scrollWidth > bar.clientWidth + 1 || bar.getBoundingClientRect().right > globalThis.innerWidth)
        .map((bar) => (bar.textContent || "").slice(0, 80)),
    );
    const bars = await page.locator(".fui-MessageBar").count();
    await shot(page, "12-narrow-320-messages");
    expect(bars >= 2, `only ${bars} message bars to check`);
    expect(clipped.length === 0, `clipped at 320 px: ${clipped.join(" | ")}`);
    const overflow = await page.evaluate(() => globalThis.document.documentElement.scrollWidth - globalThis.innerWidth);
    expect(overflow <= 0, `the page scrolls sideways by ${overflow}px at 320px wide`);
    await axe.scan(page, "RAG: refreshed at 320 px");
    await page.close();
  });
};

module.exports = { keyboardChecks };
