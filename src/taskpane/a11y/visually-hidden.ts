import { makeStyles } from "@fluentui/react-components";

/** Read by screen readers, not drawn: for the live region and headings a sighted reader gets from the tabs. */
export const useVisuallyHidden = makeStyles({
  hidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clipPath: "inset(50%)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
