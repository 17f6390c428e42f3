import { analyseWorkbook, readPlan } from "../../app/analyse-workbook";
import { mappingInForce, settingsFor } from "../../app/plan-settings";
import { rateWorkbook } from "../../app/rate-workbook";
import type { GatewayError, WorkbookGateway } from "../../core/gateway";
import { polarityProposals, type PolarityProposal } from "../../core/mapping/accept-suggestions";
import { checkMapping } from "../../core/mapping/check-mapping";
import { headerMovesSentence } from "../../core/mapping/follow-moved-headers";
import { loadMapping } from "../../core/mapping/load-mapping";
import type { Mapping } from "../../core/mapping/mapping";
import { mappingJson } from "../../core/mapping/mapping-json";
import { mappingToXml } from "../../core/mapping/mapping-xml";
import type { IsoDate } from "../../core/model/timescale";
import { err, ok, type Result } from "../../core/result";
import type { OnRunProgress, RunProgress } from "../progress/run-progress";
import type { MappingEffect } from "../components/mapping/effect-words";
import { readOnce } from "./one-read";
import { ratingChanges } from "../components/mapping/rating-changes";
import { tableHeadings, type TableHeadings } from "../components/mapping/table-headings";

/**
 * What the Mapping view asks of the workbook, in one module fetched on first use (as the RAG and
 * Report views' code is): reading what was understood, previewing an edit, saving it. The mapping
 * format, its checks and storage are the core's (src/core/mapping); this module only puts them
 * together for the pane. It runs in the engine's worker (src/taskpane/worker), so it answers plain data.
 */

export interface LoadedMapping {
  /** The mapping in force: the stored one (upgraded), or what detection understood, written as a mapping. */
  mapping: Mapping;
  source: "stored" | "detected";
  /** The version the workbook stored, when it was older and upgraded on reading. */
  upgradedFrom?: number;
  /** Why the mapping stored in the workbook cannot be used; detection is shown instead. */
  storedProblem?: string;
  /**
   * One sentence when rows were added or removed above a stored table since it was saved and its
   * header was followed to where it is now (the mapping shown has the rows as they are now, so Save
   * records them).
   */
  headerMoves?: string;
  /** Each mapped table's heading cells, as the sheet writes them. */
  headings: TableHeadings;
  /** The measures detection found, in plan order, each name once. */
  measures: string[];
  /** Polarities suggested for measures the workbook and the mapping give none, to accept with one click. */
  suggestions?: PolarityProposal[];
}

const withoutSource = (mapping: Mapping): Mapping => {
  const { source: _source, ...rest } = mapping;
  return rest;
};

/** Read the workbook and say what Plan Tracker understood of it, and where that came from. */
export const loadMappingView = async (
  gateway: WorkbookGateway,
  _request?: undefined,
  onProgress?: OnRunProgress
): Promise<Result<LoadedMapping, GatewayError>> => {
  let plan = await readPlan(gateway, undefined, onProgress);
  let storedProblem: string | undefined;
  // A stored mapping that cannot be used blocks every run; show what detection makes of the
  // workbook instead, so the team can correct it and save over the broken one.
  if (!plan.ok && plan.error.kind === "bad-mapping") {
    storedProblem = plan.error.message;
    plan = await readPlan(readOnce(gateway, { withoutStoredMapping: true }));
  }
  if (!plan.ok) return plan;
  const { snapshot, model, settings } = plan.value;
  const mapping = withoutSource(mappingInForce(settings, model));
  return ok({
    mapping,
    source: settings.source === "stored" ? "stored" : "detected",
    ...(settings.upgradedFrom !== undefined ? { upgradedFrom: settings.upgradedFrom } : {}),
    ...(storedProblem !== undefined ? { storedProblem } : {}),
    ...(settings.headerMoves !== undefined
      ? { headerMoves: headerMovesSentence(settings.headerMoves) }
      : {}),
    headings: tableHeadings(snapshot, mapping),
    measures: [...new Set(model.measures.map((measure) => measure.name))],
    suggestions: polarityProposals(model),
  });
};

/**
 * The edited mapping exactly as the workbook will hand it back: checked (checkMapping), written as
 * the stored JSON and loaded through the same schema and checks a stored part goes through. A wrong
 * edit is the first problem's one sentence; nothing is half applied.
 */
export const checkEdited = (edited: Mapping): Result<Mapping, string> => {
  const checked = checkMapping(edited);
  if (!checked.ok) return checked;
  return loadMapping(mappingJson(checked.value), "file");
};

export interface PreviewRequest {
  edited: Mapping;
  asOf: IsoDate;
  /** What to compare with: the workbook as it reads today (its stored mapping, else detection), or detection alone. */
  baseline: "workbook" | "detection";
}

/**
 * The phases of the later runs over the one read: reading and finding again take no time (the read
 * is remembered), so saying them again would only make the busy line flicker.
 */
const afterTheRead =
  (onProgress: OnRunProgress | undefined): OnRunProgress =>
  (progress: RunProgress) => {
    if (progress.phase !== "reading" && progress.phase !== "finding") onProgress?.(progress);
  };

/** Check and rate the workbook with the mapping in force and with the edited one, from one read, and compare. */
export const previewEffect = async (
  gateway: WorkbookGateway,
  request: PreviewRequest,
  onProgress?: OnRunProgress
): Promise<Result<MappingEffect, string>> => {
  const checked = checkEdited(request.edited);
  if (!checked.ok) return checked;
  const workbook = readOnce(gateway, { withoutStoredMapping: request.baseline === "detection" });
  // Mapping is how a workbook Plan Tracker could not read becomes a plan: compare even when it holds none yet.
  const before = await analyseWorkbook(workbook, undefined, onProgress, "read-anyway");
  if (!before.ok) return err(before.error.message);
  const later = afterTheRead(onProgress);
  const after = await analyseWorkbook(workbook, checked.value, later, "read-anyway");
  if (!after.ok) return err(after.error.message);
  const ratedBefore = await rateWorkbook(
    workbook,
    { asOf: request.asOf, notAPlan: "read-anyway" },
    later
  );
  if (!ratedBefore.ok) return err(ratedBefore.error.message);
  const ratedAfter = await rateWorkbook(
    workbook,
    { asOf: request.asOf, mapping: checked.value, notAPlan: "read-anyway" },
    later
  );
  if (!ratedAfter.ok) return err(ratedAfter.error.message);
  return ok({
    asOf: request.asOf,
    issues: { before: before.value.summary, after: after.value.summary },
    ratings: ratingChanges(ratedBefore.value.result, ratedAfter.value.result),
  });
};

/** Said where the workbook connection cannot keep a mapping at all. */
export const CANNOT_STORE =
  "This connection to the workbook cannot keep a mapping inside it, so nothing was saved.";

/**
 * Save the edited mapping in the workbook (its custom XML part, docs/HISTORY.md#issue-5-2), after checking it and
 * that it fits the workbook as it is now (a co-author may have moved rows since it was read: tables
 * whose headers moved are stored where they are now, as every run would read them). Returns the
 * mapping as stored, or one sentence saying why nothing was saved.
 */
export const saveMapping = async (
  gateway: WorkbookGateway,
  edited: Mapping,
  onProgress?: OnRunProgress
): Promise<Result<Mapping, string>> => {
  if (gateway.storeMapping === undefined) return err(CANNOT_STORE);
  const checked = checkEdited(edited);
  if (!checked.ok) return checked;
  onProgress?.({ phase: "reading" });
  const read = await gateway.read();
  if (!read.ok) return err(read.error.message);
  const fits = settingsFor(read.value, checked.value);
  if (!fits.ok) return err(fits.error);
  const followed = fits.value.mapping ?? checked.value;
  onProgress?.({ phase: "saving" });
  const stored = await gateway.storeMapping(mappingToXml(followed));
  return stored.ok ? ok(followed) : err(stored.error.message);
};
