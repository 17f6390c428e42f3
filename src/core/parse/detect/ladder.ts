import type { RagLevel } from "../../model/rag-level";

/**
 * The level of a step on an ordered ladder of n steps, counted from its best end (0 = best). The
 * middle is amber, the best quarter green and the worst quarter red, so a five-step ladder reads as
 * the Delivery Confidence ratings do (green, amber/green, amber, amber/red, red → G, G, A, R, R) and a
 * three-step one as plain RAG.
 */
export const levelOnLadder = (fromBest: number, steps: number): RagLevel => {
  if (steps < 2) return "unrated";
  const t = fromBest / (steps - 1);
  if (t <= 0.25) return "green";
  return t < 0.75 ? "amber" : "red";
};
