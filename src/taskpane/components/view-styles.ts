import { makeStyles, tokens } from "@fluentui/react-components";

/**
 * The frame every view shares (Validate, RAG, Report, Mapping): a column of parts, an intro line, a
 * row of buttons that wraps in a 320 px pane, and the small print beside the buttons saying what a
 * run writes.
 */
export const useViewStyles = makeStyles({
  view: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  writes: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});
