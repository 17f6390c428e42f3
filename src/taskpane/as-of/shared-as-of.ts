import { createContext, useContext, useState } from "react";
import { localIsoDate } from "../components/rag/as-of-date";

/** The as-of date every view rates by, and how to change it. */
export interface SharedAsOf {
  asOf: string;
  setAsOf: (asOf: string) => void;
}

/**
 * One as-of date for the whole pane: set in RAG, it is the date Report and My actions use too, and
 * it stays when the person switches tabs (each view used to start again from today). Null outside
 * a pane (a view rendered alone in a test), where a view keeps its own.
 */
export const SharedAsOfContext = createContext<SharedAsOf | null>(null);

/** The pane's state for the shared date: today in the person's calendar until they choose another. */
export const useSharedAsOfState = (today: () => Date = () => new Date()): SharedAsOf => {
  const [asOf, setAsOf] = useState(() => localIsoDate(today()));
  return { asOf, setAsOf };
};

/** The pane's as-of date, or a view's own (from today) where there is no pane around it. */
export const useAsOf = (today: () => Date = () => new Date()): SharedAsOf => {
  const shared = useContext(SharedAsOfContext);
  const own = useSharedAsOfState(today);
  return shared ?? own;
};
