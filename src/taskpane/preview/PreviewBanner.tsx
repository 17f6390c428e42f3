import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Always on screen outside Excel, so nobody mistakes the preview for their live workbook. */
export const PreviewBanner = ({ ownFile }: { ownFile: string | null }) => (
  <MessageBar intent="warning" layout="multiline" data-testid="preview-banner">
    <MessageBarBody>
      <MessageBarTitle>Preview — not connected to Excel.</MessageBarTitle>{" "}
      {ownFile === null
        ? "You are looking at a sample workbook; nothing here leaves your computer."
        : `You are looking at ${ownFile}, opened from your computer; nothing here leaves your computer.`}
    </MessageBarBody>
  </MessageBar>
);
