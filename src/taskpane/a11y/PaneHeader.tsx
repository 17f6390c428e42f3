import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
});

/** The page's banner landmark: the one h1, and (in the preview) the preview notice and workbook picker. */
export const PaneHeader = ({
  className,
  children,
}: {
  className?: string;
  children?: ReactNode;
}) => {
  const styles = useStyles();
  return (
    <header className={mergeClasses(styles.header, className)}>
      <h1 className={styles.title}>Plan Tracker</h1>
      {children}
    </header>
  );
};
