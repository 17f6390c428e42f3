// Stands in for office.js in scripts/e2e.cjs: loaded, but Office.onReady never settles, as when Excel
// is slow to start the add-in. The pane shows its start-up page until detect-host's 5 s bound.
window.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  onReady: () => new Promise(() => undefined),
  context: { requirements: { isSetSupported: () => true } },
};
