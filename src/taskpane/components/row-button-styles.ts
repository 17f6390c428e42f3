import { makeStyles, shorthands, tokens } from "@fluentui/react-components";

/** A full-width button for one row (an issue, a rated action or measure) that takes the person to its cell. */
export const useRowButtonStyles = makeStyles({
  button: {
    display: "block",
    width: "100%",
    textAlign: "left",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    margin: `0 0 ${tokens.spacingVerticalXS} 0`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    cursor: "pointer",
    ":hover": {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      ...shorthands.borderColor(tokens.colorBrandStroke1),
    },
    // A thick, high-contrast ring so keyboard users always see where they are (WCAG 2.4.7).
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
  title: {
    display: "block",
    marginTop: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightSemibold,
    overflowWrap: "anywhere",
  },
  line: { display: "block", overflowWrap: "anywhere" },
  detail: { display: "block", color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
});
