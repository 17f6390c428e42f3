import { act, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { GatewayError } from "../../../../src/core/gateway";
import { RAG_LEVELS } from "../../../../src/core/model/rag-level";
import type { Result } from "../../../../src/core/result";
import type { WorkbookSnapshot } from "../../../../src/core/snapshot/workbook-snapshot";
import * as engine from "../../../../src/taskpane/engines/report";
import type { ReportRequest, ReportRun } from "../../../../src/taskpane/engines/report";
import { REPORT_ENGINE_UNAVAILABLE } from "../../../../src/taskpane/components/report/use-report-run";
import { EnginesUnavailable } from "../../../../src/taskpane/engines/load-engines";
import type {
  LoadReportEngine,
  ReportEngine,
} from "../../../../src/taskpane/components/report/report-engine-types";
import { ReportView } from "../../../../src/taskpane/components/report/ReportView";
import { REPORT_UNEXPECTED_FAILURE } from "../../../../src/taskpane/components/report/use-report-run";
import type { AnalysisController } from "../../../../src/taskpane/hooks/use-analysis";
import type { HostMode } from "../../../../src/taskpane/host/detect-host";
import { loadFixture } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";
import type { FakeGatewayOptions } from "../../helpers/workbook";
import { analysis, fakeGateway } from "../../helpers/workbook";

/** A lead preparing October's board: 09:30 on 14 Oct 2022 on their own clock. */
const now = () => new Date(2022, 9, 14, 9, 30);
/** BCP reported to its board in early 2023; the scorecard is Q1 2022/23 (Jun 22). */
const BCP_AS_OF = "2023-02-01";
const SCORECARD_AS_OF = "2022-07-31";
const idle: AnalysisController = { state: { status: "idle" }, run: async () => undefined };

interface Setup extends FakeGatewayOptions {
  loadEngine?: LoadReportEngine;
  analysisController?: AnalysisController;
  mode?: HostMode;
}

const setup = (workbook: WorkbookSnapshot, options: Setup = {}) => {
  const gateway = fakeGateway(workbook, options);
  renderWithTheme(
    <ReportView
      gateway={gateway}
      mode={options.mode ?? "preview"}
      analysis={options.analysisController ?? idle}
      loadEngine={options.loadEngine ?? (async () => engine)}
      now={now}
    />
  );
  return { gateway };
};

/** An engine that records what it was asked and answers as told. */
const recordingEngine = (
  answer: (request: ReportRequest) => Promise<Result<ReportRun, GatewayError>>
) => {
  const requests: ReportRequest[] = [];
  const fake: ReportEngine = {
    ...engine,
    generate: async (_gateway, request) => {
      requests.push(request);
      return answer(request);
    },
  };
  return { requests, load: async () => fake };
};

const realRun = async (id: "bcp" | "scorecard", asOf: string): Promise<ReportRun> => {
  const made = await engine.generate(fakeGateway(loadFixture(id)), {
    asOf,
    period: "Improvement Board – test",
    generatedAt: "14 Oct 2022 09:30",
  });
  if (!made.ok) throw new Error(made.error.message);
  return made.value;
};

const periodInput = () => screen.getByRole("textbox", { name: "Reporting period" });
const asOfInput = () => screen.getByLabelText("As-of date");
const generateButton = () => screen.getByRole("button", { name: "Generate report" });
const setAsOf = async (value: string) => {
  await userEvent.clear(asOfInput());
  await userEvent.type(asOfInput(), value);
};
const summary = () => screen.findByTestId("report-summary");

describe("ReportView: choosing", () => {
  it("defaults the as-of date to today on the person's calendar, and the period to the board and its month", () => {
    setup(loadFixture("bcp"));
    expect(asOfInput()).toHaveValue("2022-10-14");
    expect(periodInput()).toHaveValue("Improvement Board – October 2022");
  });

  it("moves the default period with the as-of date, until the lead types their own", async () => {
    setup(loadFixture("bcp"));
    await setAsOf("2022-07-28");
    expect(periodInput()).toHaveValue("Improvement Board – July 2022");
    await userEvent.clear(periodInput());
    await userEvent.type(periodInput(), "Improvement Board – 28 July 2022");
    await setAsOf("2022-08-01");
    expect(periodInput()).toHaveValue("Improvement Board – 28 July 2022");
  });

  it("says in one line what it writes: in Excel, the workbook; in the preview, the copy shown", () => {
    setup(loadFixture("bcp"), { mode: "excel" });
    expect(
      screen.getByText(
        "Adds or rebuilds the sheet 'Board report'; nothing else in the workbook changes."
      )
    ).toBeInTheDocument();
  });

  it("will not generate without a period or an as-of date, and says what to enter", async () => {
    const { requests, load } = recordingEngine(async () => ({
      ok: true,
      value: await realRun("bcp", BCP_AS_OF),
    }));
    setup(loadFixture("bcp"), { loadEngine: load });
    await userEvent.clear(periodInput());
    expect(
      screen.getByText(/^Enter the reporting period to head the report with/)
    ).toBeInTheDocument();
    expect(generateButton()).toHaveAttribute("aria-disabled", "true");
    await userEvent.type(periodInput(), "Scrutiny committee");
    await userEvent.clear(asOfInput());
    expect(
      screen.getByText("Enter the date to rate the plan as of, for example 31/03/2024.")
    ).toBeInTheDocument();
    await userEvent.click(generateButton());
    expect(requests).toEqual([]);
  });
});

describe("ReportView: measures to chart", () => {
  const loadMeasures = async () =>
    userEvent.click(screen.getByRole("button", { name: "Load measures" }));
  const measureBoxes = () => within(screen.getByTestId("measure-picker")).getAllByRole("checkbox");

  it("lists the measures that can be charted, with the report's own default ticked", async () => {
    const workbook = loadFixture("scorecard");
    const listed = await engine.listMeasures(fakeGateway(workbook), SCORECARD_AS_OF);
    if (!listed.ok) throw new Error(listed.error.message);
    const { gateway } = setup(workbook);
    await setAsOf(SCORECARD_AS_OF);
    expect(gateway.reads).toBe(0);
    await loadMeasures();
    await screen.findByRole("checkbox", { name: "% of audits judged as good or better" });
    expect(measureBoxes()).toHaveLength(listed.value.chartable.length);
    const ticked = listed.value.chartable.filter(
      (name) => (screen.getByRole("checkbox", { name }) as HTMLInputElement).checked
    );
    expect(ticked).toEqual(listed.value.preselected);
    expect(ticked).toHaveLength(3);
    expect(
      screen.getByText(
        "Ticked at first: the measures off target as of 31 Jul 2022, as the report would chart them."
      )
    ).toBeInTheDocument();
    expect(screen.getByText("3 chosen, up to 10.")).toBeInTheDocument();
  });

  it("lets at most ten be chosen", async () => {
    setup(loadFixture("scorecard"));
    await setAsOf(SCORECARD_AS_OF);
    await loadMeasures();
    await screen.findByRole("checkbox", { name: "% of audits judged as good or better" });
    for (const box of measureBoxes()) {
      if (!(box as HTMLInputElement).checked && !(box as HTMLInputElement).disabled)
        await userEvent.click(box);
    }
    const checked = measureBoxes().filter((box) => (box as HTMLInputElement).checked);
    expect(checked).toHaveLength(10);
    expect(
      measureBoxes()
        .filter((box) => !(box as HTMLInputElement).checked)
        .every((box) => (box as HTMLInputElement).disabled)
    ).toBe(true);
    expect(
      screen.getByText("10 of 10 chosen, the most one report charts; untick one to choose another.")
    ).toBeInTheDocument();
    await userEvent.click(checked[0]);
    expect(screen.getByText("9 chosen, up to 10.")).toBeInTheDocument();
    expect(
      measureBoxes().some(
        (box) => !(box as HTMLInputElement).checked && !(box as HTMLInputElement).disabled
      )
    ).toBe(true);
  });

  it("lists them at once when Validate has already read the workbook", async () => {
    const workbook = loadFixture("bcp");
    const validated: AnalysisController = {
      state: { status: "done", analysis: analysis(workbook, []) },
      run: async () => undefined,
    };
    const { gateway } = setup(workbook, { analysisController: validated });
    expect(
      await screen.findByRole("checkbox", { name: "Percentage of re-referrals in 12 months" })
    ).not.toBeChecked();
    expect(screen.queryByRole("button", { name: "Load measures" })).not.toBeInTheDocument();
    expect(gateway.reads).toBe(1);
    expect(
      screen.getByText(/^None is ticked at first: no measure that can be charted was off target/)
    ).toBeInTheDocument();
  });

  it("says in one sentence why the measures could not be read, and offers to try again", async () => {
    const message = "Excel is busy because a cell is being edited; finish editing, then try again.";
    setup(loadFixture("bcp"), { readError: { kind: "busy", message } });
    await loadMeasures();
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.getByRole("button", { name: "Load measures" })).toBeInTheDocument();
  });
});

describe("ReportView: Generate report", () => {
  it("asks the report code for the chosen period, date and measures, stamped with the local time", async () => {
    const run = await realRun("scorecard", SCORECARD_AS_OF);
    const { requests, load } = recordingEngine(async () => ({ ok: true, value: run }));
    setup(loadFixture("scorecard"), { loadEngine: load });
    await setAsOf(SCORECARD_AS_OF);
    await userEvent.clear(periodInput());
    await userEvent.type(periodInput(), "Improvement Board – 28 July 2022");
    await userEvent.click(screen.getByRole("button", { name: "Load measures" }));
    await userEvent.click(
      await screen.findByRole("checkbox", { name: "% Initial visits in time" })
    );
    await userEvent.click(
      screen.getByRole("checkbox", { name: "% of audits judged as good or better" })
    );
    await userEvent.click(generateButton());
    await summary();
    expect(requests).toEqual([
      {
        asOf: SCORECARD_AS_OF,
        period: "Improvement Board – 28 July 2022",
        generatedAt: "14 Oct 2022 09:30",
        // In the plan's order, whatever order they were ticked in.
        chartMeasures: [
          "% of Children open to Social Care with fewer than 3 Social Workers in 6 months",
          "% of referrals to Social Care that are rereferrals within 12 months",
          "% Initial visits in time",
        ],
      },
    ]);
  });

  it("leaves the charts to the report when the measures were never listed", async () => {
    const run = await realRun("bcp", BCP_AS_OF);
    const { requests, load } = recordingEngine(async () => ({ ok: true, value: run }));
    setup(loadFixture("bcp"), { loadEngine: load });
    await userEvent.click(generateButton());
    await summary();
    expect(requests).toEqual([
      {
        asOf: "2022-10-14",
        period: "Improvement Board – October 2022",
        generatedAt: "14 Oct 2022 09:30",
      },
    ]);
  });

  it("asks for the committee version of one theme when the lead chooses it", async () => {
    const run = await realRun("bcp", BCP_AS_OF);
    const { requests, load } = recordingEngine(async () => ({ ok: true, value: run }));
    setup(loadFixture("bcp"), { loadEngine: load });
    await userEvent.click(
      screen.getByRole("radio", {
        name: "Committee version: officers named by their team or role, not by name",
      })
    );
    await userEvent.type(
      screen.getByRole("textbox", { name: /^Only actions and measures about/ }),
      " inspection "
    );
    await userEvent.click(generateButton());
    await summary();
    expect(requests).toEqual([
      {
        asOf: "2022-10-14",
        period: "Improvement Board – October 2022",
        generatedAt: "14 Oct 2022 09:30",
        audience: "committee",
        only: "inspection",
      },
    ]);
  });

  it("writes the report sheet into the workbook and nothing else (real report code)", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    await setAsOf(BCP_AS_OF);
    await userEvent.click(generateButton());
    await summary();
    expect(
      screen.getByText(
        "The board report is written into the sheet 'Board report' of the copy shown here."
      )
    ).toBeInTheDocument();
    expect(gateway.applied).toHaveLength(1);
    expect(new Set(gateway.applied[0].ops.map((op) => op.sheet))).toEqual(
      new Set(["Board report"])
    );
  });

  it("shows a spinner while reading, then the write's progress", async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    let reading: () => void = () => undefined;
    const read = new Promise<void>((resolve) => {
      reading = resolve;
    });
    const fake: ReportEngine = {
      ...engine,
      generate: async (gateway, request, onProgress) => {
        await read;
        onProgress?.({ phase: "writing", done: 2, total: 5 });
        await held;
        return engine.generate(gateway, request);
      },
    };
    setup(loadFixture("bcp"), { loadEngine: async () => fake });
    await userEvent.click(generateButton());
    expect(
      await screen.findByText("Reading the workbook and building the board report…")
    ).toBeInTheDocument();
    expect(generateButton()).toHaveAttribute("aria-disabled", "true");
    await act(async () => reading());
    expect(await screen.findByRole("progressbar")).toBeInTheDocument();
    expect(screen.getByText("Writing the sheet 'Board report'")).toBeInTheDocument();
    expect(screen.getByText("2 of 5 steps")).toBeInTheDocument();
    await act(async () => release());
    await summary();
    expect(screen.queryByRole("progressbar")).not.toBeInTheDocument();
  });

  it("says in one sentence why the report could not be written", async () => {
    const message = "The sheet 'Board report' is protected; unprotect it, then try again.";
    setup(loadFixture("bcp"), {
      applyResult: { ok: false, error: { kind: "protected-sheet", message } },
    });
    await userEvent.click(generateButton());
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(screen.queryByTestId("report-summary")).not.toBeInTheDocument();
  });

  it.each([
    [
      "the report code cannot be fetched",
      () => Promise.reject(new EnginesUnavailable("ChunkLoadError")),
      REPORT_ENGINE_UNAVAILABLE,
    ],
    [
      "the report code has a bug",
      () => Promise.reject(new TypeError("report is undefined")),
      REPORT_UNEXPECTED_FAILURE,
    ],
  ])("says so plainly when %s", async (_case, loadEngine, sentence) => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    setup(loadFixture("bcp"), { loadEngine });
    await userEvent.click(generateButton());
    expect(await screen.findByText(sentence)).toBeInTheDocument();
    expect(screen.queryByText(/TypeError|ChunkLoadError|undefined/)).not.toBeInTheDocument();
  });

  it("shows what this Excel could not do as information, beside the summary", async () => {
    const skipped = [
      "Excel on this computer has no way to add alt text to charts; type it in Format Chart Area > Alt Text.",
      "Fit to one page wide needs a newer Excel; set it in Page Layout before printing.",
    ];
    setup(loadFixture("scorecard"), {
      applyResult: { ok: true, value: { opsApplied: 40, syncs: 3, skipped } },
    });
    await userEvent.click(generateButton());
    await summary();
    const info = screen.getByTestId("report-skipped");
    for (const sentence of skipped) expect(within(info).getByText(sentence)).toBeInTheDocument();
  });
});

describe("ReportView: the summary", () => {
  it("shows BCP's actions by level with glyph, label, count and share, as rated and as its own key records them", async () => {
    const run = await realRun("bcp", BCP_AS_OF);
    const { levels, report } = run;
    setup(loadFixture("bcp"));
    await setAsOf(BCP_AS_OF);
    await userEvent.click(generateButton());
    const card = await summary();
    expect(
      within(card).getByRole("heading", {
        name: `Board report – Improvement Board – February 2023`,
      })
    ).toBeInTheDocument();

    const rated = within(card).getByRole("list", { name: "Actions rated by Plan Tracker" });
    const present = RAG_LEVELS.filter((level) => report.rated.counts[level] > 0);
    expect(
      within(rated)
        .getAllByRole("listitem")
        .map((item) => item.textContent)
    ).toEqual(
      present.map(
        (level) =>
          `${levels[level].glyph} ${levels[level].label} ${report.rated.counts[level]} (${report.rated.percent[level]}%)`
      )
    );
    expect(
      within(card).getByRole("heading", {
        name: `Actions rated by Plan Tracker (${report.rated.total})`,
      })
    ).toBeInTheDocument();

    // BCP's RAG key (docs/SAMPLES.md#bcp): "Total out of 38 actions", 2 High risk (5%), 17 Significant risk (45%) …
    expect(
      within(card).getByRole("heading", { name: "As recorded by owners (of 38)" })
    ).toBeInTheDocument();
    const recorded = within(
      within(card).getByRole("list", { name: "As recorded by owners" })
    ).getAllByRole("listitem");
    expect(recorded.map((item) => item.textContent)).toEqual([
      "▲ High risk 2 (5%)",
      "◆ Significant risk 17 (45%)",
      "■ On track 13 (34%)",
      "● Actioned 2 (5%)",
      "✓ Completed and can be removed 4 (11%)",
      `– Not rated ${report.recorded?.counts.unrated}, not counted in the 38`,
    ]);

    const counts = within(card).getByTestId("report-red-overdue");
    expect(counts).toHaveTextContent(`Red actions (▲ High risk): ${report.red}`);
    expect(counts).toHaveTextContent(`Overdue actions: ${report.overdue}`);
    expect(report.red).toBeGreaterThan(0);
    // BCP's KPIs have actuals but no targets: nothing to be at or within tolerance of.
    expect(within(card).getByTestId("report-measures")).toHaveTextContent(/none could be rated/);
    const { error, warning, info } = report.dataQuality.summary;
    expect(within(card).getByTestId("report-data-quality")).toHaveTextContent(
      `Data quality: ${error} errors, ${warning} warnings and ${info} notes were found in the workbook; items with errors are not rated.`
    );
  });

  it("shows the scorecard's measures at or within tolerance of target with one decimal, as the committee pack does", async () => {
    setup(loadFixture("scorecard"));
    await setAsOf(SCORECARD_AS_OF);
    await userEvent.click(generateButton());
    const card = await summary();
    // The committee pack's Q1 2022/23 figure (docs/HISTORY.md#issue-4: "29.4%").
    expect(within(card).getByTestId("report-measures")).toHaveTextContent(
      "Measures at or better than target, or within tolerance: 5 of 17 (29.4%) in Jun 22."
    );
    // The scorecard has no actions to count.
    expect(within(card).queryByTestId("report-red-overdue")).not.toBeInTheDocument();
  });

  it("shows the previous period where it is known", async () => {
    const run = await realRun("scorecard", SCORECARD_AS_OF);
    const withPrevious: ReportRun = {
      ...run,
      report: {
        ...run.report,
        measureHeadline: {
          ...run.report.measureHeadline,
          previous: { count: 4, of: 16, percent: 25 },
          previousPeriod: "May 22",
        },
      },
    };
    const { load } = recordingEngine(async () => ({ ok: true, value: withPrevious }));
    setup(loadFixture("scorecard"), { loadEngine: load });
    await userEvent.click(generateButton());
    const card = await summary();
    expect(within(card).getByTestId("report-measures-previous")).toHaveTextContent(
      "The same in the previous period: 4 of 16 (25.0%) in May 22."
    );
  });

  it("goes to the report: selects Board report!A1", async () => {
    const { gateway } = setup(loadFixture("bcp"));
    await userEvent.click(generateButton());
    const card = await summary();
    await userEvent.click(within(card).getByRole("button", { name: "Go to the report" }));
    expect(gateway.selections).toEqual([["Board report", "A1"]]);
  });

  it("says so when the sheet cannot be selected", async () => {
    const message =
      "Plan Tracker could not select Board report!A1; the sheet may have been renamed.";
    setup(loadFixture("bcp"), { selectError: { kind: "host-error", message } });
    await userEvent.click(generateButton());
    await userEvent.click(
      within(await summary()).getByRole("button", { name: "Go to the report" })
    );
    expect(await screen.findByText(message)).toBeInTheDocument();
  });
});
