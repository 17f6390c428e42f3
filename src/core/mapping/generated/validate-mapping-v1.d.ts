// Hand-written types for the generated validate-mapping-v1.js (scripts/compile-schemas.cjs).
import type { MappingV1 } from "../mapping-v1";
import type { SchemaValidator } from "./schema-error";

declare const validateMappingV1: SchemaValidator<MappingV1>;
export default validateMappingV1;
