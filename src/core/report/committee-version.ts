import type { PlanModel } from "../parse/plan-model";
import type { ReportModel } from "./report-model";

// What stands in for an officer's name: the team named with them where the owner cell names one, else
// the post; in running text, a phrase that reads on.
const OFFICER = "Responsible officer";
const IN_TEXT = "an officer";
const LEAD = "Lead officer";

/**
 * The people the plan names as owners or leads: every owner that is not a team, role or placeholder
 * (the owner cell's own reading, docs/RULES.md rule 21), and every group lead.
 */
export const officerNames = (model: PlanModel): string[] => {
  const names = new Set<string>();
  for (const action of model.actions) {
    const reading = action.ownerReading;
    const notPeople = new Set([...(reading?.notPeople ?? []), ...(reading?.placeholders ?? [])]);
    for (const owner of action.owners)
      if (!notPeople.has(owner) && owner.trim().length > 2) names.add(owner.trim());
  }
  for (const group of model.groups)
    if (group.lead && group.lead.trim().length > 2) names.add(group.lead.trim());
  // Longest first, so "Ann James-Smith" is replaced whole before "Ann James".
  return [...names].sort((a, b) => b.length - a.length);
};

const escaped = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * The committee version (docs/REPORT.md#versions): the same report with every officer's name replaced
 * by their team or role, in the owner and lead columns and wherever a name appears in the text copied
 * from the plan (titles, progress notes, reasons, bullets).
 */
export const committeeVersion = (report: ReportModel, model: PlanModel): ReportModel => {
  const names = officerNames(model);
  const pattern =
    names.length === 0
      ? null
      : new RegExp(`(?<![\\p{L}])(?:${names.map(escaped).join("|")})(?![\\p{L}])`, "giu");
  const scrub = (text: string): string => (pattern ? text.replace(pattern, IN_TEXT) : text);
  const people = new Set(names.map((n) => n.toLowerCase()));
  // An owner field holds owners joined by "; ": teams stay, people become the post.
  const role = (owner: string): string => {
    const parts = owner
      .split(/;\s*/)
      .map((part) => (people.has(part.trim().toLowerCase()) ? OFFICER : scrub(part)));
    return [...new Set(parts)].join("; ");
  };
  const walk = (value: unknown, key: string): unknown => {
    if (typeof value === "string")
      return key === "owner"
        ? role(value)
        : key === "lead"
          ? LEAD
          : key === "sheet" || key === "cell"
            ? value
            : scrub(value);
    if (Array.isArray(value)) return value.map((item) => walk(item, key));
    if (value !== null && typeof value === "object")
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return { ...(walk(report, "") as ReportModel), audience: "committee" };
};
