import { loadMappingView, previewEffect, saveMapping } from "../../../src/taskpane/engines/mapping";
import { withPolicy } from "../../../src/taskpane/components/mapping/edit-mapping";
import { rate, recordPeriod, refresh } from "../../../src/taskpane/engines/rag";
import { generate, listMeasures } from "../../../src/taskpane/engines/report";
import { analysePane } from "../../../src/taskpane/engines/analyse";
import type { RunProgress } from "../../../src/taskpane/progress/run-progress";
import { outlineOf } from "../../../src/taskpane/worker/serve-gateway";
import { remoteGateway } from "../../../src/taskpane/worker/remote-gateway";
import { RemoteFailure } from "../../../src/taskpane/worker/rpc/procedure";
import { loadFixture, type FixtureId } from "../../support/snapshot-builder";
import { fakeGateway } from "../helpers/workbook";
import { fixtureGateway } from "../mapping-fakes";
import { enginePath, excelLikeGateway, type EnginePath } from "./engine-path";

/** Dates at which each seed plan was reported on, so ratings do not drift with the calendar. */
const AS_OF: Record<FixtureId, string> = {
  gcc: "2022-10-31",
  bcp: "2023-02-01",
  thurrock: "2018-07-03",
  scorecard: "2022-07-31",
};
const FIXTURES = Object.keys(AS_OF) as FixtureId[];

let path: EnginePath;
beforeEach(async () => {
  path = await enginePath();
});
afterEach(() => {
  path.close();
  jest.restoreAllMocks();
});

/**
 * Through the worker, every engine gives exactly what it gives in the pane's own thread: the answers
 * are copied by the structured clone algorithm (a function or a class would fail or change), and
 * toStrictEqual tells a plain object from a class instance and a missing key from an undefined one.
 */
describe("the engines through the worker give the same answers as in the pane's thread", () => {
  it.each(FIXTURES)("%s: Validate", async (id) => {
    const page = fakeGateway(loadFixture(id));
    const here = fakeGateway(loadFixture(id));
    const viaWorker = await path.engines.analysePane(page, undefined);
    expect(viaWorker).toStrictEqual(await analysePane(here));
    expect(viaWorker.ok && viaWorker.value.issues.length).toBeGreaterThan(0);
    expect(page.reads).toBe(here.reads);
  });

  it.each(FIXTURES)(
    "%s: Rate, and Refresh RAG's write plan applied through the page's gateway",
    async (id) => {
      const request = { asOf: AS_OF[id] };
      expect(await path.engines.rate(fakeGateway(loadFixture(id)), request)).toStrictEqual(
        await rate(fakeGateway(loadFixture(id)), request)
      );
      const choices = { ...request, highlight: true, dropdowns: true };
      const page = fakeGateway(loadFixture(id));
      const here = fakeGateway(loadFixture(id));
      expect(await path.engines.refresh(page, choices)).toStrictEqual(await refresh(here, choices));
      expect(page.applied).toHaveLength(1);
      expect(page.applied).toStrictEqual(here.applied);
    }
  );

  it("BCP: Take this period's snapshot", async () => {
    const request = { asOf: AS_OF.bcp, label: "RAG 02/23" };
    const page = fakeGateway(loadFixture("bcp"));
    const here = fakeGateway(loadFixture("bcp"));
    expect(await path.engines.recordPeriod(page, request)).toStrictEqual(
      await recordPeriod(here, request)
    );
    expect(page.applied).toStrictEqual(here.applied);
  });

  it.each(FIXTURES)("%s: the board report and the measures it can chart", async (id) => {
    const request = {
      asOf: AS_OF[id],
      period: "Improvement Board – test",
      generatedAt: "25 Nov 2026 09:14",
    };
    const page = fakeGateway(loadFixture(id));
    const here = fakeGateway(loadFixture(id));
    expect(await path.engines.generate(page, request)).toStrictEqual(await generate(here, request));
    expect(page.applied).toStrictEqual(here.applied);
    const measures = await path.engines.listMeasures(fakeGateway(loadFixture(id)), AS_OF[id]);
    expect(measures).toStrictEqual(await listMeasures(fakeGateway(loadFixture(id)), AS_OF[id]));
  });

  it.each(FIXTURES)(
    "%s: the Mapping view's read, its preview of an edit, and Save (stored through the page's gateway)",
    async (id) => {
      const loaded = await path.engines.loadMappingView(fixtureGateway(id), undefined);
      expect(loaded).toStrictEqual(await loadMappingView(fixtureGateway(id)));
      if (!loaded.ok) throw new Error(loaded.error.message);
      const edited = withPolicy(loaded.value.mapping, { amberWindowDays: 60 });
      const preview = { edited, asOf: AS_OF[id], baseline: "workbook" as const };
      expect(await path.engines.previewEffect(fixtureGateway(id), preview)).toStrictEqual(
        await previewEffect(fixtureGateway(id), preview)
      );
      const page = fixtureGateway(id);
      const here = fixtureGateway(id);
      const saved = await path.engines.saveMapping(page, edited);
      expect(saved).toStrictEqual(await saveMapping(here, edited));
      expect(page.stored).toHaveLength(saved.ok ? 1 : 0);
      expect(page.stored).toStrictEqual(here.stored);
    }
  );
});

describe("the worker reads and writes only through the page's gateway", () => {
  it("asks the page for the fills of a colour-only status column, exactly as the core does in the pane's thread", async () => {
    const page = excelLikeGateway(loadFixture("bcp"));
    const here = excelLikeGateway(loadFixture("bcp"));
    expect(await path.engines.rate(page, { asOf: AS_OF.bcp })).toStrictEqual(
      await rate(here, { asOf: AS_OF.bcp })
    );
    expect(here.fillRequests.length).toBe(1);
    expect(page.fillRequests).toStrictEqual(here.fillRequests);
    expect(page.reads).toBe(1);
  });

  it("has the optional parts the page's gateway has, and no others (an absent readFills means read() returns every fill)", () => {
    const page = { call: () => Promise.reject(new Error("not called")) };
    const xlsx = remoteGateway(page, outlineOf(fakeGateway(loadFixture("bcp")), 1));
    expect(xlsx.readFills).toBeUndefined();
    expect(xlsx.storeMapping).toBeUndefined();
    expect(xlsx.undoLastRun).toBeUndefined();
    const excel = remoteGateway(page, outlineOf(excelLikeGateway(loadFixture("bcp")), 2));
    expect(excel.readFills).toBeDefined();
    expect(excel.kind).toBe("excel");
    expect(excel.capabilities()).toEqual(excelLikeGateway(loadFixture("bcp")).capabilities());
  });

  it("reports the phases as it goes, and the gateway's write steps", async () => {
    const seen: RunProgress[] = [];
    const page = fakeGateway(loadFixture("bcp"), {
      duringApply: async (onProgress) => {
        onProgress?.(1, 2);
        onProgress?.(2, 2);
      },
    });
    const refreshed = await path.engines.refresh(
      page,
      { asOf: AS_OF.bcp, highlight: true, dropdowns: true },
      (progress) => seen.push(progress)
    );
    const understood = await analysePane(fakeGateway(loadFixture("bcp")));
    if (!refreshed.ok || !understood.ok) throw new Error("the fixture could not be read");
    expect(seen).toEqual([
      { phase: "reading" },
      { phase: "finding" },
      { phase: "rating", actions: understood.value.actions, measures: understood.value.measures },
      { phase: "writing", done: 1, total: 2 },
      { phase: "writing", done: 2, total: 2 },
    ]);
    const checked: RunProgress[] = [];
    const validated = await path.engines.analysePane(
      fakeGateway(loadFixture("gcc")),
      undefined,
      (progress) => checked.push(progress)
    );
    if (!validated.ok) throw new Error(validated.error.message);
    expect(checked).toEqual([
      { phase: "reading" },
      { phase: "finding" },
      { phase: "checking", actions: validated.value.actions },
    ]);
  });

  it("passes the gateway's own sentence back as it is", async () => {
    const error = {
      kind: "busy" as const,
      message: "Excel is busy because a cell is being edited; finish editing, then try again.",
    };
    await expect(
      path.engines.analysePane(fakeGateway(loadFixture("gcc"), { readError: error }), undefined)
    ).resolves.toStrictEqual({ ok: false, error });
  });

  it("keeps overlapping runs on different workbooks apart", async () => {
    const gcc = fakeGateway(loadFixture("gcc"));
    const bcp = fakeGateway(loadFixture("bcp"));
    const [first, second] = await Promise.all([
      path.engines.analysePane(gcc, undefined),
      path.engines.analysePane(bcp, undefined),
    ]);
    expect(first).toStrictEqual(await analysePane(fakeGateway(loadFixture("gcc"))));
    expect(second).toStrictEqual(await analysePane(fakeGateway(loadFixture("bcp"))));
    expect([gcc.reads, bcp.reads]).toEqual([1, 1]);
  });

  it("fails a run as RemoteFailure when the gateway throws (the views say their unexpected-problem sentence)", async () => {
    jest.spyOn(console, "error").mockImplementation(() => undefined);
    const page = fakeGateway(loadFixture("gcc"));
    page.read = async () => {
      throw new TypeError("Cannot read properties of undefined (reading 'values')");
    };
    await expect(path.engines.analysePane(page, undefined)).rejects.toBeInstanceOf(RemoteFailure);
    // The channel and the worker carry on.
    await expect(
      path.engines.analysePane(fakeGateway(loadFixture("gcc")), undefined)
    ).resolves.toMatchObject({ ok: true });
  });
});
