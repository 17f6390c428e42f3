import { makeStyles, tokens } from "@fluentui/react-components";
import type { MouseEvent } from "react";
import type { SkipLinkWords } from "./skip-targets";
import { SKIP_TARGETS } from "./skip-targets";

const useStyles = makeStyles({
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  // Off screen until focused, then drawn in place as a plain, clearly outlined link (WCAG 2.4.1, 2.4.7).
  link: {
    position: "absolute",
    left: "-10000px",
    width: "1px",
    height: "1px",
    overflow: "hidden",
    ":focus": {
      position: "static",
      width: "auto",
      height: "auto",
      padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
      backgroundColor: tokens.colorNeutralBackground1,
      color: tokens.colorBrandForegroundLink,
      outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`,
      fontSize: tokens.fontSizeBase300,
    },
  },
});

/**
 * Focus the target directly rather than following the #fragment: a hash change would add a history
 * entry in Excel's pane, and a results area (tabindex -1) is only focused reliably this way.
 */
const focusTarget = (event: MouseEvent<HTMLAnchorElement>, id: string) => {
  const target = document.getElementById(id);
  if (target === null) return;
  event.preventDefault();
  target.focus();
};

/** The first things Tab reaches: straight to the shown view's main action, or to its results. */
export const SkipLinks = ({ words }: { words: SkipLinkWords }) => {
  const styles = useStyles();
  return (
    <div className={styles.links} data-testid="skip-links">
      <a
        className={styles.link}
        href={`#${SKIP_TARGETS.action}`}
        onClick={(event) => focusTarget(event, SKIP_TARGETS.action)}
      >
        {`Skip to ${words.action}`}
      </a>
      <a
        className={styles.link}
        href={`#${SKIP_TARGETS.results}`}
        onClick={(event) => focusTarget(event, SKIP_TARGETS.results)}
      >
        {`Skip to ${words.results}`}
      </a>
    </div>
  );
};
