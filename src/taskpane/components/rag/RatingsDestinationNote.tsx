import { makeStyles } from "@fluentui/react-components";
import { destinationSentences } from "../../../core/rag/write/ratings-destination";
import { OutcomeMessage } from "../OutcomeMessage";
import type { PlanFacts } from "./plan-facts";

const useStyles = makeStyles({
  note: { margin: 0 },
});

// Before the plan is read, what the default promises: the owners' column is theirs.
const BEFORE_READING =
  "Refresh RAG writes Plan Tracker's ratings to its own sheet and, unless the plan's mapping says otherwise, to a column of its own beside the owners' RAG column, which is never overwritten.";

/**
 * Where Refresh RAG will put the ratings, said before it is pressed (docs/HISTORY.md#issue-11-1). When the mapping
 * gives the owners' RAG column to Plan Tracker, it is a warning that names how many owners' ratings
 * will be overwritten; otherwise a plain note.
 */
export const RatingsDestinationNote = ({ facts }: { facts: PlanFacts | null }) => {
  const styles = useStyles();
  if (facts === null)
    return (
      <p className={styles.note} data-testid="rag-destination">
        {BEFORE_READING}
      </p>
    );
  const sentences = destinationSentences(facts.destination);
  if (facts.destination.calculated === "status-column" && facts.destination.hasStatusColumn)
    return (
      <OutcomeMessage
        intent="warning"
        layout="multiline"
        body={sentences}
        data-testid="rag-destination"
      />
    );
  return (
    <p className={styles.note} data-testid="rag-destination">
      {sentences.join(" ")}
    </p>
  );
};
