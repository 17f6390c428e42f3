import { parseRangeAddress, type RangeArea } from "../core/model/address";
import type { IsoDate } from "../core/model/timescale";
import { ratePlan } from "../core/rag/rate-plan";
import { ragWritePlan } from "../core/rag/write/rag-write-plan";
import type { RatingsSetting } from "../core/rag/write/ratings-setting";
import { undoTargets } from "../core/undo/undo-targets";
import type { SheetAreas, UndoScope } from "../core/undo/vet-undo-record";
import type { ReadPlan } from "./analyse-workbook";
import { levelsOf, measureSettingsOf, policyOf, ratingsOf, toleranceOf } from "./plan-settings";

const areasOf = (sheet: string, range: string): SheetAreas[] =>
  range
    .split(",")
    .map((part) => parseRangeAddress(part.trim().replace(/\$/g, "")))
    .filter((area): area is RangeArea => area !== null)
    .map((area) => ({ sheet, area }));

/**
 * Where Plan Tracker writes in this plan, by its mapping and the tables found now (docs/HISTORY.md#issue-12-5):
 * the cells, highlighting and dropdowns a Refresh RAG would lay on the council's sheets, worked out
 * the way the refresh itself works them out. Where the mapping lets Plan Tracker fill the owners'
 * empty RAG cells, the whole column counts, since the run has filled them since. Undo refuses a
 * record naming anything else. Which cells a refresh writes does not depend on the date it rates
 * as of, only the values do, so any date serves.
 */
export const undoScope = (read: ReadPlan, asOf: IsoDate): UndoScope => {
  const { snapshot, model, settings } = read;
  const policy = policyOf(settings);
  const result = ratePlan(model, { asOf, policy, measureSettings: measureSettingsOf(settings) });
  const inForce = ratingsOf(settings);
  const placements: RatingsSetting[] = [inForce];
  if (inForce.fillEmptyOwnerCells && inForce.calculated !== "status-column")
    placements.push({ calculated: "status-column", fillEmptyOwnerCells: false });
  const areas = placements.flatMap((ratings) => {
    const plan = ragWritePlan(snapshot, model, result, {
      levels: levelsOf(settings, model),
      ratings,
      highlight: true,
      dropdowns: true,
      toleranceOf: toleranceOf(settings, policy),
    });
    const targets = undoTargets(plan);
    return [
      ...targets.cells,
      ...[...targets.rules, ...targets.validations].flatMap(({ sheet, range }) =>
        areasOf(sheet, range)
      ),
    ];
  });
  return { areas };
};
