/** @jest-environment node */
import { detectPlan } from "../../../../src/core/parse/detect-plan";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { ratePlan } from "../../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { periodSnapshotPlan } from "../../../../src/core/rag/write/period-snapshot";
import { ragWritePlan } from "../../../../src/core/rag/write/rag-write-plan";
import { HISTORY_SHEET, LISTS_SHEET, RATINGS_SHEET } from "../../../../src/core/rag/write/owned-sheets";
import type { WriteOp } from "../../../../src/core/write-plan/write-plan";
import { type FixtureId, loadFixture, snapshotOf } from "../../../support/snapshot-builder";

const plan = (id: FixtureId, asOf: string, options: Partial<{ writeStatusColumn: boolean; highlight: boolean; dropdowns: boolean }> = {}) => {
  const snapshot = loadFixture(id);
  const model = detectPlan(snapshot);
  const result = ratePlan(model, { asOf, policy: DEFAULT_RAG_POLICY });
  const levels = LEVEL_PRESETS[model.layout];
  return {
    snapshot,
    model,
    result,
    writePlan: ragWritePlan(snapshot, model, result, {
      levels, writeStatusColumn: true, highlight: true, dropdowns: true, toleranceOf: () => DEFAULT_RAG_POLICY.tolerance, ...options,
    }),
  };
};

const ofKind = <K extends WriteOp["kind"]>(ops: WriteOp[], kind: K): Extract<WriteOp, { kind: K }>[] =>
  ops.filter((op): op is Extract<WriteOp, { kind: K }> => op.kind === kind);

describe("the RAG write-back plan", () => {
  it("writes only to the sheets Plan Tracker owns and the plan's RAG column it was asked to fill", () => {
    const { writePlan } = plan("bcp", "2023-01-31");
    // The highlighting layer (rules, and taking off the last refresh's) goes over the measures' cells.
    const layer = (op: WriteOp) => op.kind === "conditionalFormat" || op.kind === "clearHighlighting";
    const written = new Set(writePlan.ops.filter((op) => !layer(op)).map((op) => op.sheet));
    expect(written).toEqual(new Set([RATINGS_SHEET, LISTS_SHEET, "Improvement Plan"]));
    const planWrites = writePlan.ops.filter((op) => op.sheet === "Improvement Plan" && op.kind !== "listValidation" && !layer(op));
    const columns = new Set(planWrites.map((op) => ("topLeft" in op ? op.topLeft.replace(/\d+$/, "") : "")));
    expect(columns).toEqual(new Set(["E"]));
  });

  it("labels BCP's colour-only RAG column with glyph and the council's words, guarded by what was read", () => {
    const { writePlan, snapshot } = plan("bcp", "2023-01-31");
    const [first] = ofKind(writePlan.ops, "values").filter((op) => op.sheet === "Improvement Plan");
    expect(first.topLeft).toBe("E21");
    expect(first.values[0]).toEqual(["■ On track"]);
    expect(first.expected?.length).toBe(first.values.length);
    // Row 23 is a continuation row: left as it is.
    expect(first.values[2]).toEqual([null]);
    // The council's own key colours, not ours.
    const fills = ofKind(writePlan.ops, "fills").find((op) => op.sheet === "Improvement Plan");
    expect(fills?.colours[0]).toEqual(["#00B050"]);
    expect(snapshot.sheets[0].values[20][4]).toBeNull();
  });

  it("adds a dropdown on each RAG column pointing at the lists sheet", () => {
    const { writePlan } = plan("bcp", "2023-01-31");
    const lists = ofKind(writePlan.ops, "listValidation");
    expect(lists.map((l) => l.range)).toEqual(["E21:E54", "E66:E84", "E96:E109"]);
    expect(new Set(lists.map((l) => l.source))).toEqual(new Set([`'${LISTS_SHEET}'!$A$2:$A$6`]));
  });

  it("puts a legend with glyph, label and meaning for every level on the ratings sheet", () => {
    const { writePlan } = plan("gcc", "2022-10-31");
    const values = ofKind(writePlan.ops, "values").find((op) => op.sheet === RATINGS_SHEET)?.values ?? [];
    const legend = values.slice(5, 11).map((row) => row[0]);
    expect(legend).toEqual(["▲ Compromised", "◆ At risk", "■ On target", "● Completed", "✓ Closed", "– Not rated"]);
  });

  it("highlights every GCC Actual cell against its own Target with three rules per polarity group", () => {
    const { writePlan, model } = plan("gcc", "2022-10-31", { highlight: true });
    // GCC states no polarity; its measures are rated by suggested polarities, so highlighting appears
    // unaided: three rules per polarity group (lower is better, higher is better).
    expect(ofKind(writePlan.ops, "conditionalFormat")).toHaveLength(6);
    // With turnover's polarity alone set (as a mapping may), one group of three rules.
    for (const metric of model.metrics) metric.polarity = null;
    const turnover = model.metrics.find((m) => m.name === "Turnover (overall)")!;
    turnover.polarity = "lower_is_better";
    const result = ratePlan(model, { asOf: "2022-10-31", policy: DEFAULT_RAG_POLICY });
    const cf = ofKind(
      ragWritePlan(loadFixture("gcc"), model, result, {
        levels: LEVEL_PRESETS.gcc, writeStatusColumn: false, highlight: true, dropdowns: false, toleranceOf: () => DEFAULT_RAG_POLICY.tolerance,
      }).ops,
      "conditionalFormat",
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
    const kinds = writePlan.ops.filter((op) => op.kind === "clearHighlighting" || op.kind === "conditionalFormat").map((op) => op.kind);
    expect(kinds).toEqual(["clearHighlighting", ...Array<string>(6).fill("conditionalFormat")]);
    expect(ofKind(writePlan.ops, "clearHighlighting")).toEqual([{ kind: "clearHighlighting", sheet: "Scorecard" }]);
    // Without highlighting, the earlier rules are left as they are.
    expect(ofKind(plan("scorecard", "2022-07-31", { highlight: false }).writePlan.ops, "clearHighlighting")).toEqual([]);
  });
});

describe("the period history", () => {
  const rated = () => {
    const snapshot = loadFixture("thurrock");
    const model = detectPlan(snapshot);
    return { snapshot, result: ratePlan(model, { asOf: "2018-07-03", policy: DEFAULT_RAG_POLICY }) };
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
      { name: HISTORY_SHEET, rows: [["Key", "Sheet", "Action", "Group", "RAG 07/18"], ["P1.01", "Development Plan", "Create…", "Priority 1", "● 4 – Completed, monitoring"]] },
    );
    const again = periodSnapshotPlan(withHistory, result, LEVEL_PRESETS.thurrock, "RAG 07/18");
    expect(again.ok).toBe(false);
    const next = periodSnapshotPlan(withHistory, result, LEVEL_PRESETS.thurrock, "RAG 09/18");
    expect(next.ok && ofKind(next.value.ops, "values").some((op) => op.topLeft === "F1")).toBe(true);
  });
});
