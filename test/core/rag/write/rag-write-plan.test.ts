/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { ratePlan } from "../../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { periodSnapshotPlan } from "../../../../src/core/rag/write/period-snapshot";
import { ragWritePlan } from "../../../../src/core/rag/write/rag-write-plan";
import {
  DEFAULT_RATINGS_SETTING,
  type RatingsSetting,
} from "../../../../src/core/rag/write/ratings-setting";
import {
  HISTORY_SHEET,
  LISTS_SHEET,
  RATINGS_SHEET,
} from "../../../../src/core/rag/write/owned-sheets";
import type { WriteOp } from "../../../../src/core/write-plan/write-plan";
import { columnLetter, parseCellAddress } from "../../../../src/core/model/address";
import { CALCULATED_HEADER } from "../../../../src/core/rag/write/calculated-column";
import { isEmptyCell } from "../../../../src/core/rag/write/empty-cell";
import { statusColumns } from "../../../../src/core/rag/write/status-column";
import { type FixtureId, loadFixture, snapshotOf } from "../../../support/snapshot-builder";

const plan = (
  id: FixtureId,
  asOf: string,
  options: Partial<{ ratings: RatingsSetting; highlight: boolean; dropdowns: boolean }> = {}
) => {
  const snapshot = loadFixture(id);
  const model = detectPlan(snapshot);
  const result = ratePlan(model, { asOf, policy: DEFAULT_RAG_POLICY });
  const levels = LEVEL_PRESETS[model.layout];
  return {
    snapshot,
    model,
    result,
    writePlan: ragWritePlan(snapshot, model, result, {
      levels,
      ratings: DEFAULT_RATINGS_SETTING,
      highlight: true,
      dropdowns: true,
      toleranceOf: () => DEFAULT_RAG_POLICY.tolerance,
      ...options,
    }),
  };
};

const ofKind = <K extends WriteOp["kind"]>(
  ops: WriteOp[],
  kind: K
): Extract<WriteOp, { kind: K }>[] =>
  ops.filter((op): op is Extract<WriteOp, { kind: K }> => op.kind === kind);

describe("the RAG write-back plan", () => {
  it("writes only to the sheets Plan Tracker owns and, in the plan, to its own column beside each table: never the owners' RAG column", () => {
    const { writePlan } = plan("bcp", "2023-01-31");
    // The highlighting layer (rules, and taking off the last refresh's) goes over the measures' cells.
    const layer = (op: WriteOp) =>
      op.kind === "conditionalFormat" || op.kind === "clearHighlighting";
    const written = new Set(writePlan.ops.filter((op) => !layer(op)).map((op) => op.sheet));
    expect(written).toEqual(new Set([RATINGS_SHEET, LISTS_SHEET, "Improvement Plan"]));
    const planWrites = writePlan.ops.filter(
      (op) => op.sheet === "Improvement Plan" && op.kind !== "listValidation" && !layer(op)
    );
    const columns = new Set(
      planWrites.map((op) => ("topLeft" in op ? op.topLeft.replace(/\d+$/, "") : ""))
    );
    // BCP's first table has a caseload row running to column AR, so its column is AS; the others' is I.
    expect(columns).toEqual(new Set(["AS", "I"]));
  });

  it("puts each table's Calculated RAG column on cells that are empty, headed as Plan Tracker's, guarded by what was read", () => {
    const { writePlan, snapshot } = plan("bcp", "2023-01-31");
    const values = ofKind(writePlan.ops, "values").filter((op) => op.sheet === "Improvement Plan");
    expect(values.map((op) => op.topLeft)).toEqual(["AS20", "AS21", "I65", "I66", "I95", "I96"]);
    expect(values[0].values).toEqual([[CALCULATED_HEADER]]);
    expect(values[1].values[0]).toEqual(["■ On track"]);
    // Row 23 is a continuation row: left as it is.
    expect(values[1].values[2]).toEqual([null]);
    // Every cell written was empty when read, and says so for the executor's re-read.
    const sheet = snapshot.sheets.find((s) => s.name === "Improvement Plan")!;
    for (const op of values) {
      expect(op.expected?.flat().every((value) => value === null)).toBe(true);
      const origin = parseCellAddress(op.topLeft)!;
      op.values.forEach((row, r) =>
        row.forEach(
          (value, c) =>
            value !== null &&
            expect(isEmptyCell(sheet, origin.row + r, origin.column + c)).toBe(true)
        )
      );
    }
    // The council's own key colours, not ours.
    const fills = ofKind(writePlan.ops, "fills").find((op) => op.sheet === "Improvement Plan");
    expect(fills?.colours[0]).toEqual(["#00B050"]);
  });

  it("never puts a non-empty owner cell in the write plan by default", () => {
    const { writePlan, model } = plan("bcp", "2023-01-31");
    const owners = statusColumns(model).map(({ column }) => columnLetter(column));
    const touched = writePlan.ops.filter(
      (op) =>
        op.sheet === "Improvement Plan" &&
        "topLeft" in op &&
        owners.includes(op.topLeft.replace(/\d+$/, ""))
    );
    expect(touched).toEqual([]);
  });

  it("goes to the first column empty for the table's whole height, and finds its own column again on the next refresh", () => {
    const snapshot = snapshotOf({
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Deadline", "RAG", null, null, null],
        ["1.1", "Recruit social workers", "Jo Bloggs", "30/06/2022", "Green", null, null, null],
        [
          "1.2",
          "Revise the sufficiency strategy",
          "Sam Smith",
          "31/12/2023",
          null,
          "typed",
          null,
          "note",
        ],
      ],
      fills: { G2: "#FFFF00" },
    });
    const model = detectPlan(snapshot);
    const result = ratePlan(model, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY });
    const options = {
      levels: LEVEL_PRESETS.generic,
      ratings: DEFAULT_RATINGS_SETTING,
      highlight: false,
      dropdowns: false,
      toleranceOf: () => DEFAULT_RAG_POLICY.tolerance,
    };
    const first = ofKind(ragWritePlan(snapshot, model, result, options).ops, "values").filter(
      (op) => op.sheet === "Plan"
    );
    // F has a value, G a colour, H a note: I is the first column empty all the way down.
    expect(first.map((op) => op.topLeft)).toEqual(["I1", "I2"]);
    expect(first[1].values).toEqual([["▲ Red"], ["■ Green"]]);
    // Written, then refreshed: the column is Plan Tracker's own and is rewritten where it is.
    const again = snapshotOf({
      name: "Plan",
      rows: snapshot.sheets[0].values.map((row, r) => [
        ...row,
        [CALCULATED_HEADER, "▲ Red", "■ Green"][r],
      ]),
      fills: { G2: "#FFFF00" },
    });
    const reread = detectPlan(again);
    expect(reread.actions.map((a) => a.status?.label ?? a.status?.level ?? null)).toEqual(
      model.actions.map((a) => a.status?.label ?? a.status?.level ?? null)
    );
    const second = ofKind(
      ragWritePlan(
        again,
        reread,
        ratePlan(reread, { asOf: "2023-01-31", policy: DEFAULT_RAG_POLICY }),
        options
      ).ops,
      "values"
    ).filter((op) => op.sheet === "Plan");
    expect(second.map((op) => op.topLeft)).toEqual(["I1", "I2"]);
    expect(second[1].expected).toEqual([["▲ Red"], ["■ Green"]]);
  });

  it("writes into the owners' RAG column only when the mapping gives it to Plan Tracker, as before", () => {
    const { writePlan, snapshot } = plan("bcp", "2023-01-31", {
      ratings: { calculated: "status-column", fillEmptyOwnerCells: false },
    });
    const [first] = ofKind(writePlan.ops, "values").filter((op) => op.sheet === "Improvement Plan");
    expect(first.topLeft).toBe("E21");
    expect(first.values[0]).toEqual(["■ On track"]);
    expect(first.expected?.length).toBe(first.values.length);
    expect(first.values[2]).toEqual([null]);
    const fills = ofKind(writePlan.ops, "fills").find((op) => op.sheet === "Improvement Plan");
    expect(fills?.colours[0]).toEqual(["#00B050"]);
    expect(snapshot.sheets[0].values[20][4]).toBeNull();
    const planColumns = new Set(
      ofKind(writePlan.ops, "values")
        .filter((op) => op.sheet === "Improvement Plan")
        .map((op) => op.topLeft.replace(/\d+$/, ""))
    );
    expect(planColumns).toEqual(new Set(["E"]));
  });

  it("fills only the owner cells no one has rated when the mapping asks, and writes only the register when told to", () => {
    const { writePlan, snapshot, model, result } = plan("bcp", "2023-01-31", {
      ratings: { calculated: "register", fillEmptyOwnerCells: true },
    });
    const owner = ofKind(writePlan.ops, "values").filter((op) => op.sheet === "Improvement Plan");
    expect(owner.map((op) => op.topLeft.replace(/\d+$/, ""))).toEqual(["E", "E", "E"]);
    const sheet = snapshot.sheets.find((s) => s.name === "Improvement Plan")!;
    const written = owner.flatMap((op) => {
      const origin = parseCellAddress(op.topLeft)!;
      return op.values.flatMap((row, r) => (row[0] === null ? [] : [origin.row + r]));
    });
    expect(written.length).toBe(
      result.actions.filter(
        (a) =>
          a.rating.manualLevel === null &&
          a.action.sheet === "Improvement Plan" &&
          !a.action.completedTable
      ).length
    );
    for (const row of written) expect(isEmptyCell(sheet, row, 5)).toBe(true);
    expect(model.actions.length).toBeGreaterThan(written.length);
  });

  it("adds a dropdown on each RAG column pointing at the lists sheet", () => {
    const { writePlan } = plan("bcp", "2023-01-31");
    const lists = ofKind(writePlan.ops, "listValidation");
    expect(lists.map((l) => l.range)).toEqual(["E21:E54", "E66:E84", "E96:E109"]);
    expect(new Set(lists.map((l) => l.source))).toEqual(new Set([`'${LISTS_SHEET}'!$A$2:$A$6`]));
  });

  it("puts a legend with glyph, label and meaning for every level on the ratings sheet", () => {
    const { writePlan } = plan("gcc", "2022-10-31");
    const values =
      ofKind(writePlan.ops, "values").find((op) => op.sheet === RATINGS_SHEET)?.values ?? [];
    const legend = values.slice(5, 11).map((row) => row[0]);
    expect(legend).toEqual([
      "▲ Compromised",
      "◆ At risk",
      "■ On target",
      "● Completed",
      "✓ Closed",
      "– Not rated",
    ]);
  });

  it("highlights every GCC Actual cell against its own Target with three rules per polarity group", () => {
    const { writePlan, model } = plan("gcc", "2022-10-31", { highlight: true });
    // GCC states no polarity; its measures are rated by suggested polarities, so highlighting appears
    // unaided: three rules per polarity group (lower is better, higher is better).
    expect(ofKind(writePlan.ops, "conditionalFormat")).toHaveLength(6);
    // With turnover's polarity alone set (as a mapping may), one group of three rules.
    for (const measure of model.measures) measure.polarity = null;
    const turnover = model.measures.find((m) => m.name === "Turnover (overall)")!;
    turnover.polarity = "lower_is_better";
    const result = ratePlan(model, { asOf: "2022-10-31", policy: DEFAULT_RAG_POLICY });
    const cf = ofKind(
      ragWritePlan(loadFixture("gcc"), model, result, {
        levels: LEVEL_PRESETS.gcc,
        ratings: { calculated: "register", fillEmptyOwnerCells: false },
        highlight: true,
        dropdowns: false,
        toleranceOf: () => DEFAULT_RAG_POLICY.tolerance,
      }).ops,
      "conditionalFormat"
    );
    expect(cf).toHaveLength(3);
    expect(cf[0].range.split(",").slice(0, 3)).toEqual(["C37", "E37", "G37"]);
    expect(cf.map((c) => c.rule.formula)).toEqual([
      "=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B37,10)>ROUND(ABS(B37)*0.05,10))",
      "=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B37,10)>0,ROUND(C37-B37,10)<=ROUND(ABS(B37)*0.05,10))",
      "=AND(ISNUMBER(C37),ISNUMBER(B37),ROUND(C37-B37,10)<=0)",
    ]);
  });

  it("highlights the scorecard's Actual against the Target to its right", () => {
    const { writePlan } = plan("scorecard", "2022-07-31");
    const cf = ofKind(writePlan.ops, "conditionalFormat");
    expect(cf.length).toBe(6);
    expect(cf[0].rule.formula).toContain("ISNUMBER(I");
  });

  it("takes the last refresh's highlighting off every sheet of measures first, so refreshes replace rather than stack", () => {
    const { writePlan } = plan("scorecard", "2022-07-31");
    const kinds = writePlan.ops
      .filter((op) => op.kind === "clearHighlighting" || op.kind === "conditionalFormat")
      .map((op) => op.kind);
    expect(kinds).toEqual(["clearHighlighting", ...Array<string>(6).fill("conditionalFormat")]);
    expect(ofKind(writePlan.ops, "clearHighlighting")).toEqual([
      { kind: "clearHighlighting", sheet: "Scorecard" },
    ]);
    // Without highlighting, the earlier rules are left as they are.
    expect(
      ofKind(
        plan("scorecard", "2022-07-31", { highlight: false }).writePlan.ops,
        "clearHighlighting"
      )
    ).toEqual([]);
  });
});

describe("the period history", () => {
  const rated = () => {
    const snapshot = loadFixture("thurrock");
    const model = detectPlan(snapshot);
    return {
      snapshot,
      result: ratePlan(model, { asOf: "2018-07-03", policy: DEFAULT_RAG_POLICY }),
    };
  };

  it("records a period as a new column of the history sheet, every new cell expected empty", () => {
    const { snapshot, result } = rated();
    const history = periodSnapshotPlan(snapshot, result, LEVEL_PRESETS.thurrock, "RAG 07/18");
    expect(history.ok).toBe(true);
    if (!history.ok) return;
    const column = ofKind(history.value.ops, "values").find((op) => op.topLeft === "E1");
    expect(column?.values[0]).toEqual(["RAG 07/18"]);
    expect(column?.values).toHaveLength(19);
    expect(column?.expected?.every((row) => row[0] === null)).toBe(true);
  });

  it("never overwrites a period already recorded", () => {
    const { result } = rated();
    const withHistory = snapshotOf(
      { name: "Development Plan", rows: [["x"]] },
      {
        name: HISTORY_SHEET,
        rows: [
          ["Key", "Sheet", "Action", "Group", "RAG 07/18"],
          ["P1.01", "Development Plan", "Create…", "Priority 1", "● 4 – Completed, monitoring"],
        ],
      }
    );
    const again = periodSnapshotPlan(withHistory, result, LEVEL_PRESETS.thurrock, "RAG 07/18");
    expect(again.ok).toBe(false);
    const next = periodSnapshotPlan(withHistory, result, LEVEL_PRESETS.thurrock, "RAG 09/18");
    expect(next.ok && ofKind(next.value.ops, "values").some((op) => op.topLeft === "F1")).toBe(
      true
    );
  });
});
