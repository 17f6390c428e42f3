// Hand-written types for the generated validate-mapping-v3.js (scripts/compile-schemas.cjs).
import type { Mapping } from "../mapping";
import type { SchemaValidator } from "./schema-error";

declare const validateMappingV3: SchemaValidator<Mapping>;
export default validateMappingV3;
