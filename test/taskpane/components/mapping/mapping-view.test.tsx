import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { Mapping } from "../../../../src/core/mapping/mapping";
import { MAPPING_NAMESPACE } from "../../../../src/core/mapping/mapping";
import { canonicalMapping } from "../../../../src/core/mapping/mapping-json";
import { mappingFromXml, mappingToXml } from "../../../../src/core/mapping/mapping-xml";
import { RAG_LEVELS } from "../../../../src/core/model/rag-level";
import { DEFAULT_DATE_POLICY } from "../../../../src/core/model/timescale";
import { LEVEL_PRESETS } from "../../../../src/core/rag/level-presets";
import { DEFAULT_RAG_POLICY } from "../../../../src/core/rag/rag-policy";
import { App } from "../../../../src/taskpane/App";
import {
  withColumnField,
  withPolicy,
} from "../../../../src/taskpane/components/mapping/edit-mapping";
import type { MappingEffect } from "../../../../src/taskpane/components/mapping/effect-words";
import {
  SAVED_IN_PREVIEW,
  SAVED_IN_WORKBOOK,
} from "../../../../src/taskpane/components/mapping/MappingEditor";
import * as engine from "../../../../src/taskpane/engines/mapping";
import type { PreviewRequest } from "../../../../src/taskpane/engines/mapping";
import { CANNOT_STORE } from "../../../../src/taskpane/engines/mapping";
import { MAPPING_ENGINE_UNAVAILABLE } from "../../../../src/taskpane/components/mapping/use-mapping-load";
import { EnginesUnavailable } from "../../../../src/taskpane/engines/load-engines";
import type {
  LoadMappingEngine,
  MappingEngine,
} from "../../../../src/taskpane/components/mapping/mapping-engine-types";
import { MappingView } from "../../../../src/taskpane/components/mapping/MappingView";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import type { HostMode } from "../../../../src/taskpane/host/detect-host";
import type { FixtureId } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";
import type { StoringGateway, StoringOptions } from "../../mapping-fakes";
import { fixtureGateway, savedBeforeRowsAdded } from "../../mapping-fakes";
import { sheetsAsV2 } from "../../../core/mapping/old-mappings";

/** GCC's Improvement Board met on 28 July 2022; a preview is rated as of the person's today. */
const today = () => new Date(2022, 6, 28, 9, 30);
const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

interface Setup extends StoringOptions {
  loadEngine?: LoadMappingEngine;
  analysisController?: AnalysisController;
  mode?: HostMode;
  gateway?: StoringGateway;
}

const setup = (id: FixtureId, options: Setup = {}) => {
  const gateway = options.gateway ?? fixtureGateway(id, options);
  renderWithTheme(
    <MappingView
      gateway={gateway}
      mode={options.mode ?? "preview"}
      analysis={options.analysisController ?? idle}
      loadEngine={options.loadEngine ?? (async () => engine)}
      today={today}
    />
  );
  return gateway;
};

/** What the view shows first: what was understood, ready to edit. */
const ready = async () => screen.findByTestId("mapping-source");
const openSection = async (name: RegExp) => userEvent.click(screen.getByRole("button", { name }));
const sheetSection = (name: string) => screen.getByRole("region", { name: `Sheet ${name}` });
const openTable = async (sheet: string, header: RegExp) =>
  userEvent.click(within(sheetSection(sheet)).getByRole("button", { name: header }));
const columnsOf = (name: string) => screen.getByRole("table", { name: `${name}: columns` });
const save = async () =>
  userEvent.click(screen.getByRole("button", { name: "Save to the workbook" }));

/** The mapping the workbook now stores, read back as every later run will read it. */
const storedMapping = (gateway: StoringGateway): Mapping => {
  expect(gateway.stored).toHaveLength(1);
  const read = mappingFromXml(gateway.stored[0]);
  if (!read.ok) throw new Error(read.error);
  return read.value;
};

/** The mapping detection gives, as the engine hands it to the view. */
const detected = async (id: FixtureId): Promise<Mapping> => {
  const read = await engine.loadMappingView(fixtureGateway(id));
  if (!read.ok) throw new Error(read.error.message);
  return read.value.mapping;
};

const focusOnPractice13 = "Focus on Practice, actions table at header row 13";

describe("MappingView: what was understood", () => {
  it("says where the settings come from, and lists every sheet with its tables", async () => {
    setup("gcc");
    await ready();
    expect(screen.getByTestId("mapping-source")).toHaveTextContent(
      "Where these settings come from: Detected (nothing stored yet)."
    );
    await openSection(/^Sheets and columns \(3 sheets, 49 tables\)$/);
    expect(
      within(sheetSection("Focus on Practice")).getByText("Read as: action plan, measures")
    ).toBeInTheDocument();
    expect(
      within(sheetSection("DASHBOARD")).getByText("No tables are read on this sheet.")
    ).toBeInTheDocument();
    expect(
      within(sheetSection("Version control")).getByRole("button", {
        name: "Version log · header row 3 · 0 columns read",
      })
    ).toBeInTheDocument();
    expect(
      within(sheetSection("Focus on Practice")).getByRole("button", {
        name: "Actions · header row 13 · 1.1 Recruitment and Retention · 3 columns read",
      })
    ).toBeInTheDocument();
    expect(
      within(sheetSection("Focus on Practice")).getAllByRole("button", {
        name: /^Measures · header rows 35 and 36 · 1\.1 Recruitment and Retention · 26 columns read$/,
      })
    ).toHaveLength(1);
  });

  it("shows a table's columns: letter, heading as written, and its field in plain words", async () => {
    setup("gcc");
    await ready();
    await openSection(/^Sheets and columns/);
    await openTable("Focus on Practice", /^Actions · header row 13 ·/);
    const rows = within(columnsOf(focusOnPractice13)).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      "A",
      "B",
      "C",
    ]);
    expect(rows.map((row) => within(row).getAllByRole("cell")[0].textContent)).toEqual([
      "Key Actions",
      "Owners",
      "Timescale",
    ]);
    const timescale = within(rows[2]).getByRole("combobox", {
      name: "Column C (Timescale) read as",
    });
    expect(timescale).toHaveDisplayValue("Due date / timescale");
    // The actions table's own fields in words, plus "(not read)"; never the ids.
    const options = within(timescale)
      .getAllByRole("option")
      .map((option) => option.textContent);
    expect(options[0]).toBe("(not read)");
    expect(options).toEqual(
      expect.arrayContaining(["Owner", "RAG status", "Reference", "Progress", "Action"])
    );
    expect(options).not.toContain("due");
    expect(options).not.toContain("Measure name");
  });

  it("shows a period column's reporting period and Target or Actual", async () => {
    setup("gcc");
    await ready();
    await openSection(/^Sheets and columns/);
    await openTable("Focus on Practice", /^Measures · header rows 35 and 36 ·/);
    const table = columnsOf("Focus on Practice, measures table at header rows 35 and 36");
    expect(
      within(table).getByRole("combobox", { name: "Column B (March 22 / Target) read as" })
    ).toHaveDisplayValue("Reporting period");
    expect(
      within(table).getByRole("textbox", { name: "Column B (March 22 / Target) reporting period" })
    ).toHaveValue("Mar 22");
    expect(
      within(table).getByRole("combobox", { name: "Column B (March 22 / Target) holds" })
    ).toHaveDisplayValue("Target");
    expect(
      within(table).getByRole("combobox", { name: "Column C (March 22 / Actual) holds" })
    ).toHaveDisplayValue("Actual");
  });

  it("says a stored mapping is stored", async () => {
    const mapping = await detected("bcp");
    setup("bcp", { mappingXml: mappingToXml(mapping) });
    await ready();
    expect(screen.getByTestId("mapping-source")).toHaveTextContent(
      "Where these settings come from: Stored in this workbook."
    );
  });

  it("says a version 1 mapping was upgraded", async () => {
    const mapping = await detected("bcp");
    const v1 = {
      version: 1,
      layout: "bcp",
      sheets: sheetsAsV2(mapping.sheets),
      levels: {
        green: { label: "On track", meaning: "Running to plan", glyph: "■", fill: "#00703C" },
      },
      policy: { amberWindowDays: 21 },
    };
    setup("bcp", {
      mappingXml: `<planTrackerMapping xmlns="${MAPPING_NAMESPACE}" version="1"><![CDATA[${JSON.stringify(v1)}]]></planTrackerMapping>`,
    });
    await ready();
    expect(screen.getByTestId("mapping-source")).toHaveTextContent(
      "Stored in this workbook, upgraded from version 1 (saving stores it in the current version)."
    );
  });

  it("a stored mapping that cannot be used: its sentence, and detection shown instead", async () => {
    const mapping = await detected("bcp");
    setup("bcp", {
      mappingXml: mappingToXml({
        ...mapping,
        sheets: [{ ...mapping.sheets[0], name: "Old plan" }],
      }),
    });
    await ready();
    expect(screen.getByTestId("mapping-source")).toHaveTextContent(
      "Detected (the mapping stored in this workbook cannot be used)."
    );
    expect(
      screen.getByText(
        /^The mapping stored in this workbook no longer fits it: .*"Old plan".*saving replaces the stored mapping\.$/
      )
    ).toBeInTheDocument();
  });

  it("a failed read is one sentence, and reading again can succeed", async () => {
    const gateway = fixtureGateway("gcc");
    const read = gateway.read;
    gateway.read = async () => ({
      ok: false,
      error: {
        kind: "busy",
        message: "A cell is being edited; finish editing it, then try again.",
      },
    });
    setup("gcc", { gateway });
    expect(
      await screen.findByText("A cell is being edited; finish editing it, then try again.")
    ).toBeInTheDocument();
    gateway.read = read;
    await userEvent.click(screen.getByRole("button", { name: "Read the workbook again" }));
    await ready();
  });

  it("a failed download of the mapping code says to reconnect, never a stack trace", async () => {
    setup("gcc", {
      loadEngine: async () => {
        throw new EnginesUnavailable("ChunkLoadError");
      },
    });
    expect(await screen.findByText(MAPPING_ENGINE_UNAVAILABLE)).toBeInTheDocument();
  });
});

describe("MappingView: correcting and saving", () => {
  it("changing a column's field is saved as XML that reads back to the edited mapping", async () => {
    const gateway = setup("gcc");
    await ready();
    expect(screen.getByTestId("mapping-changed")).toHaveTextContent("No changes yet.");
    await openSection(/^Sheets and columns/);
    await openTable("Focus on Practice", /^Actions · header row 13 ·/);
    await userEvent.selectOptions(
      within(columnsOf(focusOnPractice13)).getByRole("combobox", {
        name: "Column C (Timescale) read as",
      }),
      "(not read)"
    );
    expect(screen.getByTestId("mapping-changed")).toHaveTextContent(
      "You have changes that are not saved yet."
    );
    expect(
      within(sheetSection("Focus on Practice")).getByRole("button", {
        name: /^Actions · header row 13 · .* · 2 columns read$/,
      })
    ).toBeInTheDocument();
    await save();
    expect(await screen.findByText(SAVED_IN_PREVIEW)).toBeInTheDocument();

    const mapping = await detected("gcc");
    const sheet = mapping.sheets.findIndex((s) => s.name === "Focus on Practice");
    expect(storedMapping(gateway)).toEqual(
      canonicalMapping(withColumnField(mapping, { sheet, table: 0 }, "C", null, "Timescale"))
    );
    expect(screen.getByTestId("mapping-source")).toHaveTextContent("Stored in this workbook.");
    expect(screen.getByTestId("mapping-changed")).toHaveTextContent("No changes yet.");
  });

  it("progress notes from the pane can be set to replace the earlier text, by keyboard, and are saved", async () => {
    const gateway = setup("bcp");
    await ready();
    await openSection(/^Updates from the pane/);
    const above = screen.getByRole("radio", {
      name: "Added above the earlier text, with today's date",
    });
    expect(above).toBeChecked();
    above.focus();
    await userEvent.keyboard("{ArrowDown}");
    expect(screen.getByRole("radio", { name: "In place of the earlier text" })).toBeChecked();
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    expect(storedMapping(gateway).updates).toEqual({ progress: "replace" });
  });

  it("a column the mapping did not read can be given a field; a period can be re-labelled", async () => {
    const gateway = setup("gcc");
    await ready();
    await openSection(/^Sheets and columns/);
    await openTable("Focus on Practice", /^Measures · header rows 35 and 36 ·/);
    const table = columnsOf("Focus on Practice, measures table at header rows 35 and 36");
    const period = within(table).getByRole("textbox", {
      name: "Column B (March 22 / Target) reporting period",
    });
    await userEvent.clear(period);
    await userEvent.type(period, "Mar 2022");
    await userEvent.selectOptions(
      within(table).getByRole("combobox", { name: "Column C (March 22 / Actual) holds" }),
      "Value"
    );
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    const fields =
      storedMapping(gateway)
        .sheets.find((s) => s.name === "Focus on Practice")
        ?.tables.find((t) => t.headerRows[0] === 35)?.fields ?? [];
    expect(fields.find((f) => f.column === "B")).toEqual({
      name: "period",
      column: "B",
      title: "March 22 / Target",
      period: "Mar 2022",
      measure: "target",
    });
    expect(fields.find((f) => f.column === "C")).toMatchObject({
      name: "period",
      period: "Mar 22",
      measure: "value",
    });
  });

  it("Save in Excel says everyone who opens the workbook will use the settings, and Validate is brought up to date", async () => {
    const run = jest.fn(async () => undefined);
    const done: AnalysisController = { state: { status: "done", analysis: {} as never }, run };
    setup("bcp", { mode: "excel", analysisController: done });
    await ready();
    await save();
    expect(await screen.findByText(SAVED_IN_WORKBOOK)).toBeInTheDocument();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("a workbook connection that cannot keep a mapping: nothing saved, and it says so", async () => {
    const { storeMapping: _store, ...gateway } = fixtureGateway("bcp");
    renderWithTheme(
      <MappingView
        gateway={gateway}
        mode="excel"
        analysis={idle}
        loadEngine={async () => engine}
        today={today}
      />
    );
    await ready();
    await save();
    expect(await screen.findByText(CANNOT_STORE)).toBeInTheDocument();
    expect(screen.getByText("Not saved")).toBeInTheDocument();
  });

  it("presets apply the seed layout's levels and the default rules, to adjust before saving", async () => {
    const gateway = setup("gcc");
    await ready();
    await openSection(/^Rating rules$/);
    const amber = screen.getByRole("textbox", { name: "Amber window" });
    await userEvent.clear(amber);
    await userEvent.type(amber, "10");
    await userEvent.selectOptions(screen.getByRole("combobox", { name: "Preset" }), "BCP");
    await userEvent.click(screen.getByRole("button", { name: "Apply preset" }));
    expect(screen.getByRole("textbox", { name: "Amber window" })).toHaveValue("30");
    await openSection(/^Levels$/);
    expect(screen.getByRole("textbox", { name: "Red level: label" })).toHaveValue("High risk");
    expect(screen.getByTestId("level-swatch-red")).toHaveTextContent("Shown as ▲High risk");
    // Then adjust: Blue means something else in this council.
    const meaning = screen.getByRole("textbox", { name: "Blue level: meaning" });
    await userEvent.clear(meaning);
    await userEvent.type(meaning, "Exceeding target");
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    const stored = storedMapping(gateway);
    expect(stored.levels.map((l) => [l.id, l.label])).toEqual(
      RAG_LEVELS.map((id) => [id, LEVEL_PRESETS.bcp[id].label])
    );
    expect(stored.levels.find((l) => l.id === "blue")?.meaning).toBe("Exceeding target");
    expect(stored.policy).toEqual({ ...DEFAULT_RAG_POLICY, dates: DEFAULT_DATE_POLICY });
  });

  it("levels: a new fill shows beside its label with readable text, and a wrong one is named", async () => {
    const gateway = setup("gcc");
    await ready();
    await openSection(/^Levels$/);
    const fill = screen.getByRole("textbox", { name: "Green level: fill colour" });
    await userEvent.clear(fill);
    await userEvent.type(fill, "#FFFF00");
    const swatch = within(screen.getByTestId("level-swatch-green")).getByText("■");
    expect(swatch).toHaveStyle({ backgroundColor: "#FFFF00", color: "#000000" });
    expect(screen.getByTestId("level-swatch-green")).toHaveTextContent("On target");
    await userEvent.type(fill, "Z");
    expect(screen.getByText("Write # and six hex digits, such as #D4351C.")).toBeInTheDocument();
    await save();
    expect(
      await screen.findByText(
        'levels[2].fill "#FFFF00Z" is not a colour written #RRGGBB (for example #D4351C).'
      )
    ).toBeInTheDocument();
    expect(gateway.stored).toEqual([]);
  });

  it("measures: polarity and tolerance per measure; a blank tolerance is the plan's default", async () => {
    const gateway = setup("gcc");
    await ready();
    await openSection(/^Measures \(15\)$/);
    const turnover = screen.getByRole("group", { name: "Turnover (overall)" });
    await userEvent.selectOptions(
      within(turnover).getByRole("combobox", { name: "Polarity" }),
      "Lower is better"
    );
    await userEvent.selectOptions(
      within(turnover).getByRole("combobox", { name: "Tolerance: counted in" }),
      "points (own units)"
    );
    await userEvent.type(within(turnover).getByRole("textbox", { name: "Tolerance" }), "2.5");
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    const stored = storedMapping(gateway);
    expect(stored.measures.find((m) => m.name === "Turnover (overall)")).toEqual({
      name: "Turnover (overall)",
      polarity: "lower_is_better",
      tolerance: { mode: "absolute", value: 2.5 },
    });
    expect(stored.measures.filter((m) => m.tolerance !== undefined)).toHaveLength(1);
  });

  it("policy and report: typed settings are saved; text that is not a number is named before anything is saved", async () => {
    const gateway = setup("gcc");
    await ready();
    await openSection(/^Rating rules$/);
    const amber = screen.getByRole("textbox", { name: "Amber window" });
    await userEvent.clear(amber);
    await userEvent.type(amber, "abc");
    expect(screen.getByText('"abc" is not a number.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    expect(
      await screen.findByText("policy.amberWindowDays should be a whole number, not null.")
    ).toBeInTheDocument();
    expect(screen.getByText("Cannot preview")).toBeInTheDocument();
    await userEvent.clear(amber);
    await userEvent.type(amber, "14");
    await userEvent.click(
      screen.getByRole("checkbox", {
        name: "A green status stands even when the action has no usable date",
      })
    );
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Financial year starts in" }),
      "January"
    );
    await userEvent.selectOptions(
      screen.getByRole("combobox", { name: "Seasons" }),
      "School terms (Spring is January to Easter)"
    );
    await openSection(/^Report$/);
    await userEvent.type(
      screen.getByRole("textbox", { name: "Reporting period" }),
      "Improvement Board – 28 July 2022"
    );
    await userEvent.click(screen.getByRole("checkbox", { name: "Turnover (overall)" }));
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    const stored = storedMapping(gateway);
    expect(stored.policy.amberWindowDays).toBe(14);
    expect(stored.policy.allowGreenWithoutDate).toBe(true);
    expect(stored.policy.dates).toEqual({
      ...DEFAULT_DATE_POLICY,
      financialYearStartMonth: 1,
      seasons: "school-terms",
    });
    expect(stored.report).toEqual({
      period: "Improvement Board – 28 July 2022",
      chartMeasures: ["Turnover (overall)"],
    });
  });

  it("Discard changes returns to the mapping as read", async () => {
    setup("gcc");
    await ready();
    await openSection(/^Rating rules$/);
    const amber = screen.getByRole("textbox", { name: "Amber window" });
    await userEvent.clear(amber);
    await userEvent.type(amber, "7");
    await userEvent.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(screen.getByRole("textbox", { name: "Amber window" })).toHaveValue("30");
    expect(screen.getByTestId("mapping-changed")).toHaveTextContent("No changes yet.");
  });
});

describe("MappingView: tables followed to new rows", () => {
  it("the source line says the header was followed, Save records the rows as they are now, and the sentence goes", async () => {
    const old = savedBeforeRowsAdded(await detected("scorecard"), "Scorecard", 2);
    const gateway = setup("scorecard", { mappingXml: mappingToXml(old) });
    await ready();
    expect(screen.getByTestId("mapping-source")).toHaveTextContent(
      'Where these settings come from: Stored in this workbook. Rows were added or removed above a table since the mapping was saved, so its header was followed to where it is now ("Scorecard" row 2 → 4); save the mapping again to record it.'
    );
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    expect(
      storedMapping(gateway)
        .sheets.find((s) => s.name === "Scorecard")
        ?.tables.map((t) => t.headerRows)
    ).toEqual([[4]]);
    expect(screen.getByTestId("mapping-source")).toHaveTextContent(
      /^Where these settings come from: Stored in this workbook\.$/
    );
  });
});

describe("MappingView: the council's own no-value words", () => {
  const noValueBox = () => screen.getByRole("textbox", { name: "Words that mean no value yet" });

  it('typing \'TBC, Awaited\' then Save stores missingValues: ["TBC", "Awaited"]', async () => {
    const gateway = setup("gcc");
    await ready();
    await openSection(/^Measures \(15\)$/);
    expect(noValueBox()).toHaveValue("");
    await userEvent.type(noValueBox(), "TBC, Awaited");
    expect(noValueBox()).toHaveValue("TBC, Awaited");
    expect(screen.getByTestId("mapping-changed")).toHaveTextContent(
      "You have changes that are not saved yet."
    );
    await save();
    await screen.findByText(SAVED_IN_PREVIEW);
    expect(storedMapping(gateway).missingValues).toEqual(["TBC", "Awaited"]);
  });

  it("empty entries are dropped, the preview is asked with the words, and Discard empties the box", async () => {
    const asked: PreviewRequest[] = [];
    setup("gcc", {
      loadEngine: async () => ({
        ...engine,
        previewEffect: async (gateway, request) => {
          asked.push(request);
          return engine.previewEffect(gateway, request);
        },
      }),
    });
    await ready();
    await openSection(/^Measures \(15\)$/);
    await userEvent.type(noValueBox(), " TBC, , Awaited ,");
    // What was typed stays on screen while it is typed; the mapping gets the words.
    expect(noValueBox()).toHaveValue(" TBC, , Awaited ,");
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    await screen.findByTestId("mapping-issue-change");
    expect(asked.map((request) => request.edited.missingValues)).toEqual([["TBC", "Awaited"]]);
    await userEvent.click(screen.getByRole("button", { name: "Discard changes" }));
    expect(noValueBox()).toHaveValue("");
  });

  it("a stored list is shown as one comma-separated line", async () => {
    setup("gcc", {
      mappingXml: mappingToXml({ ...(await detected("gcc")), missingValues: ["TBC", "Awaited"] }),
    });
    await ready();
    await openSection(/^Measures \(15\)$/);
    expect(noValueBox()).toHaveValue("TBC, Awaited");
  });
});

describe("MappingView: preview the effect", () => {
  const effect: MappingEffect = {
    asOf: "2022-07-28",
    issues: {
      before: { error: 40, warning: 93, info: 199 },
      after: { error: 30, warning: 93, info: 187 },
    },
    ratings: {
      actions: 12,
      measures: 3,
      actionsRead: { before: 163, after: 160 },
      measuresRead: { before: 15, after: 15 },
    },
  };

  const withPreview =
    (previewEffect: MappingEngine["previewEffect"]): LoadMappingEngine =>
    async () => ({ ...engine, previewEffect });

  it("shows issues before → after, per severity, and the ratings that change, for the edited mapping as of today", async () => {
    const asked: PreviewRequest[] = [];
    setup("gcc", {
      loadEngine: withPreview(async (_gateway, request) => {
        asked.push(request);
        return { ok: true, value: effect };
      }),
    });
    await ready();
    await openSection(/^Rating rules$/);
    const amber = screen.getByRole("textbox", { name: "Amber window" });
    await userEvent.clear(amber);
    await userEvent.type(amber, "60");
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    expect(await screen.findByTestId("mapping-issue-change")).toHaveTextContent(
      "Issues: 332 → 310 (22 fewer)"
    );
    const summary = screen.getByRole("region", { name: "Effect of these settings" });
    expect(
      within(summary)
        .getAllByRole("listitem")
        .map((item) => item.textContent?.trim())
    ).toEqual([
      "Errors: 40 → 30 (10 fewer)",
      "Warnings: 93 → 93 (no change)",
      "Info: 199 → 187 (12 fewer)",
    ]);
    expect(screen.getByTestId("mapping-rating-change")).toHaveTextContent(
      "Ratings that change: 12 actions, 3 measures"
    );
    expect(within(summary).getByText("Actions read: 163 → 160")).toBeInTheDocument();
    expect(within(summary).getByText(/Rated as of 28 Jul 2022/)).toBeInTheDocument();
    expect(asked).toEqual([
      {
        edited: withPolicy(await detected("gcc"), { amberWindowDays: 60 }),
        asOf: "2022-07-28",
        baseline: "workbook",
      },
    ]);

    // Another edit: the answer no longer describes what is on screen.
    await userEvent.type(amber, "0");
    expect(screen.queryByTestId("mapping-effect")).not.toBeInTheDocument();
  });

  it("with the real code on GCC: Timescale not read gives one more error", async () => {
    setup("gcc");
    await ready();
    await openSection(/^Sheets and columns/);
    await openTable("Focus on Practice", /^Actions · header row 13 ·/);
    await userEvent.selectOptions(
      within(columnsOf(focusOnPractice13)).getByRole("combobox", {
        name: "Column C (Timescale) read as",
      }),
      "(not read)"
    );
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    const change = await screen.findByTestId("mapping-issue-change");
    const match = /^Issues: (\d+) → (\d+)/.exec(change.textContent ?? "");
    expect(match).not.toBeNull();
    expect(Number(match?.[2])).not.toBe(Number(match?.[1]));
    expect(screen.getByText(/^Errors: (\d+) → (\d+) \(1 more\)$/)).toBeInTheDocument();
    expect(screen.getByTestId("mapping-rating-change")).toHaveTextContent(
      /^Ratings that change: \d+ actions?, 0 measures$/
    );
  });

  it("a preview that fails is its one sentence; a thrown error is never shown as a stack trace", async () => {
    setup("gcc", {
      loadEngine: withPreview(async () => {
        throw new Error("boom at f (x.js:1:1)");
      }),
    });
    await ready();
    await userEvent.click(screen.getByRole("button", { name: "Preview the effect" }));
    expect(await screen.findByText(/unexpected problem/)).toBeInTheDocument();
    expect(screen.queryByText(/boom/)).not.toBeInTheDocument();
  });
});

describe("App: the Mapping tab", () => {
  it("is the last tab, and its code arrives when it is opened", async () => {
    renderWithTheme(<App gateway={fixtureGateway("bcp")} mode="excel" />);
    const tabs = screen.getAllByRole("tab");
    expect(tabs[tabs.length - 1]).toHaveAccessibleName("Mapping");
    await userEvent.click(screen.getByRole("tab", { name: "Mapping" }));
    await waitFor(() => expect(screen.getByTestId("mapping-source")).toBeInTheDocument());
  });
});
