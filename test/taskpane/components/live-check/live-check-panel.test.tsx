import { act, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import type { LiveReport } from "../../../../src/app/live-check";
import { LiveCheckPanel } from "../../../../src/taskpane/components/live-check/LiveCheckPanel";
import { loadFixture } from "../../../support/snapshot-builder";
import { renderWithTheme } from "../../helpers/render";
import { fakeGateway } from "../../helpers/workbook";

beforeEach(() => localStorage.clear());

/** A stand-in for the listener: records starts and stops, and lets the test play a burst of changes. */
const stubWatch = () => {
  const record = { starts: 0, stops: 0, report: null as ((report: LiveReport) => void) | null };
  const start = async (_gateway: unknown, onReport: (report: LiveReport) => void) => {
    record.starts += 1;
    record.report = onReport;
    return { ok: true as const, value: { stop: async () => void (record.stops += 1) } };
  };
  return { record, start };
};

describe("Live checking in the pane", () => {
  it("is on by default, says what became wrong and right in the row's terms, and each goes to its cell", async () => {
    const gateway = fakeGateway(loadFixture("gcc"));
    const { record, start } = stubWatch();
    renderWithTheme(<LiveCheckPanel gateway={gateway} start={start} />);
    expect(screen.getByRole("switch", { name: /Live checking is on/ })).toBeChecked();
    await act(async () => undefined);
    expect(record.starts).toBe(1);
    act(() =>
      record.report?.({
        unchecked: 0,
        findings: [
          {
            sheet: "Focus on Practice",
            row: 507,
            address: "C507",
            ok: false,
            sentence: "Row 507: 'end of Sept' has no year, so it cannot be rated",
            was: null,
          },
          {
            sheet: "Focus on Practice",
            row: 508,
            address: "C508",
            ok: true,
            sentence: "Row 508: 'Dec 2025' is read as 31 Dec 2025",
            was: "wrong",
          },
          {
            sheet: "Focus on Practice",
            row: 509,
            address: "C509",
            ok: true,
            sentence: "Row 509: 'Dec 2025' is read as 31 Dec 2025",
            was: null,
          },
        ],
      })
    );
    expect(
      screen.getByRole("button", { name: /Needs a look: Row 507: 'end of Sept' has no year/ })
    ).toBeInTheDocument();
    expect(screen.getByRole("button", { name: /Now right: Row 508/ })).toBeInTheDocument();
    // A cell that was never wrong is not news.
    expect(screen.queryByRole("button", { name: /Row 509/ })).not.toBeInTheDocument();
    await userEvent.click(screen.getByRole("button", { name: /Row 507/ }));
    expect(gateway.selections).toEqual([["Focus on Practice", "C507"]]);
  });

  it("one switch turns it off (by keyboard too), stops listening and is remembered", async () => {
    const { record, start } = stubWatch();
    const { unmount } = renderWithTheme(
      <LiveCheckPanel gateway={fakeGateway(loadFixture("gcc"))} start={start} />
    );
    await act(async () => undefined);
    screen.getByRole("switch").focus();
    await userEvent.keyboard(" ");
    expect(screen.getByRole("switch", { name: "Live checking is off" })).not.toBeChecked();
    expect(record.stops).toBe(1);
    expect(localStorage.getItem("plan-tracker.live-check")).toBe("off");
    unmount();
    renderWithTheme(<LiveCheckPanel gateway={fakeGateway(loadFixture("gcc"))} start={start} />);
    expect(screen.getByRole("switch", { name: "Live checking is off" })).not.toBeChecked();
    expect(record.starts).toBe(1);
  });

  it("stops listening when the pane closes", async () => {
    const { record, start } = stubWatch();
    const { unmount } = renderWithTheme(
      <LiveCheckPanel gateway={fakeGateway(loadFixture("gcc"))} start={start} />
    );
    await act(async () => undefined);
    unmount();
    expect(record.stops).toBe(1);
  });

  it("says in one sentence when it cannot start", async () => {
    const start = async () => ({
      ok: false as const,
      error:
        "This version of Excel cannot tell Plan Tracker when cells change, so live checking is off; Validate still checks the whole plan.",
    });
    renderWithTheme(<LiveCheckPanel gateway={fakeGateway(loadFixture("gcc"))} start={start} />);
    expect(
      await screen.findByText(/cannot tell Plan Tracker when cells change/)
    ).toBeInTheDocument();
  });
});
