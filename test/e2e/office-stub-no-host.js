// Stands in for office.js in scripts/e2e.cjs: office.js loaded, but not inside an Office host, so
// Office.onReady resolves with host null (docs/TOOLCHAIN.md#office-js) and the pane must open the preview.
window.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  onReady: () => Promise.resolve({ host: null, platform: null }),
};
