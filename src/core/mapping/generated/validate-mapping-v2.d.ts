// Hand-written types for the generated validate-mapping-v2.js (scripts/compile-schemas.cjs).
import type { MappingV2 } from "../mapping-v2";
import type { SchemaValidator } from "./schema-error";

declare const validateMappingV2: SchemaValidator<MappingV2>;
export default validateMappingV2;
