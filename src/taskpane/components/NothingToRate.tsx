import type { GatewayError } from "../../core/gateway";
import { LazyOutcomeMessage } from "./LazyOutcomeMessage";

/**
 * A workbook that holds no plan (statistics, a risk register, nothing) is not a fault of the person
 * who opened it: Validate, RAG and Report all say so with the same one sentence, as information,
 * never as an error list or an empty success.
 */
export const isNotAPlan = (error: GatewayError): boolean => error.kind === "not-a-plan";

export const NothingToRate = ({ sentence }: { sentence: string }) => (
  <LazyOutcomeMessage
    intent="info"
    title="Nothing to rate"
    body={sentence}
    data-testid="nothing-to-rate"
  />
);
