import { enterPeriodActuals, listActuals } from "../../../src/taskpane/engines/actuals";
import { liveCheckMap } from "../../../src/taskpane/engines/live-check";
import {
  listMyActions,
  loadUpdateForm,
  updateMyAction,
} from "../../../src/taskpane/engines/my-actions";
import { loadFixture } from "../../support/snapshot-builder";
import { fakeGateway } from "../helpers/workbook";
import { enginePath, type EnginePath } from "./engine-path";

let path: EnginePath;
beforeEach(async () => {
  path = await enginePath();
});
afterEach(() => path.close());

/** Through the worker, My actions, Actuals and live checking's map answer exactly what they answer in the pane's thread. */
describe("the update operations through the worker", () => {
  it("BCP: My actions for a person, the update form and an update's write plan", async () => {
    const request = { asOf: "2022-09-30", person: "Sara Scholey" };
    const viaWorker = await path.engines.listMyActions(fakeGateway(loadFixture("bcp")), request);
    expect(viaWorker).toStrictEqual(await listMyActions(fakeGateway(loadFixture("bcp")), request));
    expect(viaWorker.ok && viaWorker.value.mine?.total).toBeGreaterThan(0);
    const where = { sheet: "Improvement Plan", row: 103 };
    expect(await path.engines.loadUpdateForm(fakeGateway(loadFixture("bcp")), where)).toStrictEqual(
      await loadUpdateForm(fakeGateway(loadFixture("bcp")), where)
    );
    const update = {
      update: { ...where, note: "Met again.", revisedDate: "Dec 2022" },
      today: "2022-10-03",
      asOf: "2022-09-30",
    };
    const page = fakeGateway(loadFixture("bcp"));
    const here = fakeGateway(loadFixture("bcp"));
    expect(await path.engines.updateMyAction(page, update)).toStrictEqual(
      await updateMyAction(here, update)
    );
    expect(page.applied).toHaveLength(1);
    expect(page.applied).toStrictEqual(here.applied);
  });

  it("GCC: this period's actuals and their write plan; live checking's map", async () => {
    expect(await path.engines.listActuals(fakeGateway(loadFixture("gcc")), {})).toStrictEqual(
      await listActuals(fakeGateway(loadFixture("gcc")), {})
    );
    const request = {
      period: "May 22",
      values: [{ key: "M01", text: "21.5" }],
      today: "2022-06-05",
    };
    const page = fakeGateway(loadFixture("gcc"));
    const here = fakeGateway(loadFixture("gcc"));
    expect(await path.engines.enterPeriodActuals(page, request)).toStrictEqual(
      await enterPeriodActuals(here, request)
    );
    expect(page.applied).toStrictEqual(here.applied);
    expect(
      await path.engines.liveCheckMap(fakeGateway(loadFixture("gcc")), undefined)
    ).toStrictEqual(await liveCheckMap(fakeGateway(loadFixture("gcc"))));
  });
});
