import type { PlanGroup } from "../plan-model";
import type { GroupHeading } from "./block-titles";

/** The label a heading row gives its group: "1.1 Recruitment", "2. Children in care", "Priority 3". */
export const groupLabel = (heading: GroupHeading): string => {
  switch (heading.kind) {
    case "workstream":
      return `${heading.id} ${heading.title}`;
    case "section":
      return `${heading.id}. ${heading.title}`;
    case "priority":
      return `Priority ${heading.id}`;
    default:
      return heading.title;
  }
};

/**
 * A group as the plan names it, from a section row or a per-row Priority/Theme/Department cell: the
 * same "Priority 2" rolls up the same way whether it heads a block of rows or stands on each row.
 * "P2" and "Priority 2" are one priority; "1. Workforce" is section 1; anything else is a named group.
 */
export const groupOf = (text: string): PlanGroup => {
  const label = text.replace(/\s+/g, " ").trim();
  const priority = /^p(?:riority)?\s*(\d+)$/i.exec(label);
  if (priority)
    return {
      label: `Priority ${priority[1]}`,
      id: priority[1],
      title: `Priority ${priority[1]}`,
      lead: null,
      leadCell: null,
      kind: "priority",
      parent: null,
    };
  const workstream = /^(\d+\.\d+)\s+(\S.*)$/.exec(label);
  if (workstream)
    return {
      label,
      id: workstream[1],
      title: workstream[2],
      lead: null,
      leadCell: null,
      kind: "workstream",
      parent: workstream[1].split(".")[0],
    };
  const section = /^(\d+)\.\s+(\S.*)$/.exec(label);
  if (section)
    return {
      label,
      id: section[1],
      title: section[2],
      lead: null,
      leadCell: null,
      kind: "section",
      parent: null,
    };
  return {
    label,
    id: label,
    title: label,
    lead: null,
    leadCell: null,
    kind: "heading",
    parent: null,
  };
};
