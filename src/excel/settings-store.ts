/**
 * Plan Tracker's own settings kept inside the workbook (docs/EXCEL.md#coauthoring: "persist in the workbook"), as
 * a custom XML part in this namespace (ExcelApi 1.5), alongside plain workbook.settings (1.4).
 * Our own small format, so it is read with a tight pattern rather than a DOM (which workers lack).
 */
export const PLAN_TRACKER_NAMESPACE = "urn:plan-tracker:settings:1";

const escapeXml = (text: string): string =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const unescapeXml = (text: string): string =>
  text
    .replace(/&#x([0-9a-fA-F]+);/g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_m, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, "&");

export const settingsToXml = (settings: Record<string, string>): string =>
  `<settings xmlns="${PLAN_TRACKER_NAMESPACE}">` +
  Object.entries(settings)
    .map(([key, value]) => `<setting key="${escapeXml(key)}">${escapeXml(value)}</setting>`)
    .join("") +
  "</settings>";

export const settingsFromXml = (xml: string): Record<string, string> => {
  const settings: Record<string, string> = {};
  const pattern = /<setting\s+key="([^"]*)"\s*(?:\/>|>([^<]*)<\/setting>)/g;
  for (let match = pattern.exec(xml); match !== null; match = pattern.exec(xml)) {
    settings[unescapeXml(match[1])] = unescapeXml(match[2] ?? "");
  }
  return settings;
};

/** workbook.settings values are any JSON value; the snapshot keeps text (JSON for anything else). */
export const settingText = (value: unknown): string =>
  typeof value === "string" ? value : (JSON.stringify(value) ?? "");
