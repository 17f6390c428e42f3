import type { Issue } from "../issue";
import { issueAt, quote, type ValidationRule } from "../rule";

/**
 * docs/RULES.md rule 48: text where a number belongs ("381 (167)", "Autumn term" in a month column,
 * "High 25") and polarity cells that say something else ("Asked John Cooke"). Null tokens such as
 * "-" and "n/a" are not errors.
 */
export const typeError: ValidationRule = {
  code: "type-error",
  severity: "error",
  title: "Text where a number belongs",
  check: ({ model }) => {
    const issues: Issue[] = [];
    for (const measure of model.measures) {
      for (let p = 0; p < measure.periods.length; p += 1) {
        const period = measure.periods[p];
        for (const cell of period.unreadable)
          issues.push(
            issueAt(
              "type-error",
              "error",
              cell,
              "period",
              `"${measure.name}" has ${quote(String(cell.value))} for ${period.label}, which is not a number, so that value cannot be rated or charted. Enter the number alone and put any note in the Comments column.`
            )
          );
      }
      for (const comparator of measure.comparators)
        if (comparator.unreadable)
          issues.push(
            issueAt(
              "type-error",
              "error",
              comparator.cell,
              "comparator",
              `"${measure.name}" has ${quote(comparator.text)} as its ${comparator.label} value, which is not a number. Enter the comparator's figure, or "n/a" if there is none.`
            )
          );
      const polarity = measure.cells.polarity;
      if (polarity && measure.polarityText !== "" && measure.polarity === null)
        issues.push(
          issueAt(
            "type-error",
            "error",
            polarity,
            "polarity",
            `The polarity of "${measure.name}" is ${quote(measure.polarityText)}, which is not a direction. Write "Bigger is Better", "Smaller is Better" or "Plan is best".`
          )
        );
    }
    return issues;
  },
};
