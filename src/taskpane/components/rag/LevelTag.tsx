import { makeStyles, tokens } from "@fluentui/react-components";
import type { RagLevel } from "../../../core/model/rag-level";
import type { LevelSet } from "../../../core/rag/level-presets";
import { fillColours } from "../../preview/grid/cell-display";

const useStyles = makeStyles({
  // Inline, so a long label and its count wrap as one phrase in a narrow pane.
  tag: { display: "inline" },
  // The level's own fill with black or white text, whichever reads better (WCAG 1.4.3); a border so
  // a pale fill (Not rated) still shows its edge on white (WCAG 1.4.11).
  swatch: {
    display: "inline-block",
    minWidth: "1.4em",
    textAlign: "center",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase300,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * A level as the plan's own words: a swatch of its colour carrying its glyph, then its label, so the
 * colour is never the only signal (WCAG 1.4.1). The glyph is hidden from screen readers, which read
 * the label ("▲" would be read as "black up-pointing triangle").
 */
export const LevelTag = ({
  levels,
  level,
  children,
}: {
  levels: LevelSet;
  level: RagLevel;
  children?: string;
}) => {
  const styles = useStyles();
  const style = levels[level];
  return (
    <span className={styles.tag} data-level={level}>
      <span
        className={styles.swatch}
        style={fillColours(style.fill) ?? undefined}
        aria-hidden="true"
      >
        {style.glyph}
      </span>{" "}
      <span className={styles.label}>{style.label}</span>
      {children !== undefined && <span>{` ${children}`}</span>}
    </span>
  );
};
