import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles } from "@fluentui/react-components";

const useStyles = makeStyles({
  sentence: { display: "block" },
});

/** How a run ended, as the person should read it: done, refused or not needed, failed, or a note. */
export type OutcomeIntent = "success" | "warning" | "error" | "info";

export interface OutcomeMessageProps {
  intent: OutcomeIntent;
  /** A few words over the body ("Not saved"), where the sentence alone would not say what failed. */
  title?: string;
  /** One sentence, or several, each on its own line. */
  body: string | readonly string[];
  /** "multiline" for long or several sentences; otherwise Fluent wraps only when the line overflows. */
  layout?: "multiline";
  "data-testid"?: string;
}

/**
 * What every view says when a run is over: a Fluent MessageBar, whose icon differs by intent (a tick,
 * a warning triangle, a cross, an "i"), so colour is never the only signal; it is a labelled group
 * and Fluent announces its text (politely for info, assertively otherwise), as every view's did.
 */
export const OutcomeMessage = ({ intent, title, body, layout, "data-testid": testId }: OutcomeMessageProps) => {
  const styles = useStyles();
  const sentences = typeof body === "string" ? null : body;
  return (
    <MessageBar intent={intent} layout={layout ?? "auto"} data-testid={testId}>
      <MessageBarBody>
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
