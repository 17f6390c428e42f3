import { issueAt, type ValidationRule } from "../rule";

// "(Target 90%)", "(short-term target 9%)", "(target of 95%)", "(10 hours)".
const TARGET_IN_NAME =
  /\((?:[a-z-]+\s+)?target(?:\s+of)?\s*\d+(?:\.\d+)?\s*%?\)|\(\d+(?:\.\d+)?\s*(?:hours?|days?|weeks?)\)/i;

/** docs/RULES.md rule 54: a target written inside the measure's name, where it cannot be rated against. */
export const targetInName: ValidationRule = {
  code: "target-in-name",
  severity: "info",
  title: "Target written inside the measure name",
  check: ({ model }) =>
    model.measures
      .filter((measure) => measure.cells.name && TARGET_IN_NAME.test(measure.name))
      .map((measure) =>
        issueAt(
          "target-in-name",
          "info",
          measure.cells.name!,
          "name",
          `"${measure.name}" carries its target in its name (${TARGET_IN_NAME.exec(measure.name)?.[0]}). Put the target in the Target column so the measure can be rated.`
        )
      ),
};
