// Stands in for office.js in scripts/e2e.cjs: inside Excel, but every Excel.run fails the way Excel
// does while a cell is being edited. The pane must take the Excel path (no preview, no grid) and
// turn the failure into one plain sentence.
window.Office = {
  HostType: { Excel: "Excel", Word: "Word" },
  onReady: () => Promise.resolve({ host: "Excel", platform: "PC" }),
  context: { requirements: { isSetSupported: () => true } },
};
window.Excel = {
  run: () =>
    Promise.reject(
      Object.assign(new Error("This operation is not permitted in cell edit mode."), {
        name: "RichApi.Error",
        code: "InvalidOperationInCellEditMode",
        debugInfo: { code: "InvalidOperationInCellEditMode", message: "This operation is not permitted in cell edit mode." },
      }),
    ),
};
