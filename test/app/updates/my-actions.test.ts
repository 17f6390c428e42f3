/** @jest-environment node */
import { listMyActions } from "../../../src/app/my-actions";
import { cellText } from "../../../src/core/model/cell-value";
import { columnNumber } from "../../../src/core/model/address";
import { MY_ACTIONS_BUCKETS } from "../../../src/core/updates/my-actions";
import { openSample, readSnapshot } from "./open-sample";

const AS_OF = "2022-09-30";

describe("My actions on the samples", () => {
  it("merges the ways one person is written, and leaves placeholders out", async () => {
    const run = await listMyActions(await openSample("gcc"), { asOf: AS_OF });
    if (!run.ok) throw new Error(run.error.message);
    const names = run.value.people.map((person) => person.name);
    const claire = run.value.people.find((person) => person.variants.includes("Claire Connelly"));
    expect(claire?.variants).toEqual(
      expect.arrayContaining(["Claire Connolly", "Claire Connelly"])
    );
    expect(names.filter((name) => /^Rob Tyr/.test(name))).toHaveLength(1);
    expect(names.filter((name) => /^Rob England/.test(name))).toEqual(["Rob England"]);
    expect(names).not.toContain("TBC");
    // A lead sees their groups: Ann James leads 1.1 ("Lead: Ann James").
    expect(run.value.people.find((person) => person.name === "Ann James")?.leads).toContain(
      "1.1 Recruitment and Retention"
    );
  });

  it("BCP: Sara Scholey sees exactly the rows whose Lead cell names her, each once", async () => {
    const gateway = await openSample("bcp");
    const snapshot = await readSnapshot(gateway);
    const run = await listMyActions(gateway, { asOf: AS_OF, person: "Sara Scholey" });
    if (!run.ok || !run.value.mine) throw new Error("no actions");
    const listed = MY_ACTIONS_BUCKETS.flatMap((bucket) =>
      run.value.mine!.buckets[bucket].map((item) => item.row)
    ).sort((a, b) => a - b);
    // The truth, read without the parser: every row with a Ref like 1.4 whose Lead (C) names her.
    const sheet = snapshot.sheets.find((candidate) => candidate.name === "Improvement Plan")!;
    const truth = sheet.values
      .map((row, index) => ({
        row: index + sheet.firstRow,
        ref: cellText(row[0]),
        lead: cellText(row[columnNumber("C") - 1]),
      }))
      .filter((entry) => /^\d+\.\d+$/.test(entry.ref.trim()) && /Sara Scholey/i.test(entry.lead))
      .map((entry) => entry.row);
    expect(listed).toEqual(truth);
    expect(run.value.mine.total).toBe(truth.length);
  });

  it("puts each action in the list its date and status say, with the date as written and as read", async () => {
    const run = await listMyActions(await openSample("bcp"), {
      asOf: AS_OF,
      person: "Cathi Hadley",
    });
    if (!run.ok || !run.value.mine) throw new Error("no actions");
    const { buckets } = run.value.mine;
    expect(buckets.soon.map((item) => [item.ref, item.dueWritten, item.dueRead])).toEqual([
      ["3.10", "30/9/22", "30 Sep 2022"],
    ]);
    expect(buckets.done.map((item) => item.ref)).toEqual(["3.1"]);
    for (const bucket of MY_ACTIONS_BUCKETS)
      for (const item of buckets[bucket]) expect(item.reason).not.toBe("");
  });

  it("Thurrock: 'S Murphy' is found by the name remembered, and overdue actions say how late", async () => {
    const run = await listMyActions(await openSample("thurrock"), {
      asOf: AS_OF,
      person: "s murphy",
    });
    if (!run.ok || !run.value.mine) throw new Error("no actions");
    expect(run.value.mine.person).toBe("S Murphy");
    expect(run.value.mine.total).toBeGreaterThan(0);
    for (const item of run.value.mine.buckets.overdue) expect(item.reason).toMatch(/overdue/);
  });

  it("says nothing is picked when the remembered name is no longer in the plan", async () => {
    const run = await listMyActions(await openSample("bcp"), {
      asOf: AS_OF,
      person: "Nobody Atall",
    });
    expect(run.ok && run.value.mine).toBeNull();
  });
});
