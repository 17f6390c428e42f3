import { screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { rateWorkbook } from "../../../../src/app/rate-workbook";
import type { RagResult } from "../../../../src/core/rag/rate-plan";
import type { LevelSet } from "../../../../src/core/rag/level-presets";
import { RAG_LEVELS } from "../../../../src/core/model/rag-level";
import type { WorkbookSnapshot } from "../../../../src/core/snapshot/workbook-snapshot";
import type { LoadRagEngine } from "../../../../src/taskpane/components/rag/rag-engine-types";
import { ENGINE_UNAVAILABLE } from "../../../../src/taskpane/components/rag/use-rag-run";
import { EnginesUnavailable } from "../../../../src/taskpane/engines/load-engines";
import { RagView } from "../../../../src/taskpane/components/rag/RagView";
import { actionCell } from "../../../../src/taskpane/components/rag/rated-cells";
import { UNEXPECTED_FAILURE } from "../../../../src/taskpane/hooks/use-analysis";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import type { CellHighlights } from "../../../../src/taskpane/preview/grid/cell-highlights";
import { highlightKey } from "../../../../src/taskpane/preview/grid/cell-highlights";
import { HighlightContext } from "../../../../src/taskpane/preview/highlight-context";
import { loadFixture } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";
import type { FakeGatewayOptions } from "../../helpers/workbook";
import { analysis, fakeGateway, sheet } from "../../helpers/workbook";

/** BCP's report went to the board in early 2023: as of 1 Feb 2023 its plan has reds, greens and completions. */
const AS_OF = "2023-02-01";
const today = () => new Date(2023, 1, 1, 9, 30);
const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

const setup = (
  workbook: WorkbookSnapshot,
  options: FakeGatewayOptions & {
    loadEngine?: LoadRagEngine;
    analysisController?: AnalysisController;
  } = {}
) => {
  const gateway = fakeGateway(workbook, options);
  const shown: CellHighlights[] = [];
  renderWithTheme(
    <HighlightContext.Provider value={(highlights) => shown.push(highlights)}>
      <RagView
        gateway={gateway}
        mode="preview"
        analysis={options.analysisController ?? idle}
        today={today}
        loadEngine={options.loadEngine}
      />
    </HighlightContext.Provider>
  );
  return { gateway, shown };
};

/** What the core itself makes of the workbook: the view must show exactly this. */
const expected = async (
  workbook: WorkbookSnapshot,
  period?: string
): Promise<{ result: RagResult; levels: LevelSet }> => {
  const rated = await rateWorkbook(fakeGateway(workbook), { asOf: AS_OF, period });
  if (!rated.ok) throw new Error(rated.error.message);
  return rated.value;
};

const clickRate = async () => userEvent.click(screen.getByRole("button", { name: "Rate" }));
const rollup = async () => screen.findByRole("table", { name: "Roll-up by group" });
const section = (name: RegExp) => screen.getByRole("region", { name });

describe("RagView: Rate", () => {
  it("defaults the as-of date to today in the person's calendar and writes nothing", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    expect(screen.getByLabelText("As-of date")).toHaveValue(AS_OF);
    await clickRate();
    await rollup();
    expect(gateway.applied).toEqual([]);
    expect(screen.getByTestId("rag-summary")).toHaveTextContent("Rated as of 1 Feb 2023:");
  });

  it("shows the roll-up per group and overall: glyph, label, count and percent for every level present", async () => {
    const workbook = loadFixture("bcp");
    const { result, levels } = await expected(workbook);
    setup(workbook);
    await clickRate();
    const table = await rollup();
    const rows = within(table).getAllByRole("row").slice(1);
    expect(rows.map((row) => within(row).getByRole("rowheader").textContent)).toEqual([
      ...result.groups.map((g) => g.name),
      "Whole plan",
    ]);
    for (const [index, group] of [...result.groups, result.overall].entries()) {
      const actions = within(rows[index]).getAllByRole("cell")[0];
      const items = within(actions).getAllByRole("listitem");
      const present = RAG_LEVELS.filter((level) => group.counts[level] > 0);
      expect(items).toHaveLength(present.length);
      present.forEach((level, i) => {
        expect(items[i]).toHaveTextContent(
          `${levels[level].glyph} ${levels[level].label} ${group.counts[level]} (${group.percent[level]}%)`
        );
      });
    }
    // BCP's own words, and a count the board would recognise.
    expect(within(rows[rows.length - 1]).getByText("High risk")).toBeInTheDocument();
    expect(result.overall.counts.red).toBeGreaterThan(0);
  });

  it("lists what needs attention, every row with its reason, owner and due date", async () => {
    const workbook = loadFixture("bcp");
    const { result } = await expected(workbook);
    setup(workbook);
    await clickRate();
    await rollup();
    const overdue = section(/^Overdue actions \(\d+\)$/);
    expect(within(overdue).getByRole("heading")).toHaveTextContent(
      `Overdue actions (${result.exceptions.overdueActions.length})`
    );
    const first = result.exceptions.overdueActions[0];
    const button = within(overdue).getAllByRole("button")[0];
    expect(button).toHaveAttribute("data-rag-cell", actionCell(first.action).address);
    expect(button).toHaveTextContent(`${first.action.ref} · ${first.action.title}`);
    expect(button).toHaveTextContent(/days? overdue/);
    expect(button).toHaveTextContent(`Owner: ${first.action.owners.join("; ")}`);
    expect(button).toHaveTextContent(first.rating.reason.slice(1));
    expect(section(/^Red actions \(\d+\)$/)).toBeInTheDocument();
  });

  it("selects an action's title cell when its row is clicked", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    await clickRate();
    await rollup();
    const red = section(/^Red actions/);
    const row = within(red).getByRole("button", {
      name: /^High risk 1\.4 · Improve assessment and support to unborn/,
    });
    await userEvent.click(row);
    expect(gateway.selections).toEqual([["Improvement Plan", "B25"]]);
  });

  it("selects a measure's Actual cell, and says where a measure stands and which way it is going", async () => {
    const { gateway } = setup(loadFixture("scorecard"));
    await clickRate();
    await rollup();
    const red = section(/^Red measures/);
    const audits = within(red).getByRole("button", {
      name: /% of audits judged as good or better/,
    });
    expect(audits).toHaveTextContent("Jun 22: target 50%, actual 40%");
    expect(audits).toHaveTextContent("Direction: ↑ up, improving");
    await userEvent.click(audits);
    expect(gateway.selections).toEqual([["Scorecard", "H6"]]);
    expect(
      within(section(/^Red or amber measures getting worse/)).getAllByRole("button").length
    ).toBeGreaterThan(0);
  });

  it("gives the mean rating previous → current, with words, on a numeric scale (Thurrock)", async () => {
    setup(loadFixture("thurrock"));
    await clickRate();
    const table = await rollup();
    expect(
      within(table).getByRole("columnheader", { name: "Mean rating (RAG initial → RAG 01/18)" })
    ).toBeInTheDocument();
    const p1 = within(table)
      .getByRole("rowheader", { name: "Priority 1" })
      .closest("tr") as HTMLElement;
    expect(p1).toHaveTextContent("2.8 → 3.3 ↑ up");
    const p6 = within(table)
      .getByRole("rowheader", { name: "Priority 6" })
      .closest("tr") as HTMLElement;
    expect(p6).toHaveTextContent("1.5 → 2.5 ↑ up");
  });

  it("shows the plan's legend of what each level means", async () => {
    const workbook = loadFixture("bcp");
    const { levels } = await expected(workbook);
    setup(workbook);
    await clickRate();
    const legend = await screen.findByTestId("rag-legend");
    for (const level of RAG_LEVELS)
      expect(legend).toHaveTextContent(
        `${levels[level].glyph} ${levels[level].label}${levels[level].meaning}`
      );
  });

  it("keeps every rating in a closed list, 50 at a time", async () => {
    const workbook = loadFixture("bcp");
    const { result } = await expected(workbook);
    setup(workbook);
    await clickRate();
    const header = await screen.findByRole("button", {
      name: `All rated actions (${result.actions.length})`,
    });
    expect(header).toHaveAttribute("aria-expanded", "false");
    await userEvent.click(header);
    const all = screen.getByRole("region", {
      name: `All rated actions (${result.actions.length})`,
    });
    expect(within(all).getAllByRole("button", { name: /·/ })).toHaveLength(
      Math.min(50, result.actions.length)
    );
  });

  it("offers the measures' reporting periods, latest first, and rates on the one chosen", async () => {
    setup(loadFixture("scorecard"));
    const select = screen.getByRole("combobox", { name: "Reporting period for measures" });
    expect(
      within(select)
        .getAllByRole("option")
        .map((o) => o.textContent)
    ).toEqual(["Each measure’s latest"]);
    await clickRate();
    await rollup();
    const labels = within(select)
      .getAllByRole("option")
      .map((o) => o.textContent);
    expect(labels[0]).toBe("Each measure’s latest");
    expect(labels.slice(1, 3)).toEqual(["Jun 22", "Mar 22"]);
    await userEvent.selectOptions(select, "Mar 22");
    await clickRate();
    await waitFor(() =>
      expect(screen.getByTestId("rag-summary")).toHaveTextContent("measures rated on Mar 22.")
    );
    const all = await screen.findByRole("button", { name: /^All rated measures/ });
    await userEvent.click(all);
    const measures = screen.getByRole("region", { name: /^All rated measures/ });
    expect(within(measures).getAllByRole("button", { name: /Mar 22:/ }).length).toBeGreaterThan(0);
  });

  it("says where Refresh RAG puts the ratings, and that a plan with no RAG column gets the register", async () => {
    setup(loadFixture("scorecard"));
    expect(screen.getByTestId("rag-destination")).toHaveTextContent(
      "beside the owners' RAG column, which is never overwritten"
    );
    await clickRate();
    await rollup();
    expect(screen.getByTestId("rag-destination")).toHaveTextContent(
      "This plan has no RAG column of its own: Refresh RAG writes Plan Tracker's ratings to the Plan Tracker RAG sheet."
    );
    expect(screen.queryByRole("checkbox", { name: /RAG column/ })).not.toBeInTheDocument();
    expect(
      screen.getByRole("checkbox", { name: "Highlight actuals against targets" })
    ).toBeChecked();
  });

  it("knows where the ratings go from a Validate run, before any Rate: beside the owners' column, never over it", () => {
    const workbook = loadFixture("bcp");
    const validated: AnalysisController = {
      state: { status: "done", analysis: analysis(workbook, []) },
      run: async () => undefined,
    };
    setup(workbook, { analysisController: validated });
    expect(screen.getByTestId("rag-destination")).toHaveTextContent(
      'a column of its own headed "Calculated RAG (Plan Tracker)" (columns AS, I of Improvement Plan)'
    );
  });

  it("hands the preview the Actual cells to highlight, in the plan's words", async () => {
    const workbook = loadFixture("scorecard");
    const { levels } = await expected(workbook);
    const { shown } = setup(workbook);
    await clickRate();
    await rollup();
    const last = shown[shown.length - 1];
    expect(last.get(highlightKey("Scorecard", "H6"))).toMatchObject({
      level: "red",
      glyph: levels.red.glyph,
      label: levels.red.label,
    });
    expect(last.get(highlightKey("Scorecard", "H7"))?.level).toBe("amber");
  });

  it("says in one sentence why the workbook could not be read", async () => {
    const message = "The sheet 'Improvement Plan' is protected; unprotect it and try again.";
    setup(loadFixture("bcp"), { readError: { kind: "protected-sheet", message } });
    await clickRate();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByRole("table")).not.toBeInTheDocument();
  });

  it("asks for a date when the as-of date is cleared, and will not rate without one", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    await userEvent.clear(screen.getByLabelText("As-of date"));
    expect(
      screen.getByText("Enter the date to rate the plan as of, for example 31/03/2024.")
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Rate" })).toHaveAttribute("aria-disabled", "true");
    await clickRate();
    expect(gateway.reads).toBe(0);
  });

  it.each([
    [
      "the rating code cannot be fetched",
      () => Promise.reject(new EnginesUnavailable("chunk failed")),
      ENGINE_UNAVAILABLE,
    ],
    [
      "the rating code has a bug",
      () => Promise.reject(new TypeError("x is undefined")),
      UNEXPECTED_FAILURE,
    ],
  ])("says so plainly when %s", async (_case, loadEngine, sentence) => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    setup(loadFixture("bcp"), { loadEngine });
    await clickRate();
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByText(/TypeError|chunk failed/)).not.toBeInTheDocument();
  });
});

describe("RagView: Refresh RAG", () => {
  const refresh = async () => userEvent.click(screen.getByRole("button", { name: "Refresh RAG" }));

  it("says beside the button that it writes, then writes one plan with the chosen options", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    expect(
      screen.getByText(
        "Rate changes nothing; Refresh RAG writes the ratings into the copy shown here."
      )
    ).toBeInTheDocument();
    await userEvent.click(screen.getByRole("checkbox", { name: /Add status dropdowns/ }));
    await refresh();
    await rollup();
    expect(
      await screen.findByText("The ratings are written into the copy shown here.")
    ).toBeInTheDocument();
    expect(gateway.applied).toHaveLength(1);
    const kinds = gateway.applied[0].ops.map((op) => op.kind);
    expect(kinds).not.toContain("listValidation");
    // The RAG column: glyph + label values on the plan's own sheet.
    expect(
      gateway.applied[0].ops.some((op) => op.kind === "values" && op.sheet === "Improvement Plan")
    ).toBe(true);
  });

  it("shows progress while the write plan is applied", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    setup(loadFixture("bcp"), {
      duringApply: async (onProgress) => {
        onProgress?.(1, 4);
        await held;
        onProgress?.(4, 4);
      },
    });
    await refresh();
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("1 of 4 steps")).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Refresh RAG" })).toHaveAttribute(
      "aria-disabled",
      "true"
    );
    release();
    await rollup();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("shows a co-author's change as the gateway's sentence, naming the cells", async () => {
    const message =
      "Someone changed Improvement Plan!E21 and E22 while Plan Tracker was working; nothing was written. Rate again and retry.";
    setup(loadFixture("bcp"), {
      applyResult: {
        ok: false,
        error: { kind: "changed-since-read", message, cells: ["E21", "E22"] },
      },
    });
    await refresh();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(
      screen.queryByText("The ratings are written into the copy shown here.")
    ).not.toBeInTheDocument();
  });

  it("shows what an older Excel could not do as information", async () => {
    const skipped = [
      "Status dropdowns were not added: this version of Excel does not support them (ExcelApi 1.8).",
      "Live highlighting was not added: this version of Excel does not support conditional formats (ExcelApi 1.6).",
    ];
    setup(loadFixture("bcp"), {
      applyResult: { ok: true, value: { opsApplied: 5, syncs: 2, skipped } },
    });
    await refresh();
    const info = await screen.findByTestId("rag-skipped");
    for (const sentence of skipped) expect(within(info).getByText(sentence)).toBeInTheDocument();
  });
});

describe("RagView: this period's snapshot", () => {
  const take = async () =>
    userEvent.click(screen.getByRole("button", { name: "Take this period’s snapshot" }));

  it("suggests RAG mm/yy of the as-of date and records the period in the history sheet", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    const label = screen.getByRole("textbox", { name: "Period label" });
    expect(label).toHaveValue("RAG 02/23");
    await userEvent.clear(screen.getByLabelText("As-of date"));
    await userEvent.type(screen.getByLabelText("As-of date"), "2023-03-31");
    expect(label).toHaveValue("RAG 03/23");
    await take();
    expect(
      await screen.findByText(
        /^Recorded “RAG 03\/23” for \d+ actions in the ‘Plan Tracker History’ sheet\.$/
      )
    ).toBeInTheDocument();
    expect(gateway.applied).toHaveLength(1);
    expect(gateway.applied[0].ops[0]).toEqual({
      kind: "ensureSheet",
      sheet: "Plan Tracker History",
      mark: "history",
    });
  });

  it("shows the refusal sentence for a period already recorded, and writes nothing", async () => {
    const workbook = loadFixture("bcp");
    const history = sheet("Plan Tracker History", [
      ["Key", "Sheet", "Action", "Group", "RAG 02/23"],
    ]);
    const { gateway } = setup({ ...workbook, sheets: [...workbook.sheets, history] });
    await take();
    expect(
      await screen.findByText(
        /The period "RAG 02\/23" is already recorded in 'Plan Tracker History'/
      )
    ).toBeInTheDocument();
    expect(gateway.applied).toEqual([]);
  });

  it("uses the label the person typed", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    const label = screen.getByRole("textbox", { name: "Period label" });
    await userEvent.clear(label);
    expect(
      screen.getByText("Enter a label for this period, for example RAG 03/24.")
    ).toBeInTheDocument();
    await userEvent.type(label, "Board March 2023");
    await take();
    await screen.findByText(/^Recorded “Board March 2023”/);
    // The new period column is headed with the label as typed.
    const column = gateway.applied[0].ops.find(
      (op) => op.kind === "values" && op.sheet === "Plan Tracker History" && op.topLeft === "E1"
    );
    expect(column?.kind === "values" && column.values[0]).toEqual(["Board March 2023"]);
  });
});
