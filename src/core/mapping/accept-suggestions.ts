import type { Polarity } from "../model/metric";
import type { PlanModel } from "../parse/plan-model";
import type { Mapping, MappedMetric } from "./mapping";

/** One measure's suggested polarity, as the Mapping view and `--accept-suggestions` offer it. */
export interface PolarityProposal {
  name: string;
  polarity: Polarity;
  reason: string;
}

/** The polarities Plan Tracker suggested while reading, each measure name once, in plan order. */
export const polarityProposals = (model: PlanModel): PolarityProposal[] => {
  const proposals = new Map<string, PolarityProposal>();
  for (const metric of model.metrics)
    if (
      metric.polaritySource === "suggested" &&
      metric.polarity !== null &&
      !proposals.has(metric.name)
    )
      proposals.set(metric.name, {
        name: metric.name,
        polarity: metric.polarity,
        reason: metric.polarityReason ?? "",
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
  const metrics: MappedMetric[] = mapping.metrics.map((metric) => {
    const proposed = byName.get(metric.name);
    return metric.polarity === undefined && proposed ? { ...metric, polarity: proposed } : metric;
  });
  const listed = new Set(mapping.metrics.map((metric) => metric.name));
  for (const proposal of proposals)
    if (!listed.has(proposal.name))
      metrics.push({ name: proposal.name, polarity: proposal.polarity });
  return { ...mapping, metrics };
};
