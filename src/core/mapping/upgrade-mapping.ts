import { err, ok, type Result } from "../result";
import validateMappingV1 from "./generated/validate-mapping-v1";
import validateMappingV2 from "./generated/validate-mapping-v2";
import validateMappingV3 from "./generated/validate-mapping-v3";
import { MAPPING_VERSION, type Mapping } from "./mapping";
import { mappingVersionOf, type MappingOrigin } from "./mapping-version";
import { schemaErrorSentence } from "./schema-error-sentence";
import { fromV1 } from "./upgrade-from-v1";
import { fromV2 } from "./upgrade-from-v2";

/**
 * Any stored or given mapping document → a current-version Mapping, or one sentence saying why not.
 * Each version is checked against its own schema before it is upgraded (1 → 2 → 3), so nothing is
 * half read; a version newer than this Plan Tracker is refused (mapping-version.ts).
 */
export const upgradeMapping = (
  raw: unknown,
  origin: MappingOrigin = "file"
): Result<Mapping, string> => {
  const version = mappingVersionOf(raw, origin);
  if (!version.ok) return version;
  if (version.value === 1) {
    if (!validateMappingV1(raw))
      return err(schemaErrorSentence(validateMappingV1.errors ?? [], raw));
    const v2 = fromV1(raw);
    return v2.ok ? ok(fromV2(v2.value)) : v2;
  }
  // "source" says where a printed mapping came from; read back, it would only mislead.
  if (version.value === 2) {
    if (!validateMappingV2(raw))
      return err(schemaErrorSentence(validateMappingV2.errors ?? [], raw));
    const { source: _source, ...v2 } = raw;
    return ok(fromV2(v2));
  }
  if (version.value === MAPPING_VERSION) {
    if (!validateMappingV3(raw))
      return err(schemaErrorSentence(validateMappingV3.errors ?? [], raw));
    const { source: _source, ...mapping } = raw;
    return ok(mapping);
  }
  // Unreachable while versions run 1..MAPPING_VERSION without gaps; kept so a gap is a sentence, not a crash.
  return err(`Plan Tracker cannot read a version ${version.value} mapping.`);
};
