import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../../core/validate/issue";

const useStyles = makeStyles({
  icon: { flexShrink: 0, verticalAlign: "text-bottom" },
  // Status colours from the Fluent light theme, each at least 3:1 on white (WCAG 1.4.11); the icon's
  // shape and the word beside it carry the meaning too, never the colour alone (WCAG 1.4.1).
  error: { color: tokens.colorStatusDangerForeground1 },
  warning: { color: tokens.colorStatusWarningForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

/** Decorative: every use sits beside the severity in words. */
export const SeverityIcon = ({ severity }: { severity: Severity }) => {
  const styles = useStyles();
  const className = mergeClasses(styles.icon, styles[severity]);
  switch (severity) {
    case "error":
      return <ErrorCircle16Filled className={className} aria-hidden="true" />;
    case "warning":
      return <Warning16Filled className={className} aria-hidden="true" />;
    case "info":
      return <Info16Filled className={className} aria-hidden="true" />;
  }
};
