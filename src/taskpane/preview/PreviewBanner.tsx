import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";

// A long file name with no spaces must still wrap inside a 320 px pane, never clip.
const useStyles = makeStyles({
  body: { overflowWrap: "anywhere", minWidth: 0 },
});

/** Always on screen outside Excel, so nobody mistakes the preview for their live workbook. */
export const PreviewBanner = ({ ownFile }: { ownFile: string | null }) => {
  const styles = useStyles();
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="preview-banner">
      <MessageBarBody className={styles.body}>
        <MessageBarTitle>Preview — not connected to Excel.</MessageBarTitle>{" "}
        {ownFile === null
          ? "You are looking at a sample workbook; nothing here leaves your computer."
          : `You are looking at ${ownFile}, opened from your computer; nothing here leaves your computer.`}
      </MessageBarBody>
    </MessageBar>
  );
};
