import { Switch, makeStyles, tokens } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { LiveFinding, LiveReport } from "../../../app/live-check";
import type { ChangeWatch, WorkbookGateway } from "../../../core/gateway";
import { loadEngines } from "../../engines/load-engines";
import { OutcomeMessage } from "../OutcomeMessage";
import { useRowButtonStyles } from "../row-button-styles";
import { useGoToCell } from "../use-go-to-cell";
import { liveCheckWanted, rememberLiveCheck } from "./remembered-switch";

const useStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  list: { listStyleType: "none", margin: 0, padding: 0 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** How many of the latest findings the pane keeps on show. */
const SHOWN = 8;

type StartWatch = (
  gateway: WorkbookGateway,
  onReport: (report: LiveReport) => void,
  onError: (message: string) => void
) => Promise<{ ok: true; value: ChangeWatch } | { ok: false; error: string }>;

/**
 * What to check comes from the engines (one fresh read, in the worker); the listening runs here, in the
 * pane's thread, where Excel's change events arrive. Both are fetched on first use.
 */
const startInPane: StartWatch = async (gateway, onReport, onError) => {
  try {
    const engines = await loadEngines();
    const map = await engines.liveCheckMap(gateway, undefined);
    if (!map.ok) return map;
    const { startLiveCheck } = await import(
      /* webpackChunkName: "live-check" */ "../../../app/live-check"
    );
    const started = await startLiveCheck(gateway, map.value, onReport, { onError });
    return started.ok ? started : { ok: false, error: started.error.message };
  } catch {
    return {
      ok: false,
      error:
        "Plan Tracker could not start live checking; check your connection, then close and reopen the pane.",
    };
  }
};

const said = (finding: LiveFinding): string => {
  if (finding.ok && finding.was === "wrong") return `Now right: ${finding.sentence}`;
  return finding.ok ? finding.sentence : `Needs a look: ${finding.sentence}`;
};

/**
 * Live checking, while the pane is open inside Excel: what people type or paste into the plan is
 * re-checked within a second, and what became wrong or right is said here in the row's terms.
 * One switch turns it off (remembered on this machine); it never writes.
 */
export const LiveCheckPanel = ({
  gateway,
  start = startInPane,
}: {
  gateway: WorkbookGateway;
  start?: StartWatch;
}) => {
  const styles = useStyles();
  const rowStyles = useRowButtonStyles();
  const [on, setOn] = useState(liveCheckWanted);
  const [findings, setFindings] = useState<LiveFinding[]>([]);
  const [problem, setProblem] = useState<string | null>(null);
  // Rows of a very large paste beyond what one read brings back: said, so nobody takes silence for a pass.
  const [unchecked, setUnchecked] = useState(0);
  const { selectError, goTo } = useGoToCell(gateway);

  useEffect(() => {
    if (!on) return;
    let watch: ChangeWatch | null = null;
    let closed = false;
    setProblem(null);
    void start(
      gateway,
      (report) => {
        if (closed) return;
        setUnchecked(report.unchecked);
        setFindings((shown) =>
          [
            ...report.findings
              .filter((finding) => !finding.ok || finding.was === "wrong")
              .reverse(),
            ...shown,
          ].slice(0, SHOWN)
        );
      },
      (message) => !closed && setProblem(message)
    ).then((started) => {
      if (!started.ok) {
        if (!closed) setProblem(started.error);
        return;
      }
      if (closed) void started.value.stop();
      else watch = started.value;
    });
    // The pane closing (or the switch going off) removes the listener; nothing is checked after.
    return () => {
      closed = true;
      void watch?.stop();
    };
  }, [on, gateway, start]);

  return (
    <aside aria-label="Live checking" className={styles.panel}>
      <Switch
        checked={on}
        label={
          on
            ? "Live checking is on: cells typed into the plan are checked as you go"
            : "Live checking is off"
        }
        onChange={(_event, data) => {
          setOn(data.checked);
          rememberLiveCheck(data.checked);
          if (!data.checked) setFindings([]);
        }}
      />
      {problem !== null && <OutcomeMessage intent="warning" body={problem} />}
      {unchecked > 0 && (
        <OutcomeMessage
          intent="info"
          body={`${unchecked} rows of the last change were too many to check as you go; Validate checks the whole plan.`}
        />
      )}
      {selectError !== null && <OutcomeMessage intent="error" body={selectError} />}
      <div aria-live="polite">
        {findings.length > 0 && (
          <ul className={styles.list} aria-label="Changed cells">
            {findings.map((finding, index) => (
              <li key={`${finding.sheet}!${finding.address}#${index}`}>
                <button
                  type="button"
                  className={rowStyles.button}
                  onClick={() => void goTo(finding.sheet, finding.address)}
                  title={`Go to ${finding.sheet}!${finding.address}`}
                >
                  <span aria-hidden="true">{finding.ok ? "✓ " : "✗ "}</span>
                  {said(finding)}
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
      {on && findings.length === 0 && problem === null && (
        <p className={styles.note}>
          Nothing needs a look in the cells changed since the pane opened.
        </p>
      )}
    </aside>
  );
};
