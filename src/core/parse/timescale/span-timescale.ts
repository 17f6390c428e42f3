import type { Timescale, TimescaleFlag } from "../../model/timescale";
import type { SpanProblem, SpanReading } from "./date-span";
import { missing } from "./timescale-result";

/** A recognised date that cannot be used becomes MISSING with its reason (date-invalid with a suggestion, date-no-year). */
export const problemTimescale = (problem: SpanProblem, extra: TimescaleFlag[] = []): Timescale =>
  missing([...extra, problem.flag], problem.suggestion);

/** Narrow a reading that exists: either its span or, as a Timescale, why it cannot be used. */
export const unusable = (
  reading: Exclude<SpanReading, null>,
  extra: TimescaleFlag[] = []
): Timescale | null => (reading.ok ? null : problemTimescale(reading.problem, extra));
