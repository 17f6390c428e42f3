import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { SKIP_TARGETS } from "./skip-targets";

const useStyles = makeStyles({
  area: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    ":focus-visible": {
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      outlineOffset: "2px",
    },
  },
});

/**
 * Where a view's run outcome and results appear: the "Skip to … results" link's target, so it is
 * always there (empty before a run) and focusable by script only (tabindex -1, never a Tab stop).
 */
export const ResultsArea = ({ label, children }: { label: string; children: ReactNode }) => {
  const styles = useStyles();
  return (
    <section id={SKIP_TARGETS.results} tabIndex={-1} aria-label={label} className={styles.area}>
      {children}
    </section>
  );
};
