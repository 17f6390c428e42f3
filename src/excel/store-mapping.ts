/* global Excel */
import type { GatewayError } from "../core/gateway";
import { MAPPING_NAMESPACE } from "../core/mapping/mapping";
import { err, ok, type Result } from "../core/result";
import type { ExcelApiSupport } from "./capabilities";

export const MAPPING_NEEDS_CUSTOM_XML: GatewayError = {
  kind: "unsupported",
  message:
    "This version of Excel cannot keep a mapping inside the workbook (it needs Excel 2016 or later with ExcelApi 1.5); nothing was saved.",
};

/**
 * Store the mapping as the workbook's one custom XML part in MAPPING_NAMESPACE (ExcelApi 1.5),
 * so it opens with the file everywhere. Two syncs: (1) find the parts already there; (2) delete them
 * and add the new one together, so a reader never sees the workbook with no mapping or with two.
 */
export const storeMappingPart = async (
  context: Excel.RequestContext,
  support: ExcelApiSupport,
  xml: string
): Promise<Result<void, GatewayError>> => {
  if (!support.customXmlParts) return err(MAPPING_NEEDS_CUSTOM_XML);
  const existing = context.workbook.customXmlParts
    .getByNamespace(MAPPING_NAMESPACE)
    .load("items/id");
  await context.sync();
  for (const part of existing.items) part.delete();
  context.workbook.customXmlParts.add(xml);
  await context.sync();
  return ok(undefined);
};
