import type { PlanSettings } from "../app/plan-settings";
import { mappingInForce } from "../app/plan-settings";
import { acceptPolarityProposals, polarityProposals } from "../core/mapping/accept-suggestions";
import { headerMovesSentence } from "../core/mapping/follow-moved-headers";
import { POLARITY_WORDS } from "../core/rag/polarity-words";
import { mappingJsonForPeople } from "../core/mapping/mapping-json";
import type { PlanModel } from "../core/parse/plan-model";
import type { WorkbookKindReading } from "../core/parse/workbook-kind";
import { kindLine } from "./kind-output";

/**
 * `detect --json`: the mapping in force, in the mapping format, saying where it came from — so it
 * can be corrected and fed straight back with --schema, or stored with `mapping save` (docs/HISTORY.md#issue-5).
 */
export const detectJson = (
  settings: PlanSettings,
  model: PlanModel,
  acceptSuggestions = false
): string => {
  const mapping = mappingInForce(settings, model);
  return mappingJsonForPeople(
    acceptSuggestions ? acceptPolarityProposals(mapping, polarityProposals(model)) : mapping,
    settings.source
  );
};

/** The measures rated by a suggested polarity, one line each, for a person to confirm or correct. */
export const suggestionLines = (model: PlanModel): string[] => {
  const proposals = polarityProposals(model);
  if (proposals.length === 0) return [];
  return [
    `Polarity suggested for ${proposals.length} of ${new Set(model.measures.map((m) => m.name)).size} measures (rated by it until confirmed: detect --json --accept-suggestions writes them into the mapping):`,
    ...proposals.map((p) => `  ${p.name}: ${POLARITY_WORDS[p.polarity]}, suggested (${p.reason})`),
  ];
};

/** One line saying which mapping decided what was understood. */
export const mappingLine = (
  settings: PlanSettings,
  file: string,
  schema: string | null,
  hasStored: boolean
): string => {
  const moved = settings.headerMoves ? ` ${headerMovesSentence(settings.headerMoves)}` : "";
  return `${whichMapping(settings, file, schema, hasStored)}${moved}`;
};

const whichMapping = (
  settings: PlanSettings,
  file: string,
  schema: string | null,
  hasStored: boolean
): string => {
  if (settings.source === "file")
    return `Mapping: from ${schema ?? "the given file"} (--schema), instead of ${hasStored ? "the one stored in the workbook" : "detection"}.`;
  if (settings.source === "stored")
    return settings.upgradedFrom !== undefined
      ? `Mapping: stored in the workbook as version ${settings.upgradedFrom}, read as version ${settings.mapping?.version ?? ""} (save it again to store the new version).`
      : `Mapping: stored in the workbook (version ${settings.mapping?.version ?? ""}); detection was not needed.`;
  return `Mapping: none stored in the workbook, so its layout was detected from its headings (plan-tracker detect ${file} --json prints it as a mapping to correct and save).`;
};

export const detectText = (
  model: PlanModel,
  file: string,
  kind: WorkbookKindReading,
  mappingSays?: string
): string => {
  const lines = [kindLine(model, file, kind)];
  if (kind.nothingToRate !== undefined) lines.push(kind.nothingToRate);
  if (mappingSays) lines.push(mappingSays);
  for (const sheet of model.sheets) {
    lines.push("", `${sheet.name}: ${sheet.roles.join(", ")}`);
    for (const table of sheet.tables) {
      const rows =
        table.lastDataRow >= table.firstDataRow
          ? `rows ${table.firstDataRow}–${table.lastDataRow}`
          : "no data rows";
      lines.push(
        `  ${table.kind} table, header row ${table.headerRows.join("+")}, ${rows}${table.group ? `, group "${table.group}"` : ""}${table.completed ? " (completed actions)" : ""}`
      );
      const columns = table.columns.map(
        (c) =>
          `${c.letter} "${c.header}" → ${c.field}${c.period ? ` (${c.period}${c.measure && c.measure !== "value" ? ` ${c.measure}` : ""})` : ""}`
      );
      for (const column of columns) lines.push(`    ${column}`);
    }
  }
  const suggested = suggestionLines(model);
  if (suggested.length > 0) lines.push("", ...suggested);
  if (model.unmapped.length > 0) {
    lines.push("", "Not understood:");
    for (const note of model.unmapped) lines.push(`  ${note.sheet}!${note.cell}  ${note.reason}`);
  }
  return lines.join("\n");
};
