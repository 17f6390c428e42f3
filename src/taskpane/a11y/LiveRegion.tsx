import { useVisuallyHidden } from "./visually-hidden";

export interface Announcement {
  sentence: string;
  /** Bumped on every announcement, so the same sentence twice is still read twice. */
  serial: number;
}

/**
 * The pane's polite live region: present from the first render, so a screen reader hears each
 * sentence put in it. Each announcement is a new element (keyed by serial), which readers announce
 * even when the words repeat the last run's.
 */
export const LiveRegion = ({ announcement }: { announcement: Announcement | null }) => {
  const styles = useVisuallyHidden();
  return (
    <div
      role="status"
      aria-live="polite"
      aria-atomic="true"
      className={styles.hidden}
      data-testid="pane-announcer"
    >
      {announcement !== null && <p key={announcement.serial}>{announcement.sentence}</p>}
    </div>
  );
};
