import { makeStyles, tokens } from "@fluentui/react-components";
import { SEVERITIES } from "../../../core/validate/issue";
import { SeverityIcon } from "../SeverityIcon";
import {
  type MappingEffect,
  issueChangeText,
  ratingChangeText,
  readChangeTexts,
  severityChangeText,
} from "./effect-words";

const useStyles = makeStyles({
  effect: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  line: { margin: 0 },
  total: { margin: 0, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
  note: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
});

const DAY = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "short",
  year: "numeric",
  timeZone: "UTC",
});
const dayText = (iso: string): string => DAY.format(new Date(`${iso}T00:00:00Z`));

/** "Issues: 332 → 310 (22 fewer)", per severity, and the ratings that change, as of a date. */
export const EffectSummary = ({ effect }: { effect: MappingEffect }) => {
  const styles = useStyles();
  const { before, after } = effect.issues;
  return (
    <section
      className={styles.effect}
      aria-label="Effect of these settings"
      data-testid="mapping-effect"
    >
      <p className={styles.total} data-testid="mapping-issue-change">
        {issueChangeText(before, after)}
      </p>
      <ul className={styles.list}>
        {SEVERITIES.map((severity) => (
          <li key={severity}>
            <SeverityIcon severity={severity} /> {severityChangeText(severity, before, after)}
          </li>
        ))}
      </ul>
      <p className={styles.line} data-testid="mapping-rating-change">
        {ratingChangeText(effect.ratings)}
      </p>
      {readChangeTexts(effect.ratings).map((text) => (
        <p key={text} className={styles.line}>
          {text}
        </p>
      ))}
      <p className={styles.note}>
        {`Rated as of ${dayText(effect.asOf)}, against the settings the workbook uses now. Nothing has been saved yet.`}
      </p>
    </section>
  );
};
