import "../helpers/jsdom-gaps";
import { SAMPLES, sampleFromQuery, sampleUrl } from "../../../src/taskpane/preview/samples";
import { MAX_FILE_BYTES, loadWorkbookBytes } from "../../../src/taskpane/preview/workbook-source";

const gcc = sampleFromQuery("");

describe("samples", () => {
  it("ships the four samples, GCC first by default, fetched relative to the pane", () => {
    expect(SAMPLES.map((s) => s.id)).toEqual(["gcc", "bcp", "thurrock", "scorecard"]);
    expect(gcc.id).toBe("gcc");
    expect(sampleFromQuery("?sample=thurrock").id).toBe("thurrock");
    expect(sampleFromQuery("?sample=../../etc").id).toBe("gcc");
    expect(sampleUrl(gcc)).toBe("samples/gcc.xlsx");
  });
});

describe("loadWorkbookBytes", () => {
  it("fetches a sample's bytes", async () => {
    const result = await loadWorkbookBytes(
      { kind: "sample", sample: gcc },
      async () => new Uint8Array([1, 2, 3]).buffer
    );
    expect(result).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([1, 2, 3]), name: "gcc.xlsx" },
    });
  });

  it("says what to do when a sample is missing", async () => {
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    const result = await loadWorkbookBytes({ kind: "sample", sample: gcc }, async () => {
      throw new Error("HTTP 404");
    });
    expect(result).toEqual({
      ok: false,
      error:
        'The sample workbook gcc.xlsx could not be loaded; run "npm run build" (it generates the samples) and reload.',
    });
    spy.mockRestore();
  });

  it("reads a picked file locally", async () => {
    const result = await loadWorkbookBytes({
      kind: "file",
      file: new File([new Uint8Array([9, 8])], "Plan.XLSX"),
    });
    expect(result).toEqual({
      ok: true,
      value: { bytes: new Uint8Array([9, 8]), name: "Plan.XLSX" },
    });
  });

  it.each([
    ["plan.xls", "plan.xls is not an .xlsx workbook"],
    ["plan.csv", "plan.csv is not an .xlsx workbook"],
  ])("refuses %s", async (name, start) => {
    const result = await loadWorkbookBytes({ kind: "file", file: new File(["x"], name) });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.startsWith(start)).toBe(true);
  });

  it("refuses a file too large to preview", async () => {
    const file = new File(["x"], "huge.xlsx");
    Object.defineProperty(file, "size", { value: MAX_FILE_BYTES + 1 });
    const result = await loadWorkbookBytes({ kind: "file", file });
    expect(result).toEqual({
      ok: false,
      error:
        "huge.xlsx is larger than 50 MB, too large to preview in the browser; open it in Excel instead.",
    });
  });
});
