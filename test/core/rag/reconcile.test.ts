/** @jest-environment node */
import { detectPlan } from "../../../src/core/parse/detect-plan";
import { ratePlan } from "../../../src/core/rag/rate-plan";
import { DEFAULT_RAG_POLICY } from "../../../src/core/rag/rag-policy";
import { reconcile } from "../../../src/core/rag/reconcile";
import { loadFixture, snapshotOf } from "../../support/snapshot-builder";

const reconciled = (snapshot = loadFixture("bcp"), asOf = "2023-01-31") =>
  reconcile(ratePlan(detectPlan(snapshot), { asOf, policy: DEFAULT_RAG_POLICY }));

describe("owners' ratings against Plan Tracker's", () => {
  it("counts BCP's 38 owner ratings: 20 agree, 18 do not, 8 actions have none", () => {
    const r = reconciled();
    expect([r.compared, r.agreed, r.disagreements.length, r.unrecorded]).toEqual([38, 20, 18, 8]);
    expect(r.summary).toBe("owners and dates agree on 20 of 38 actions; 8 have no owner rating");
    // BCP's owners rate by colour: the line names the colour they chose and what the dates say.
    const amber = r.disagreements.filter((d) => d.ownerLevel === "amber");
    expect(amber).toHaveLength(17);
    expect(amber.every((d) => d.calculated === "red")).toBe(true);
    expect(
      r.disagreements.filter((d) => d.ownerLevel === "green").map((d) => d.calculated)
    ).toEqual(["red"]);
  });

  it("says each disagreement in one line with the reason, without repeating what the owner recorded", () => {
    const [first] = reconciled().disagreements;
    expect(first.line).toMatch(
      /^owner: (Amber|Green) · dates: Red — due \d{1,2} \w{3} \d{4}, \d+ days? overdue, no completion recorded$/
    );
    expect(first.line).not.toContain("(recorded");
    expect(first.cell).toMatch(/^E\d+$/);
  });

  it("shows a word that maps to no level as the owner wrote it, never as a guessed level", () => {
    const snapshot = snapshotOf({
      name: "Plan",
      rows: [
        ["Ref", "Action", "Lead", "Deadline", "Status"],
        ["1", "Recruit social workers", "Jo Bloggs", "30/06/2022", "Not started"],
        ["2", "Audit case files", "Sam Smith", "31/12/2022", "Green"],
        ["3", "Launch the strategy", "Ann Lee", "31/12/2023", "Green"],
        ["4", "Train managers", "Ann Lee", "31/12/2023", null],
      ],
    });
    const r = reconciled(snapshot, "2023-01-31");
    expect(r.compared).toBe(3);
    expect(r.agreed).toBe(1);
    expect(r.unrecorded).toBe(1);
    const words = r.disagreements.find((d) => d.ref === "1");
    expect(words?.ownerLevel).toBeNull();
    expect(words?.line).toBe(
      "owner: Not started · dates: Red — due 30 Jun 2022, 215 days overdue, no completion recorded"
    );
    expect(r.disagreements.find((d) => d.ref === "2")?.line).toBe(
      "owner: Green · dates: Red — due 31 Dec 2022, 31 days overdue, no completion recorded"
    );
  });

  it("has nothing to reconcile where no owner rated anything", () => {
    const r = reconciled(
      snapshotOf({
        name: "Plan",
        rows: [
          ["Ref", "Action", "Lead", "Deadline"],
          ["1", "Recruit social workers", "Jo Bloggs", "30/06/2022"],
        ],
      })
    );
    expect(r.compared).toBe(0);
    expect(r.summary).toBe("No owner has rated an action, so there is nothing to reconcile.");
  });
});
