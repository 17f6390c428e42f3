/** @jest-environment node */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseWorkbook } from "../../../src/app/analyse-workbook";
import { mappingInForce } from "../../../src/app/plan-settings";
import { rateWorkbook } from "../../../src/app/rate-workbook";
import { readPlan } from "../../../src/app/analyse-workbook";
import type { Mapping } from "../../../src/core/mapping/mapping";
import { MAPPING_NAMESPACE } from "../../../src/core/mapping/mapping";
import { canonicalMapping } from "../../../src/core/mapping/mapping-json";
import { mappingFromXml, mappingToXml } from "../../../src/core/mapping/mapping-xml";
import {
  missingValuesFrom,
  withColumnField,
  withLevel,
  withMissingValues,
  withPolicy,
} from "../../../src/taskpane/components/mapping/edit-mapping";
import {
  CANNOT_STORE,
  checkEdited,
  loadMappingView,
  previewEffect,
  saveMapping,
} from "../../../src/taskpane/engines/mapping";
import type { LoadedMapping } from "../../../src/taskpane/engines/mapping";
import { tableKey } from "../../../src/taskpane/components/mapping/table-headings";
import { analyseOnDemand } from "../../../src/taskpane/hooks/use-analysis";
import { openXlsxWorkbook } from "../../../src/xlsx/xlsx-gateway";
import type { FixtureId } from "../../support/snapshot-builder";
import { loadFixture } from "../../support/snapshot-builder";
import { fixtureGateway, savedBeforeRowsAdded, storingGateway } from "../mapping-fakes";
import { sheetsAsV2 } from "../../core/mapping/old-mappings";

/** GCC's plan went to its Improvement Board on 28 July 2022: rate as of then, so nothing drifts with the calendar. */
const AS_OF = "2022-07-28";

const loaded = async (gateway: Parameters<typeof loadMappingView>[0]): Promise<LoadedMapping> => {
  const read = await loadMappingView(gateway);
  if (!read.ok) throw new Error(read.error.message);
  return read.value;
};

/** The first actions table on "Focus on Practice" (header row 13), whose column C is "Timescale". */
const gccTimescaleNotRead = (mapping: Mapping): Mapping => {
  const sheet = mapping.sheets.findIndex((s) => s.name === "Focus on Practice");
  const table = mapping.sheets[sheet].tables.findIndex(
    (t) => t.kind === "actions" && t.headerRows[0] === 13
  );
  expect(mapping.sheets[sheet].tables[table].fields.find((f) => f.column === "C")).toMatchObject({
    name: "due",
    title: "Timescale",
  });
  return withColumnField(mapping, { sheet, table }, "C", null, "Timescale");
};

describe("loadMappingView", () => {
  it.each<FixtureId>(["gcc", "bcp", "thurrock", "scorecard"])(
    "%s: says what detection understood, with every mapped table's headings",
    async (id) => {
      const view = await loaded(fixtureGateway(id));
      const plan = await readPlan(fixtureGateway(id));
      if (!plan.ok) throw new Error(plan.error.message);
      const { source: _source, ...expected } = mappingInForce(
        plan.value.settings,
        plan.value.model
      );
      expect(view.source).toBe("detected");
      expect(view.upgradedFrom).toBeUndefined();
      expect(view.storedProblem).toBeUndefined();
      expect(view.mapping).toEqual(expected);
      expect(view.measures).toEqual([...new Set(plan.value.model.measures.map((m) => m.name))]);
      // Every column the mapping reads by a heading written in the sheet is offered under that heading's column.
      for (const sheet of view.mapping.sheets) {
        for (const table of sheet.tables) {
          const headings = view.headings[tableKey(sheet.name, table.headerRows[0])];
          expect(headings).toBeDefined();
          const letters = headings.map((h) => h.column);
          for (const field of table.fields)
            if (field.title && table.headerRows.length === 1)
              expect(letters).toContain(field.column);
        }
      }
    }
  );

  it("GCC: the first actions table's headings are the sheet's own", async () => {
    const view = await loaded(fixtureGateway("gcc"));
    expect(view.headings[tableKey("Focus on Practice", 13)]).toEqual([
      { column: "A", heading: "Key Actions" },
      { column: "B", heading: "Owners" },
      { column: "C", heading: "Timescale" },
    ]);
  });

  it("says a mapping is stored, and shows it as stored", async () => {
    const detected = await loaded(fixtureGateway("bcp"));
    const stored = withPolicy(detected.mapping, { amberWindowDays: 14 });
    const view = await loaded(fixtureGateway("bcp", { mappingXml: mappingToXml(stored) }));
    expect(view.source).toBe("stored");
    expect(view.mapping).toEqual(canonicalMapping(stored));
    expect(view.mapping.policy.amberWindowDays).toBe(14);
  });

  it("says a version 1 mapping was upgraded", async () => {
    const detected = await loaded(fixtureGateway("bcp"));
    const v1 = {
      version: 1,
      layout: "bcp",
      sheets: sheetsAsV2(detected.mapping.sheets),
      levels: {
        green: { label: "On track", meaning: "Running to plan", glyph: "■", fill: "#00703C" },
      },
      policy: { amberWindowDays: 21 },
    };
    const xml = `<planTrackerMapping xmlns="${MAPPING_NAMESPACE}" version="1"><![CDATA[${JSON.stringify(v1)}]]></planTrackerMapping>`;
    const view = await loaded(fixtureGateway("bcp", { mappingXml: xml }));
    expect(view.source).toBe("stored");
    expect(view.upgradedFrom).toBe(1);
    expect(view.mapping.version).toBe(3);
    expect(view.mapping.policy.amberWindowDays).toBe(21);
  });

  it("a stored mapping that no longer fits: says why, and shows what detection understood instead", async () => {
    const detected = await loaded(fixtureGateway("bcp"));
    const elsewhere: Mapping = {
      ...detected.mapping,
      sheets: [{ ...detected.mapping.sheets[0], name: "Old plan" }],
    };
    const view = await loaded(fixtureGateway("bcp", { mappingXml: mappingToXml(elsewhere) }));
    expect(view.source).toBe("detected");
    expect(view.storedProblem).toMatch(
      /^The mapping stored in this workbook no longer fits it: .*"Old plan", which is not in this workbook/
    );
    expect(view.mapping).toEqual(detected.mapping);
  });

  it("a read failure is the gateway's one sentence", async () => {
    const gateway = fixtureGateway("gcc");
    gateway.read = async () => ({
      ok: false,
      error: {
        kind: "busy",
        message: "A cell is being edited; finish editing it, then try again.",
      },
    });
    await expect(loadMappingView(gateway)).resolves.toEqual({
      ok: false,
      error: {
        kind: "busy",
        message: "A cell is being edited; finish editing it, then try again.",
      },
    });
  });
});

describe("checkEdited: a wrong edit is one sentence naming the entry", () => {
  const base = async () => (await loaded(fixtureGateway("gcc"))).mapping;

  it.each<[string, (m: Mapping) => Mapping, RegExp]>([
    [
      "a label that already means another level",
      (m) => withLevel(m, "amber", { label: "On target" }),
      /^levels\[\d\] \("green"\) uses the word "On target", which already means "amber"; a status word can mean one level only\.$/,
    ],
    [
      "a fill that is not a colour",
      (m) => withLevel(m, "red", { fill: "red" }),
      /levels\[0\]\.fill/,
    ],
    ["an empty label", (m) => withLevel(m, "green", { label: "" }), /levels\[2\]\.label/],
    [
      "an amber window that is not a number",
      (m) => withPolicy(m, { amberWindowDays: Number.NaN }),
      /policy\.amberWindowDays/,
    ],
    [
      "an amber window over a year",
      (m) => withPolicy(m, { amberWindowDays: 400 }),
      /policy\.amberWindowDays/,
    ],
  ])("%s", async (_case, change, sentence) => {
    const checked = checkEdited(change(await base()));
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.error).toMatch(sentence);
    expect(checked.error).not.toMatch(/\n|\bat .*\(/);
  });

  it("an untouched mapping passes, as the workbook will read it back", async () => {
    const mapping = await base();
    expect(checkEdited(mapping)).toEqual({ ok: true, value: canonicalMapping(mapping) });
  });
});

describe("previewEffect", () => {
  it("GCC, Timescale not read: issues and ratings compared from one read, exactly as Validate and RAG would count them", async () => {
    const gateway = fixtureGateway("gcc");
    const edited = gccTimescaleNotRead((await loaded(gateway)).mapping);
    const readsBefore = gateway.reads;
    const effect = await previewEffect(gateway, { edited, asOf: AS_OF, baseline: "workbook" });
    if (!effect.ok) throw new Error(effect.error);
    expect(gateway.reads - readsBefore).toBe(1);

    const before = await analyseWorkbook(fixtureGateway("gcc"));
    const after = await analyseWorkbook(fixtureGateway("gcc"), edited);
    if (!before.ok || !after.ok) throw new Error("analysis failed");
    expect(effect.value.issues).toEqual({
      before: before.value.summary,
      after: after.value.summary,
    });
    // The table at row 13 now has no Timescale or Deadline column: one more missing-label error.
    const missing = (issues: typeof after.value.issues) =>
      issues.filter(
        (i) =>
          i.code === "missing-label" && /row 13 has no Timescale or Deadline column/.test(i.message)
      );
    expect(missing(before.value.issues)).toHaveLength(0);
    expect(missing(after.value.issues)).toHaveLength(1);
    expect(effect.value.issues.after.error).toBe(effect.value.issues.before.error + 1);

    // Its actions lose their dates, so their ratings change; the measures do not.
    const rows = after.value.model.actions.filter(
      (a) => a.sheet === "Focus on Practice" && a.row > 13 && a.row < 29
    ).length;
    expect(rows).toBeGreaterThan(0);
    expect(effect.value.ratings.actions).toBeGreaterThan(0);
    expect(effect.value.ratings.actions).toBeLessThanOrEqual(rows);
    expect(effect.value.ratings.measures).toBe(0);
    expect(effect.value.ratings.actionsRead.before).toBe(effect.value.ratings.actionsRead.after);
  });

  it("a longer amber window changes ratings but no issues", async () => {
    const gateway = fixtureGateway("gcc");
    const edited = withPolicy((await loaded(gateway)).mapping, { amberWindowDays: 366 });
    const effect = await previewEffect(gateway, { edited, asOf: AS_OF, baseline: "workbook" });
    if (!effect.ok) throw new Error(effect.error);
    expect(effect.value.issues.after).toEqual(effect.value.issues.before);
    const before = await rateWorkbook(fixtureGateway("gcc"), { asOf: AS_OF });
    const after = await rateWorkbook(fixtureGateway("gcc"), { asOf: AS_OF, mapping: edited });
    if (!before.ok || !after.ok) throw new Error("rating failed");
    const differ = before.value.result.actions.filter(
      (a, i) => a.rating.level !== after.value.result.actions[i].rating.level
    ).length;
    expect(differ).toBeGreaterThan(0);
    expect(effect.value.ratings.actions).toBe(differ);
  });

  it("an invalid edit is its one sentence, and the workbook is not even read", async () => {
    const gateway = fixtureGateway("gcc");
    const edited = withLevel((await loaded(gateway)).mapping, "red", { fill: "#12345" });
    const reads = gateway.reads;
    const effect = await previewEffect(gateway, { edited, asOf: AS_OF, baseline: "workbook" });
    expect(effect.ok).toBe(false);
    if (!effect.ok) expect(effect.error).toMatch(/levels\[0\]\.fill/);
    expect(gateway.reads).toBe(reads);
  });

  it("compares with detection when the stored mapping cannot be used", async () => {
    const detected = await loaded(fixtureGateway("bcp"));
    const broken = mappingToXml({
      ...detected.mapping,
      sheets: [{ ...detected.mapping.sheets[0], name: "Old plan" }],
    });
    const gateway = fixtureGateway("bcp", { mappingXml: broken });
    const effect = await previewEffect(gateway, {
      edited: detected.mapping,
      asOf: "2023-02-01",
      baseline: "detection",
    });
    if (!effect.ok) throw new Error(effect.error);
    expect(effect.value.issues.after).toEqual(effect.value.issues.before);
    expect(effect.value.ratings.actions + effect.value.ratings.measures).toBe(0);
  });
});

describe("saveMapping", () => {
  it("stores the edited mapping as XML that reads back to it, and Validate then uses it", async () => {
    const gateway = fixtureGateway("gcc");
    const edited = gccTimescaleNotRead((await loaded(gateway)).mapping);
    const saved = await saveMapping(gateway, edited);
    expect(saved).toEqual({ ok: true, value: canonicalMapping(edited) });
    expect(gateway.stored).toHaveLength(1);
    expect(mappingFromXml(gateway.stored[0])).toEqual({
      ok: true,
      value: canonicalMapping(edited),
    });

    // The pane's Validate passes no mapping, so it picks up the stored one (its issue says so).
    const validated = await analyseOnDemand(gateway);
    if (!validated.ok) throw new Error(validated.error.message);
    expect(
      validated.value.issues.some(
        (i) =>
          i.code === "missing-label" && /row 13 has no Timescale or Deadline column/.test(i.message)
      )
    ).toBe(true);
    expect((await loaded(gateway)).source).toBe("stored");
  });

  it("says so when the workbook connection cannot keep a mapping", async () => {
    const { storeMapping: _store, ...gateway } = fixtureGateway("gcc");
    const mapping = (await loaded(gateway)).mapping;
    await expect(saveMapping(gateway, mapping)).resolves.toEqual({
      ok: false,
      error: CANNOT_STORE,
    });
  });

  it("an invalid edit is not stored", async () => {
    const gateway = fixtureGateway("gcc");
    const edited = withPolicy((await loaded(gateway)).mapping, { amberWindowDays: Number.NaN });
    const saved = await saveMapping(gateway, edited);
    expect(saved.ok).toBe(false);
    if (!saved.ok) expect(saved.error).toMatch(/policy\.amberWindowDays/);
    expect(gateway.stored).toEqual([]);
  });

  it("a mapping that no longer fits the workbook (a co-author changed it) is not stored", async () => {
    const mapping = (await loaded(fixtureGateway("bcp"))).mapping;
    const changed = loadFixture("bcp");
    changed.sheets[0] = { ...changed.sheets[0], name: "Improvement Plan 2023" };
    const gateway = storingGateway(changed);
    const saved = await saveMapping(gateway, mapping);
    expect(saved).toEqual({
      ok: false,
      error: expect.stringMatching(/^The mapping does not fit this workbook: .*"Improvement Plan"/),
    });
    expect(gateway.stored).toEqual([]);
  });

  it("a failed store is the gateway's own sentence", async () => {
    const message =
      "This version of Excel cannot keep a mapping inside the workbook (it needs Excel 2016 or later with ExcelApi 1.5); nothing was saved.";
    const gateway = fixtureGateway("gcc", { storeError: { kind: "unsupported", message } });
    const saved = await saveMapping(gateway, (await loaded(gateway)).mapping);
    expect(saved).toEqual({ ok: false, error: message });
  });

  it("through the .xlsx gateway: the saved copy opens with the mapping stored", async () => {
    const bytes = new Uint8Array(
      readFileSync(join(__dirname, "..", "..", "fixtures", "generated", "gcc.xlsx"))
    );
    const opened = await openXlsxWorkbook(bytes, "gcc.xlsx", {
      clock: () => "2022-07-28T09:00:00Z",
    });
    if (!opened.ok) throw new Error(opened.error.message);
    const edited = gccTimescaleNotRead((await loaded(opened.value)).mapping);
    expect((await saveMapping(opened.value, edited)).ok).toBe(true);
    const reopened = await openXlsxWorkbook(await opened.value.save(), "gcc copy.xlsx");
    if (!reopened.ok) throw new Error(reopened.error.message);
    const view = await loaded(reopened.value);
    expect(view.source).toBe("stored");
    expect(view.mapping).toEqual(canonicalMapping(edited));
  });
});

describe("a stored mapping whose tables rows were added above", () => {
  /** The scorecard's one table has its header at row 4; the mapping was saved when it was at row 2. */
  const MOVED =
    'Rows were added or removed above a table since the mapping was saved, so its header was followed to where it is now ("Scorecard" row 2 → 4); save the mapping again to record it.';
  const movedScorecard = async () => {
    const detected = (await loaded(fixtureGateway("scorecard"))).mapping;
    const old = savedBeforeRowsAdded(detected, "Scorecard", 2);
    return {
      detected,
      old,
      gateway: fixtureGateway("scorecard", { mappingXml: mappingToXml(old) }),
    };
  };
  const scorecardRows = (mapping: Mapping) =>
    mapping.sheets.find((s) => s.name === "Scorecard")?.tables.map((t) => t.headerRows);

  it("loadMappingView shows the tables where they are now, and says so in one sentence", async () => {
    const { gateway } = await movedScorecard();
    const view = await loaded(gateway);
    expect(view.source).toBe("stored");
    expect(view.headerMoves).toBe(MOVED);
    expect(scorecardRows(view.mapping)).toEqual([[4]]);
  });

  it("a mapping that did not move says nothing of moves", async () => {
    const detected = (await loaded(fixtureGateway("scorecard"))).mapping;
    expect(
      (await loaded(fixtureGateway("scorecard", { mappingXml: mappingToXml(detected) })))
        .headerMoves
    ).toBeUndefined();
  });

  it("saving the mapping as shown stores the rows as they are now, and the sentence goes", async () => {
    const { gateway } = await movedScorecard();
    const saved = await saveMapping(gateway, (await loaded(gateway)).mapping);
    expect(saved.ok && scorecardRows(saved.value)).toEqual([[4]]);
    const stored = mappingFromXml(gateway.stored[0]);
    expect(stored.ok && scorecardRows(stored.value)).toEqual([[4]]);
    expect((await loaded(gateway)).headerMoves).toBeUndefined();
  });

  it("saving a mapping read before the rows were added stores it where the table is now", async () => {
    const { old } = await movedScorecard();
    const gateway = fixtureGateway("scorecard");
    const saved = await saveMapping(gateway, old);
    expect(saved.ok && scorecardRows(saved.value)).toEqual([[4]]);
    const stored = mappingFromXml(gateway.stored[0]);
    expect(stored.ok && scorecardRows(stored.value)).toEqual([[4]]);
  });

  it("Validate's answer carries the same sentence", async () => {
    const { gateway } = await movedScorecard();
    const validated = await analyseOnDemand(gateway);
    expect(validated.ok && validated.value.headerMoves).toBe(MOVED);
    const plain = await analyseOnDemand(fixtureGateway("scorecard"));
    expect(plain.ok && plain.value.headerMoves).toBeUndefined();
  });
});

describe("the council's own no-value words", () => {
  it("are kept through the check a save goes through, and stored", async () => {
    const gateway = fixtureGateway("scorecard");
    const edited = withMissingValues((await loaded(gateway)).mapping, ["TBC", "Awaited"]);
    const saved = await saveMapping(gateway, edited);
    expect(saved.ok && saved.value.missingValues).toEqual(["TBC", "Awaited"]);
    expect((await loaded(gateway)).mapping.missingValues).toEqual(["TBC", "Awaited"]);
  });

  it("typed as one line: comma-separated, trimmed, empty entries dropped; none removes the list", () => {
    expect(missingValuesFrom(" TBC, , Awaited ,")).toEqual(["TBC", "Awaited"]);
    expect(missingValuesFrom(" , ")).toEqual([]);
    const mapping = withMissingValues({ version: 3 } as Mapping, ["TBC"]);
    expect(mapping.missingValues).toEqual(["TBC"]);
    expect("missingValues" in withMissingValues(mapping, [])).toBe(false);
  });
});
