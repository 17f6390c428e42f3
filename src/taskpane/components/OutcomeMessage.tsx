import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
} from "@fluentui/react-components";

const useStyles = makeStyles({
  sentence: { display: "block" },
  // A sheet or file name with no spaces must still wrap inside a 320 px pane.
  body: { overflowWrap: "anywhere", minWidth: 0 },
});

/** How a run ended, as the person should read it: done, refused or not needed, failed, or a note. */
export type OutcomeIntent = "success" | "warning" | "error" | "info";

export interface OutcomeMessageProps {
  intent: OutcomeIntent;
  /** A few words over the body ("Not saved"), where the sentence alone would not say what failed. */
  title?: string;
  /** One sentence, or several, each on its own line. */
  body: string | readonly string[];
  /**
   * Accepted for the callers that ask for it; every message is multiline now. Fluent's "auto" layout
   * starts on one unwrapped line (white-space: nowrap) and reflows only once a ResizeObserver has
   * measured an overflow, so in a 320 px pane a sentence could show clipped (docs/HISTORY.md#issue-16).
   */
  layout?: "multiline";
  "data-testid"?: string;
}

/**
 * What every view says when a run is over: a Fluent MessageBar, whose icon differs by intent (a tick,
 * a warning triangle, a cross, an "i"), so colour is never the only signal; it is a labelled group
 * and Fluent announces its text (politely for info, assertively otherwise), as every view's did.
 */
export const OutcomeMessage = ({
  intent,
  title,
  body,
  "data-testid": testId,
}: OutcomeMessageProps) => {
  const styles = useStyles();
  const sentences = typeof body === "string" ? null : body;
  return (
    <MessageBar intent={intent} layout="multiline" data-testid={testId}>
      <MessageBarBody className={styles.body}>
        {title !== undefined && <MessageBarTitle>{title}</MessageBarTitle>}
        {sentences === null
          ? body
          : sentences.map((sentence, index) => (
              // Sentences are shown in the order given and never reordered, so their place is their key.
              <span key={index} className={styles.sentence}>
                {sentence}
              </span>
            ))}
      </MessageBarBody>
    </MessageBar>
  );
};
