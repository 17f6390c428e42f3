import { makeStyles, tokens } from "@fluentui/react-components";
import { fillColours } from "../../preview/grid/cell-display";

const useStyles = makeStyles({
  tag: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    overflowWrap: "anywhere",
  },
  // A border so a pale fill (Not rated) still shows its edge on white (WCAG 1.4.11).
  swatch: {
    display: "inline-block",
    minWidth: "1.6em",
    textAlign: "center",
    borderRadius: tokens.borderRadiusSmall,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStrokeAccessible}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { fontWeight: tokens.fontWeightSemibold },
});

/**
 * The level as the workbook will show it: its fill carrying its glyph in black or white, whichever
 * reads better (WCAG 1.4.3), always beside its label, so colour is never the only signal (WCAG 1.4.1).
 * The glyph is hidden from screen readers, which read the label.
 */
export const LevelSwatch = ({
  fill,
  glyph,
  label,
}: {
  fill: string;
  glyph: string;
  label: string;
}) => {
  const styles = useStyles();
  const colours = fillColours(fill);
  return (
    <span className={styles.tag}>
      <span className={styles.swatch} style={colours ?? undefined} aria-hidden="true">
        {glyph}
      </span>
      <span className={styles.label}>{label}</span>
      {colours === null && <span>(not a colour yet)</span>}
    </span>
  );
};

/** The text colour the workbook should use on a fill: near-black or white, whichever contrasts more. */
export const fontColourOn = (fill: string): string | null => {
  const colours = fillColours(fill);
  return colours === null ? null : colours.color === "#000000" ? "#0B0C0C" : "#FFFFFF";
};
