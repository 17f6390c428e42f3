import { isDigit } from "../../text/char-codes";
import type { PlanModel } from "../../parse/plan-model";
import { cached } from "./tables";

/** Refs like "1.9" and "1.11": numbers joined by dots, which sort as numbers part by part (docs/LAYOUTS.md#bcp: 1.9 < 1.11). */
export const REF_PATTERN = /^\d+(\.\d+)*$/;

const DOT = 46;

/**
 * Whether the Ref is numbers joined by dots, as REF_PATTERN says, read character by character:
 * several rules ask it of every action's Ref, and a plan of 100,000 actions has as many Refs.
 */
export const isNumberedRef = (ref: string): boolean => {
  if (ref.length === 0) return false;
  let afterDigit = false;
  for (let i = 0; i < ref.length; i += 1) {
    const code = ref.charCodeAt(i);
    if (isDigit(code)) afterDigit = true;
    else if (code === DOT && afterDigit) afterDigit = false;
    else return false;
  }
  return afterDigit;
};

const knownRefs = new WeakMap<PlanModel, ReadonlySet<string>>();

/** Every Ref the plan's actions carry (live and completed), worked out once per model when asked. */
export const refsOf = (model: PlanModel): ReadonlySet<string> =>
  cached(knownRefs, model, () => {
    const refs = new Set<string>();
    for (const action of model.actions) if (action.ref !== null) refs.add(action.ref);
    return refs;
  });
