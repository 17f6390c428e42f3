import { issueAt, quote, type ValidationRule } from "../rule";

// docs/RULES.md rule 14: a tombstone ("Removed and put into 1.7") keeps its Ref but is not an action; nor
// is an action recorded as cancelled, withdrawn, superseded or merged.
export const placeholderRow: ValidationRule = {
  code: "placeholder-row",
  severity: "info",
  title: "Tombstone row left where an action was moved or removed",
  check: ({ model }) =>
    model.actions
      .filter((action) => action.placeholder)
      .map((action) => {
        const cell =
          action.status?.standing === "withdrawn"
            ? action.status.cell
            : (action.cells.title ?? action.cells.ref);
        return issueAt(
          "placeholder-row",
          "info",
          cell ?? {
            sheet: action.sheet,
            row: action.row,
            column: 1,
            value: null,
          },
          "title",
          action.status?.standing === "withdrawn"
            ? `${action.ref ?? `The action in row ${action.row}`} is recorded as ${quote(action.status.label ?? "withdrawn")}: it is kept in the plan but left out of counts and ratings.`
            : `${action.ref ?? "This row"} says ${quote(action.title)}: it is kept as a placeholder and left out of counts and ratings.`
        );
      }),
};
