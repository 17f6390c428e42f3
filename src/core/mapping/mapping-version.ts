import { err, ok, type Result } from "../result";
import { MAPPING_VERSION } from "./mapping";

/** Where a mapping document came from, so a refusal can say "this workbook's mapping". */
export type MappingOrigin = "workbook" | "file";

/**
 * Which version of the format a mapping document says it is. A newer one is refused outright: an
 * older Plan Tracker cannot know what its new entries mean, and reading it anyway could rate a plan
 * by rules its council never chose (docs/HISTORY.md#issue-5-5: "refused with a clear message rather than misread").
 */
export const mappingVersionOf = (
  document: unknown,
  origin: MappingOrigin = "file"
): Result<number, string> => {
  if (typeof document !== "object" || document === null || Array.isArray(document))
    return err(
      `The mapping should be one entry in { } with a version, layout, sheets, levels, measures and policy, not ${Array.isArray(document) ? "a list" : "a single value"}.`
    );
  const version = (document as Record<string, unknown>).version;
  if (version === undefined)
    return err(
      `The mapping has no version number; add "version": ${MAPPING_VERSION} if it was written for this Plan Tracker.`
    );
  if (typeof version !== "number" || !Number.isInteger(version) || version < 1)
    return err(
      `The mapping's version ${JSON.stringify(version)} is not a version number Plan Tracker has used (1 to ${MAPPING_VERSION}).`
    );
  if (version > MAPPING_VERSION)
    return err(
      `${origin === "workbook" ? "This workbook's mapping" : "This mapping"} was saved by a newer Plan Tracker (version ${version}); this one understands up to version ${MAPPING_VERSION}. Update Plan Tracker before using it, so nothing is misread.`
    );
  return ok(version);
};
