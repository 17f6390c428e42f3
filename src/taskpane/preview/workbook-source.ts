import type { Result } from "../../core/result";
import type { SampleWorkbook } from "./samples";
import { sampleUrl } from "./samples";

/** Where the preview's workbook comes from: a shipped sample, or a file the person picked. */
export type WorkbookSource =
  { kind: "sample"; sample: SampleWorkbook } | { kind: "file"; file: File };

export interface WorkbookBytes {
  bytes: Uint8Array;
  name: string;
}

/** Larger files would stall the browser tab; real plans are well under this. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

const OPENABLE = /\.(xlsx|xlsm)$/i;

export type FetchBytes = (url: string) => Promise<ArrayBuffer>;

const fetchBytes: FetchBytes = async (url) => {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return response.arrayBuffer();
};

/**
 * The workbook's bytes, or one sentence saying why not. A picked file is read locally with
 * File.arrayBuffer(); it is never uploaded anywhere.
 */
export const loadWorkbookBytes = async (
  source: WorkbookSource,
  fetcher: FetchBytes = fetchBytes
): Promise<Result<WorkbookBytes, string>> => {
  if (source.kind === "sample") {
    try {
      const buffer = await fetcher(sampleUrl(source.sample));
      return { ok: true, value: { bytes: new Uint8Array(buffer), name: source.sample.file } };
    } catch (error: unknown) {
      console.error("Plan Tracker: sample fetch failed", error);
      return {
        ok: false,
        error: `The sample workbook ${source.sample.file} could not be loaded; run "npm run build" (it generates the samples) and reload.`,
      };
    }
  }
  const { file } = source;
  if (!OPENABLE.test(file.name)) {
    return {
      ok: false,
      error: `${file.name} is not an .xlsx workbook; save it from Excel as "Excel Workbook (.xlsx)" and open that.`,
    };
  }
  if (file.size > MAX_FILE_BYTES) {
    return {
      ok: false,
      error: `${file.name} is larger than 50 MB, too large to preview in the browser; open it in Excel instead.`,
    };
  }
  try {
    return {
      ok: true,
      value: { bytes: new Uint8Array(await file.arrayBuffer()), name: file.name },
    };
  } catch (error: unknown) {
    console.error("Plan Tracker: file read failed", error);
    return {
      ok: false,
      error: `${file.name} could not be read from your computer; check the file is not open elsewhere and try again.`,
    };
  }
};
