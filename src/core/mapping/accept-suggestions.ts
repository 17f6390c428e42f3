import type { Polarity } from "../model/measure";
import type { PlanModel } from "../parse/plan-model";
import type { Mapping, MappedMeasure } from "./mapping";

/** One measure's suggested polarity, as the Mapping view and `--accept-suggestions` offer it. */
export interface PolarityProposal {
  name: string;
  polarity: Polarity;
  reason: string;
}

/** The polarities Plan Tracker suggested while reading, each measure name once, in plan order. */
export const polarityProposals = (model: PlanModel): PolarityProposal[] => {
  const proposals = new Map<string, PolarityProposal>();
  for (const measure of model.measures)
    if (
      measure.polaritySource === "suggested" &&
      measure.polarity !== null &&
      !proposals.has(measure.name)
    )
      proposals.set(measure.name, {
        name: measure.name,
        polarity: measure.polarity,
        reason: measure.polarityReason ?? "",
      });
  return [...proposals.values()];
};

/**
 * The mapping with the suggestions written in as the team's own polarity, confirmed from then on. A
 * polarity the mapping already gives is never overwritten; a measure it does not list is added, in
 * plan order after those it lists.
 */
export const acceptPolarityProposals = (
  mapping: Mapping,
  proposals: readonly PolarityProposal[]
): Mapping => {
  const byName = new Map(proposals.map((proposal) => [proposal.name, proposal.polarity]));
  const measures: MappedMeasure[] = mapping.measures.map((measure) => {
    const proposed = byName.get(measure.name);
    return measure.polarity === undefined && proposed
      ? { ...measure, polarity: proposed }
      : measure;
  });
  const listed = new Set(mapping.measures.map((measure) => measure.name));
  for (const proposal of proposals)
    if (!listed.has(proposal.name))
      measures.push({ name: proposal.name, polarity: proposal.polarity });
  return { ...mapping, measures };
};
