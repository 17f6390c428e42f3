import { readFileSync } from "node:fs";
import { join } from "node:path";
import { openXlsxWorkbook } from "../../src/xlsx/xlsx-gateway";

// No `@jest-environment node` here on purpose: the preview opens workbooks in the browser, and the
// pane's tests run under jsdom, so the gateway must work with that realm's typed arrays too.
describe("the .xlsx gateway under jsdom", () => {
  it("opens, reads, changes and saves a fixture", async () => {
    const bytes = Uint8Array.from(
      readFileSync(join(__dirname, "..", "fixtures", "generated", "bcp.xlsx"))
    );
    const opened = await openXlsxWorkbook(bytes, "bcp.xlsx");
    if (!opened.ok) throw new Error(opened.error.message);
    const read = await opened.value.read();
    expect(read.ok && read.value.sheets[0].fills.A5).toBe("#FF0000");
    const applied = await opened.value.apply({
      basedOn: { takenAt: "t", fingerprint: "f" },
      ops: [
        { kind: "values", sheet: "Improvement Plan", topLeft: "A2", values: [["February 2023"]] },
      ],
    });
    expect(applied.ok).toBe(true);
    const reopened = await openXlsxWorkbook(await opened.value.save(), "bcp-updated.xlsx");
    const reread = reopened.ok ? await reopened.value.read() : null;
    expect(reread?.ok && reread.value.sheets[0].values[1][0]).toBe("February 2023");
  });
});
