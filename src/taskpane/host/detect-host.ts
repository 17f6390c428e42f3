/**
 * Where the pane is running. Inside Excel it talks to the workbook through Office.js; anywhere else
 * (a browser tab, the end-to-end test) it is the preview, working on a sample or a local .xlsx file.
 */
export type HostMode = "excel" | "preview";

/** The little of office.js that start-up needs, so tests can hand in a fake. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
}

/**
 * How long to wait for office.js before giving up and opening the preview. When the script is
 * blocked or unreachable `Office` is simply undefined (no wait at all); this bounds the case where it
 * loaded but never becomes ready (docs/TOOLCHAIN.md#office-js).
 */
export const OFFICE_READY_TIMEOUT_MS = 5000;

export const detectHost = async (
  office: OfficeLike | undefined,
  timeoutMs = OFFICE_READY_TIMEOUT_MS
): Promise<HostMode> => {
  if (office === undefined) return "preview";
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timedOut]);
    // Outside Office, onReady resolves with host null (docs/TOOLCHAIN.md#office-js); any other host is not ours.
    return info !== null && info.host === office.HostType.Excel ? "excel" : "preview";
  } catch {
    return "preview";
  } finally {
    clearTimeout(timer);
  }
};

/** The global `Office`, if office.js loaded; guarded because an unguarded reference throws. */
export const officeGlobal = (): OfficeLike | undefined =>
  typeof Office === "undefined" ? undefined : Office;
