/** @jest-environment node */
import type { Action, CellRef } from "../../../src/core/model/action";
import type { PlanModel } from "../../../src/core/parse/plan-model";
import type { Issue } from "../../../src/core/validate/issue";
import { withOwners } from "../../../src/core/validate/issue-owner";
import { aModel, anAction } from "../../support/model-builder";

const cell = (row: number, column: number, sheet = "Plan"): CellRef => ({
  sheet,
  row,
  column,
  value: "x",
});

const action = (
  row: number,
  owners: string[],
  cells: Action["cells"] = { title: cell(row, 2) },
  sheet = "Plan"
): Action => anAction({ sheet, row, owners, ownerText: owners.join(" / "), cells });

const model = (actions: Action[]): PlanModel => aModel({ actions });

const issue = (row: number, sheet = "Plan"): Issue => ({
  code: "status-missing",
  severity: "error",
  sheet,
  cell: `F${row}`,
  row,
  column: "F",
  field: "status",
  value: null,
  message: "No status.",
});

const ownersOf = (issues: Issue[]): (readonly string[] | undefined)[] => issues.map((i) => i.owner);

describe("withOwners", () => {
  it("names the owners of the action on the issue's row, and none where no action is", () => {
    const owned = withOwners(
      [issue(5), issue(6), issue(9)],
      model([action(5, ["Sue Hall"]), action(6, ["Mark Bone", "Ann Lee"])])
    );
    expect(ownersOf(owned)).toEqual([["Sue Hall"], ["Mark Bone", "Ann Lee"], undefined]);
  });

  it("gives a row reached by a merged cell to the first action in plan order", () => {
    // Action 4's group cell is merged down over rows 4–6; action 6's own row is row 6.
    const merged = action(4, ["Sue Hall"], { title: cell(4, 2), group: cell(6, 1) });
    const owned = withOwners([issue(6)], model([merged, action(6, ["Mark Bone"])]));
    expect(ownersOf(owned)).toEqual([["Sue Hall"]]);
  });

  it("keeps sheets apart and reaches rows far down the sheet", () => {
    const owned = withOwners(
      [issue(70_000, "Plan"), issue(70_000, "Other"), issue(1_048_576)],
      model([
        action(70_000, ["Sue Hall"]),
        action(70_000, ["Mark Bone"], { title: cell(70_000, 2, "Other") }, "Other"),
        action(1_048_576, ["Ann Lee"]),
      ])
    );
    expect(ownersOf(owned)).toEqual([["Sue Hall"], ["Mark Bone"], ["Ann Lee"]]);
  });

  it("gives no owner to a row no worksheet has, or to an action with no owner", () => {
    const owned = withOwners(
      [issue(7.5), issue(0), issue(8)],
      model([action(7, ["Sue Hall"]), action(8, [])])
    );
    expect(ownersOf(owned)).toEqual([undefined, undefined, undefined]);
  });
});
