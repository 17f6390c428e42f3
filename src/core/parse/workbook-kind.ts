import type { Measure } from "../model/measure";
import type { WorkbookSnapshot } from "../snapshot/workbook-snapshot";
import { figuresShapeOf } from "./kind/figures-shape";
import { sheetsAPersonReads } from "./kind/heading-words";
import {
  emptySentence,
  riskRegisterSentence,
  statisticsSentence,
  unreadPlanSentence,
} from "./kind/nothing-to-rate";
import { planLikeHeadingsOf } from "./kind/plan-like-headings";
import { riskRegisterHeading } from "./kind/risk-register";
import type { PlanModel } from "./plan-model";

/**
 * What a workbook is, as a person opening it would say: a plan of actions, measures against targets,
 * both, a risk register, statistics, a plan whose headings Plan Tracker could not read, or nothing.
 * Only the first three can be rated; for the others there is one sentence saying so.
 */
export type WorkbookKind =
  "actions" | "measures" | "both" | "risks" | "statistics" | "unrecognised" | "empty";

export interface WorkbookKindReading {
  kind: WorkbookKind;
  /** Actions read (template filler rows aside). */
  actions: number;
  /** Measures with a target in some period, or with the workbook's polarity and actuals to compare. */
  measuresWithTargets: number;
  /** Sheets holding a risk register (likelihood × impact), whatever else the workbook holds. */
  riskSheets: string[];
  /** One sentence when there is nothing to rate; absent for a plan. */
  nothingToRate?: string;
}

/**
 * A measure is rated against a target; without one, only its direction of travel can be judged, and
 * that needs the workbook's own word for which way is better and two periods of actuals. A column
 * of figures with neither (a finance grid, a count per year) is a statistic, however many of them a
 * sheet holds, so a grid misread as measures never makes a workbook a plan; nor does a word taken
 * for a polarity with no figures beside it.
 */
const isMeasuredAgainstTarget = (measure: Measure): boolean => {
  if (measure.placeholder) return false;
  if (measure.periods.some((period) => period.target !== null)) return true;
  return (
    measure.polarityText.trim() !== "" &&
    measure.periods.filter((period) => period.actual !== null).length >= 2
  );
};

export const isRateable = (kind: WorkbookKind): boolean =>
  kind === "actions" || kind === "measures" || kind === "both";

export const workbookKind = (snapshot: WorkbookSnapshot, model: PlanModel): WorkbookKindReading => {
  const actions = model.actions.filter((action) => !action.placeholder).length;
  const measuresWithTargets = model.measures.filter(isMeasuredAgainstTarget).length;
  const sheets = sheetsAPersonReads(snapshot);
  const riskSheets = sheets
    .filter((sheet) => riskRegisterHeading(sheet) !== null)
    .map((sheet) => sheet.name);
  const counts = { actions, measuresWithTargets, riskSheets };
  if (actions > 0 && measuresWithTargets > 0) return { kind: "both", ...counts };
  if (actions > 0) return { kind: "actions", ...counts };
  if (measuresWithTargets > 0) return { kind: "measures", ...counts };

  const planLike = sheets
    .map((sheet) => ({ sheet: sheet.name, headings: planLikeHeadingsOf(sheet) }))
    .filter((found) => found.headings.length > 0);
  const planLikeHeadings = planLike.flatMap((found) => found.headings);
  if (riskSheets.length > 0)
    return {
      kind: "risks",
      ...counts,
      nothingToRate: riskRegisterSentence(snapshot.name, riskSheets, planLikeHeadings),
    };
  if (planLike.length > 0)
    return {
      kind: "unrecognised",
      ...counts,
      nothingToRate: unreadPlanSentence(
        snapshot.name,
        planLikeHeadings,
        planLike.map((found) => found.sheet)
      ),
    };
  const shape = figuresShapeOf(sheets);
  if (shape.filledCells === 0)
    return { kind: "empty", ...counts, nothingToRate: emptySentence(snapshot.name) };
  return { kind: "statistics", ...counts, nothingToRate: statisticsSentence(snapshot.name, shape) };
};
