import type { RagLevel } from "../../model/rag-level";
import type { PlanModel } from "../../parse/plan-model";

/**
 * The fill the workbook's own colour key gives a level (BCP's key rows), so what Plan Tracker writes
 * looks the way the council's readers expect; undefined where the plan has no key for that level.
 */
export const keyColours = (model: PlanModel): ((level: RagLevel) => string | undefined) => {
  const keyed = new Map(
    model.colourKey.filter((k) => k.fill).map((k) => [k.level, k.fill ?? undefined])
  );
  return (level) => keyed.get(level);
};
