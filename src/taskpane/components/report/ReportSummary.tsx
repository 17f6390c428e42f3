import { Button, makeStyles, tokens } from "@fluentui/react-components";
import { useId } from "react";
import type { WorkbookGateway } from "../../../core/gateway";
import { formatDate } from "../../../core/rag/format-date";
import { REPORT_SHEET } from "../../../core/rag/write/owned-sheets";
import { OutcomeMessage } from "../OutcomeMessage";
import { LevelTag } from "../rag/LevelTag";
import { useGoToCell } from "../use-go-to-cell";
import { LevelMixList } from "./LevelMixList";
import type { ReportRun } from "../../engines/report";
import { dataQualityLine, measuresLine, previousMeasuresLine } from "./report-words";

const useStyles = makeStyles({
  card: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  heading: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  subheading: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    fontWeight: tokens.fontWeightSemibold,
  },
  line: { margin: 0 },
  note: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  counts: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
  },
});

export interface ReportSummaryProps {
  run: ReportRun;
  gateway: WorkbookGateway;
}

/**
 * The board report's headline in the pane, in the same words and numbers as the sheet: actions by
 * level (glyph, label, count, share), red and overdue counts, measures at or within tolerance of
 * target, how far to trust the data; and a way to the sheet itself.
 */
export const ReportSummary = ({ run, gateway }: ReportSummaryProps) => {
  const styles = useStyles();
  const headingId = useId();
  const { selectError, goTo } = useGoToCell(gateway);
  const { report, levels } = run;
  const goToReport = () =>
    goTo(
      REPORT_SHEET,
      "A1",
      `Plan Tracker could not go to the sheet '${REPORT_SHEET}'; please open it from the sheet tabs.`
    );

  const recorded = report.recorded;
  return (
    <section className={styles.card} aria-labelledby={headingId} data-testid="report-summary">
      <h3 id={headingId} className={styles.heading}>{`Board report – ${report.period}`}</h3>
      <p
        className={styles.note}
      >{`Ratings as of ${formatDate(report.asOf)}; generated ${report.generatedAt}.`}</p>
      {report.rated.total > 0 && (
        <>
          <h4
            className={styles.subheading}
          >{`Actions rated by Plan Tracker (${report.rated.total})`}</h4>
          <LevelMixList mix={report.rated} levels={levels} label="Actions rated by Plan Tracker" />
        </>
      )}
      {recorded !== null && (
        <>
          <h4 className={styles.subheading}>{`As recorded by owners (of ${recorded.total})`}</h4>
          <LevelMixList mix={recorded} levels={levels} label="As recorded by owners" />
        </>
      )}
      {report.rated.total > 0 && (
        <ul
          className={styles.counts}
          aria-label="Red and overdue actions"
          data-testid="report-red-overdue"
        >
          <li>
            {"Red actions ("}
            <LevelTag levels={levels} level="red" />
            {`): ${report.red}`}
          </li>
          <li>{`Overdue actions: ${report.overdue}`}</li>
        </ul>
      )}
      <p className={styles.line} data-testid="report-measures">
        {measuresLine(report.measureHeadline.current, report.measureHeadline.currentPeriod)}
      </p>
      {report.measureHeadline.previous !== null && (
        <p className={styles.line} data-testid="report-measures-previous">
          {previousMeasuresLine(
            report.measureHeadline.previous,
            report.measureHeadline.previousPeriod
          )}
        </p>
      )}
      <p className={styles.line} data-testid="report-data-quality">
        {dataQualityLine(report.dataQuality.summary)}
      </p>
      <div>
        <Button appearance="primary" onClick={() => void goToReport()}>
          Go to the report
        </Button>
      </div>
      {selectError !== null && <OutcomeMessage intent="warning" body={selectError} />}
    </section>
  );
};
