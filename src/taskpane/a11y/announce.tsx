import { createContext, useContext, useEffect, useRef } from "react";

/** Says one sentence in the pane's polite live region (App owns it; it is always on the page). */
export type Announce = (sentence: string) => void;

export const AnnounceContext = createContext<Announce>(() => undefined);

export const useAnnounce = (): Announce => useContext(AnnounceContext);

/**
 * Announces how a run ended, once per new state: `words` gives the sentence for a finished state and
 * null for any other (idle, busy). A result that merely appears on screen is not read out reliably:
 * a live region must already exist when its text changes, so the sentence goes to App's region.
 * App, which provides the region, passes its own `announceWith`: it cannot read its own context.
 */
export const useRunAnnouncement = <State,>(
  state: State,
  words: (state: State) => string | null,
  announceWith?: Announce
): void => {
  const fromContext = useAnnounce();
  const announce = announceWith ?? fromContext;
  const said = useRef<State>(state);
  useEffect(() => {
    if (said.current === state) return;
    said.current = state;
    const sentence = words(state);
    if (sentence !== null) announce(sentence);
  }, [state, words, announce]);
};
