import { Button, makeStyles } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { useState } from "react";

/** Rows shown at first, as in the Validate view: a plan with hundreds of actions must not stall the pane. */
export const ROWS_PER_PAGE = 50;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, padding: 0 },
});

export interface PagedListProps<T> {
  items: readonly T[];
  keyOf: (item: T, index: number) => string;
  render: (item: T) => ReactNode;
}

/** A list that draws 50 rows, then 50 more on request. */
export const PagedList = <T,>({ items, keyOf, render }: PagedListProps<T>) => {
  const styles = useStyles();
  const [shown, setShown] = useState(ROWS_PER_PAGE);
  const visible = items.slice(0, shown);
  const remaining = items.length - visible.length;
  return (
    <>
      <ul className={styles.list}>
        {visible.map((item, index) => (
          <li key={keyOf(item, index)}>{render(item)}</li>
        ))}
      </ul>
      {remaining > 0 && (
        <Button appearance="subtle" onClick={() => setShown((count) => count + ROWS_PER_PAGE)}>
          {`Show ${Math.min(remaining, ROWS_PER_PAGE)} more of ${remaining}`}
        </Button>
      )}
    </>
  );
};
