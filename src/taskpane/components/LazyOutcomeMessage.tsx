import { Suspense, lazy } from "react";
import type { OutcomeMessageProps } from "./OutcomeMessage";

/** The message's words alone: shown while the message bar is fetched, or for good if it cannot be. */
const Words = ({ title, body, "data-testid": testId }: OutcomeMessageProps) => (
  <div data-testid={testId}>
    {title !== undefined && <strong>{title} </strong>}
    {(typeof body === "string" ? [body] : body).map((sentence, index) => (
      // In the order given, never reordered: the place is the key.
      <span key={index}>{sentence} </span>
    ))}
  </div>
);

// Fluent's MessageBar (about 9 KB) is needed only once a run has ended: what loads with the pane (the
// Validate view, a view that failed to load) fetches it then (docs/ARCHITECTURE.md#start-up-javascript).
// A connection that has dropped (the very thing a view's load failure reports) still gets the words.
const Message = lazy(async () => {
  try {
    return {
      default: (await import(/* webpackChunkName: "outcome-message" */ "./OutcomeMessage"))
        .OutcomeMessage,
    };
  } catch {
    return { default: Words };
  }
});

/** OutcomeMessage, fetched when first shown; its words show at once, the message bar around them a moment later. */
export const LazyOutcomeMessage = (props: OutcomeMessageProps) => (
  <Suspense fallback={<Words {...props} />}>
    <Message {...props} />
  </Suspense>
);
